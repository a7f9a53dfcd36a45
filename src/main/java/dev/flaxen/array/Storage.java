package dev.flaxen.array;

/**
 * The primitive backing store of an {@link Array}, one Java array per dtype family, and element access
 * by flat index. F32 uses {@code float[]}, F64 {@code double[]}, F16/BF16/I16/U16 {@code short[]},
 * I32/U32 {@code int[]}, I64/U64 {@code long[]}, I8/U8/BOOL {@code byte[]}.
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
     * Stores a double, converted as JAX converts: floats round to nearest even (half types via float32,
     * as XLA computes them), integers truncate toward zero and wrap to the width, bool is {@code v != 0}.
     */
    static void setDouble(DType dtype, Object data, int i, double v) {
        switch (dtype) {
            case F32 -> ((float[]) data)[i] = (float) v;
            case F64 -> ((double[]) data)[i] = v;
            case F16 -> ((short[]) data)[i] = HalfFloats.toFloat16((float) v);
            case BF16 -> ((short[]) data)[i] = HalfFloats.toBFloat16((float) v);
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            case U64 -> ((long[]) data)[i] = doubleToUnsigned(v);
            default -> setLong(dtype, data, i, (long) v);
        }
    }

    /** Stores a long, wrapping to the width of an integer dtype; floats round to nearest even. */
    static void setLong(DType dtype, Object data, int i, long v) {
        switch (dtype) {
            case I64, U64 -> ((long[]) data)[i] = v;
            case I32, U32 -> ((int[]) data)[i] = (int) v;
            case I16, U16 -> ((short[]) data)[i] = (short) v;
            case I8, U8 -> ((byte[]) data)[i] = (byte) v;
            case BOOL -> ((byte[]) data)[i] = (byte) (v != 0 ? 1 : 0);
            case F32 -> ((float[]) data)[i] = (float) v;
            default -> setDouble(dtype, data, i, (double) v);
        }
    }

    static double unsignedToDouble(long v) {
        return v >= 0 ? (double) v : (double) ((v >>> 1) | (v & 1)) * 2.0;
    }

    private static long doubleToUnsigned(double v) {
        if (v < 0x1p63) {
            return (long) v;
        }
        return (long) (v - 0x1p63) + Long.MIN_VALUE;
    }
}
