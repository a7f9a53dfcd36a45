package dev.flaxen.array;

/**
 * The primitive backing store of an {@link Array}, one Java array per dtype family, and element access
 * by flat index. F32 uses {@code float[]}, F64 {@code double[]}, F16/BF16/I16/U16 {@code short[]},
 * I32/U32 {@code int[]}, I64/U64 {@code long[]}, I8/U8/BOOL {@code byte[]}.
 *
 * <p>Conversions follow XLA, as JAX runs them: float to float rounds to nearest even (half types through
 * float32), float to integer truncates toward zero and saturates (NaN gives 0), integer to integer wraps,
 * anything to bool is {@code != 0}.
 */
final class Storage {
    private Storage() {
    }

    static Object allocate(DType dtype, int n) {
        return switch (dtype) {
            case F32 -> new float[n];
            case F64 -> new double[n];
            case F16, BF16, I16, U16 -> new short[n];
            case I32, U32 -> new int[n];
            case I64, U64 -> new long[n];
            case I8, U8, BOOL -> new byte[n];
        };
    }

    static Class<?> arrayClass(DType dtype) {
        return allocate(dtype, 0).getClass();
    }

    static int length(Object data) {
        return java.lang.reflect.Array.getLength(data);
    }

    static Object copy(Object data) {
        if (data instanceof float[] a) {
            return a.clone();
        } else if (data instanceof double[] a) {
            return a.clone();
        } else if (data instanceof short[] a) {
            return a.clone();
        } else if (data instanceof int[] a) {
            return a.clone();
        } else if (data instanceof long[] a) {
            return a.clone();
        }
        return ((byte[]) data).clone();
    }

    /** The element as a double: exact for floats, bool (0/1) and integers up to 2^53 (unsigned read unsigned). */
    static double getDouble(DType dtype, Object data, int i) {
        return switch (dtype) {
            case F32 -> ((float[]) data)[i];
            case F64 -> ((double[]) data)[i];
            case F16 -> HalfFloats.fromFloat16(((short[]) data)[i]);
            case BF16 -> HalfFloats.fromBFloat16(((short[]) data)[i]);
            case U64 -> unsignedToDouble(((long[]) data)[i]);
            default -> getLong(dtype, data, i);
        };
    }

    /** The element as a long: integers exactly (unsigned widened, uint64 as its bit pattern), floats truncated. */
    static long getLong(DType dtype, Object data, int i) {
        return switch (dtype) {
            case I64, U64 -> ((long[]) data)[i];
            case I32 -> ((int[]) data)[i];
            case U32 -> Integer.toUnsignedLong(((int[]) data)[i]);
            case I16 -> ((short[]) data)[i];
            case U16 -> ((short[]) data)[i] & 0xffffL;
            case I8 -> ((byte[]) data)[i];
            case U8, BOOL -> ((byte[]) data)[i] & 0xffL;
            default -> (long) getDouble(dtype, data, i);
        };
    }

    /**
     * The storage bit pattern of an element, zero-extended to a long: IEEE bits for float32/float64, the
     * 16-bit pattern of a half float, two's-complement bits of an integer, 0/1 for bool.
     */
    static long bits(DType dtype, Object data, int i) {
        if (data instanceof float[] f) {
            return Float.floatToRawIntBits(f[i]) & 0xffffffffL;
        } else if (data instanceof double[] d) {
            return Double.doubleToRawLongBits(d[i]);
        } else if (data instanceof short[] s) {
            return s[i] & 0xffffL;
        }
        long v = getLong(dtype, data, i);
        return dtype.bits() == 64 ? v : v & ((1L << dtype.bits()) - 1);
    }

