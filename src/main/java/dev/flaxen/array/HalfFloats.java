package dev.flaxen.array;

/**
 * Conversions between {@code float} and the 16-bit float formats {@code bfloat16} and {@code float16},
 * bit for bit as JAX (XLA and {@code ml_dtypes}) converts them.
 *
 * <p>From {@code float}: round to nearest, ties to even; overflow gives infinity; subnormal inputs and
 * results are kept (no flush to zero). NaN: bfloat16 gives the canonical quiet NaN {@code 0x7fc0} with the
 * input's sign; float16 keeps the sign and the top 10 payload bits and sets the quiet bit, as
 * {@code jnp.asarray(x).astype(jnp.float16)} does. To {@code float}: exact.
 *
 * <pre>{@code
 * short b = HalfFloats.toBFloat16(1.00390625f);   // 0x3f80: the tie rounds to even
 * float f = HalfFloats.fromFloat16((short) 0x3c00);  // 1.0f
 * }</pre>
 */
public final class HalfFloats {
    private HalfFloats() {
    }

    /**
     * Rounds a float to the nearest bfloat16 (ties to even) and returns its bit pattern.
     *
     * @param f the value
     * @return the bfloat16 bits
     */
    public static short toBFloat16(float f) {
        int b = Float.floatToRawIntBits(f);
        if (Float.isNaN(f)) {
            return (short) (((b >>> 16) & 0x8000) | 0x7fc0);
        }
        int lsb = (b >>> 16) & 1;
        return (short) ((b + 0x7fff + lsb) >>> 16);
    }

    /**
     * Widens a bfloat16 bit pattern to the float it denotes (exact).
     *
     * @param bits the bfloat16 bits
     * @return the value
     */
    public static float fromBFloat16(short bits) {
        return Float.intBitsToFloat((bits & 0xffff) << 16);
    }

    /**
     * Rounds a float to the nearest IEEE float16 (ties to even) and returns its bit pattern.
     *
     * @param f the value
     * @return the float16 bits
     */
    public static short toFloat16(float f) {
        int b = Float.floatToRawIntBits(f);
        int sign = (b >>> 16) & 0x8000;
        int exp = (b >>> 23) & 0xff;
        int mant = b & 0x7fffff;
        if (exp == 0xff) {
            return (short) (sign | (mant == 0 ? 0x7c00 : 0x7e00 | (mant >>> 13)));
        }
        int e = exp - 127 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) {
            return (short) (sign | (e < -10 ? 0 : roundShift(mant | 0x800000, 14 - e)));
        }
        return (short) (sign | roundShift((e << 23) | mant, 13));
    }

    /**
     * Rounds a double to the nearest IEEE float16 with a single rounding (ties to even), as numpy's
     * {@code np.float16(x)} and {@code jnp.array(x, jnp.float16)} do; rounding through {@code float} first can differ
     * when the float lands exactly halfway between two float16 values.
     *
     * <pre>{@code
     * HalfFloats.toFloat16(1 + 0x1p-11 + 0x1p-30);           // 0x3c01 (1.0009766)
     * HalfFloats.toFloat16((float) (1 + 0x1p-11 + 0x1p-30));  // 0x3c00 (1.0): the float is a tie
     * }</pre>
     *
     * @param x the value
     * @return the float16 bits
     */
    public static short toFloat16(double x) {
        float f = (float) x;
        short h = toFloat16(f);
        float v = fromFloat16(h);
        if ((double) f == x || v == f || Float.isNaN(f)) {
            return h;
        }
        short o = (short) (Math.abs(v) < Math.abs(f) ? h + 1 : h - 1);
        float w = fromFloat16(o);
        float wFinite = Float.isInfinite(w) ? Math.copySign(65536f, w) : w;
        float vFinite = Float.isInfinite(v) ? Math.copySign(65536f, v) : v;
        if (Math.abs(f - vFinite) != Math.abs(f - wFinite)) {
            return h;
        }
        boolean xAboveF = Math.abs(x) > Math.abs(f);
        return xAboveF == (Math.abs(wFinite) > Math.abs(vFinite)) ? o : h;
    }

    /**
     * Rounds a double to a floating dtype as {@code jnp.array(x, dtype)} rounds a Python float, and returns the value
     * of the dtype as a double: float64 unchanged, float32 {@code (float) x}, float16 in a single rounding
     * ({@link #toFloat16(double)}), bfloat16 through float32. Values beyond the dtype's range become infinities.
     *
     * <pre>{@code
     * HalfFloats.roundTo(0.1, DType.F16);                     // 0.0999755859375 (float16 0x2e66)
     * HalfFloats.roundTo(0.1, DType.BF16);                    // 0.10009765625 (bfloat16 0x3dcd)
     * HalfFloats.roundTo(1 + 0x1p-11 + 0x1p-30, DType.F16);   // 1.0009765625: one rounding, not two
     * HalfFloats.roundTo(1e5, DType.F16);                     // Infinity: float16 ends at 65504
     * }</pre>
     *
     * @param x the value
     * @param dtype float64, float32, float16 or bfloat16
     * @return the nearest value of the dtype (ties to even), as a double
     * @throws IllegalArgumentException if the dtype is not floating
     */
    public static double roundTo(double x, DType dtype) {
        switch (dtype) {
            case F64:
                return x;
            case F32:
                return (float) x;
            case F16:
                return fromFloat16(toFloat16(x));
            case BF16:
                return fromBFloat16(toBFloat16((float) x));
            default:
                throw new IllegalArgumentException("HalfFloats.roundTo: expected a floating dtype (float32, float64,"
                        + " float16, bfloat16), got " + dtype);
        }
    }

    /** {@code value >> shift}, rounded to nearest with ties to even; a carry may roll into the exponent. */
    private static int roundShift(int value, int shift) {
        int q = value >>> shift;
        int rem = value & ((1 << shift) - 1);
        int half = 1 << (shift - 1);
        if (rem > half || (rem == half && (q & 1) == 1)) {
            q++;
        }
        return q;
    }

    /**
     * Widens a float16 bit pattern to the float it denotes (exact).
     *
     * @param bits the float16 bits
     * @return the value
     */
    public static float fromFloat16(short bits) {
        int h = bits & 0xffff;
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1f;
        int mant = h & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float v = mant * 0x1p-24f;
            return sign == 0 ? v : -v;
        }
        return Float.intBitsToFloat(sign | ((exp - 15 + 127) << 23) | (mant << 13));
    }
}