    /**
     * Stores a double as XLA converts one: floats round to nearest even (half types via float32), integers
     * truncate toward zero and saturate to the dtype's range (NaN gives 0), bool is {@code v != 0}.
     */
    static void setDouble(DType dtype, Object data, int i, double v) {
        switch (dtype) {
            case F32 -> ((float[]) data)[i] = (float) v;
            case F64 -> ((double[]) data)[i] = v;
            case F16 -> ((short[]) data)[i] = HalfFloats.toFloat16((float) v);
            case BF16 -> ((short[]) data)[i] = HalfFloats.toBFloat16((float) v);
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            case U64 -> ((long[]) data)[i] = doubleToUnsigned(v);
            default -> setLong(dtype, data, i, saturate(dtype, v));
        }
    }

    /** Stores a long: integer dtypes keep the low bits (wrap), floats round to nearest even once (half types via float32). */
    static void setLong(DType dtype, Object data, int i, long v) {
        switch (dtype) {
            case I64, U64 -> ((long[]) data)[i] = v;
            case I32, U32 -> ((int[]) data)[i] = (int) v;
            case I16, U16 -> ((short[]) data)[i] = (short) v;
            case I8, U8 -> ((byte[]) data)[i] = (byte) v;
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            case F32 -> ((float[]) data)[i] = (float) v;
            case F64 -> ((double[]) data)[i] = (double) v;
            case F16 -> ((short[]) data)[i] = HalfFloats.toFloat16((float) v);
            case BF16 -> ((short[]) data)[i] = HalfFloats.toBFloat16((float) v);
        }
    }

    /** Clamps a double to the range of a (non-64-bit-unsigned) integer dtype and truncates it; NaN gives 0. */
    private static long saturate(DType dtype, double v) {
        if (dtype == DType.I64) {
            return (long) v;
        }
        long max = dtype.isUnsigned() ? (1L << dtype.bits()) - 1 : (1L << (dtype.bits() - 1)) - 1;
        long min = dtype.isUnsigned() ? 0 : -max - 1;
        if (v != v) {
            return 0;
        }
        return v >= max ? max : v <= min ? min : (long) v;
    }

    static double unsignedToDouble(long v) {
        return v >= 0 ? (double) v : (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** A uint64 bit pattern rounded once to the nearest float. */
    static float unsignedToFloat(long v) {
        return v >= 0 ? (float) v : (float) ((v >>> 1) | (v & 1)) * 2.0f;
    }

    /** Truncates and saturates to [0, 2^64 - 1]; NaN gives 0. */
    private static long doubleToUnsigned(double v) {
        if (!(v > 0)) {
            return 0;
        } else if (v < 0x1p63) {
            return (long) v;
        }
        return v >= 0x1p64 ? -1L : (long) (v - 0x1p63) + Long.MIN_VALUE;
    }

    /** Copies {@code n} elements {@code src[s + k * stride]} to {@code dst[d + k]}; both arrays of one family. */
    static void copyStrided(Object src, int s, int stride, Object dst, int d, int n) {
        if (stride == 1) {
            System.arraycopy(src, s, dst, d, n);
        } else if (src instanceof float[] a) {
            float[] o = (float[]) dst;
            for (int k = 0; k < n; k++) {
                o[d + k] = a[s + k * stride];
            }
        } else if (src instanceof double[] a) {
            double[] o = (double[]) dst;
            for (int k = 0; k < n; k++) {
                o[d + k] = a[s + k * stride];
            }
        } else if (src instanceof short[] a) {
            short[] o = (short[]) dst;
            for (int k = 0; k < n; k++) {
                o[d + k] = a[s + k * stride];
            }
        } else if (src instanceof int[] a) {
            int[] o = (int[]) dst;
            for (int k = 0; k < n; k++) {
                o[d + k] = a[s + k * stride];
            }
        } else {
            copyStridedRest(src, s, stride, dst, d, n);
        }
    }

    private static void copyStridedRest(Object src, int s, int stride, Object dst, int d, int n) {
        if (src instanceof long[] a) {
            long[] o = (long[]) dst;
            for (int k = 0; k < n; k++) {
                o[d + k] = a[s + k * stride];
            }
        } else {
            byte[] a = (byte[]) src;
            byte[] o = (byte[]) dst;
            for (int k = 0; k < n; k++) {
                o[d + k] = a[s + k * stride];
            }
        }
    }
}
