package dev.flaxen.random;

/**
 * The portable {@link Kernels}: plain Java loops the JIT compiles on any JDK 17+.
 *
 * <p>{@code erf_inv} runs as a sequence of short passes over the block (structure of arrays) rather than one
 * element at a time: each pass has independent iterations, so the CPU overlaps the long fused-multiply-add
 * chains of many elements and the JIT can vectorize the arithmetic passes. Both {@code log1p} branches are
 * computed and one is selected by multiplying with a 0/1 mask (exact, as both are finite), which avoids an
 * unpredictable branch; the {@code w < 5} and {@code w >= 5} polynomials are selected the same way, and the
 * {@code |u| == 1} that only saturated truncation bounds produce is patched afterwards. The
 * result is bit for bit {@link XlaMath#erfInv(float)}; a test checks every input {@code normal} can produce.
 */
final class ScalarKernels implements Kernels {
    private static final float SQRT2 = Float.intBitsToFloat(0x3FB504F3);
    private static final float NORMAL_LO = Float.intBitsToFloat(0xBF7FFFFF);
    private static final float SQRT_HALF = Float.intBitsToFloat(0x3F3504F3);
    private static final float LOG1P_SMALL = Float.intBitsToFloat(0x3ED413CD);
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[5][0]);

    @Override
    public void threefry(int k0, int k1, int[] x0, int[] x1, int len) {
        Threefry.hash(k0, k1, x0, x1, len);
    }

    /** Two loops: the JIT vectorizes each of them, but not the int-to-float conversion and the fma in one loop. */
    @Override
    public void uniformF32(int[] bits, float lo, float range, float[] out, int off, int len) {
        for (int i = 0; i < len; i++) {
            out[off + i] = (bits[i] >>> 9) * 0x1p-23f;
        }
        for (int i = off; i < off + len; i++) {
            out[i] = Math.max(lo, Math.fma(out[i], range, lo));
        }
    }

    @Override
    public void normalF32(int[] bits, float[] out, int off, int len) {
        float[][] s = scratch(len);
        uniformF32(bits, NORMAL_LO, 2f, s[0], 0, len);
        sqrt2ErfInv(s, out, off, len);
    }

    @Override
    public void truncatedNormalF32(int[] bits, float a, float range, float clipLo, float clipHi,
                                   float[] out, int off, int len) {
        float[][] s = scratch(len);
        uniformF32(bits, a, range, s[0], 0, len);
        sqrt2ErfInv(s, out, off, len);
        if (a == -1f || a + range >= 1f) {
            patchSaturated(s[0], out, off, len);
        }
        for (int i = off; i < off + len; i++) {
            out[i] = Math.min(Math.max(out[i], clipLo), clipHi);
        }
    }

    /** Per-thread work arrays, grown on demand: {@code [x, t, l, m, e]}. */
    private static float[][] scratch(int len) {
        float[][] s = SCRATCH.get();
        if (s[0].length < len) {
            s = new float[5][len];
            SCRATCH.set(s);
        }
        return s;
    }

    /**
     * {@code out[off+i] = sqrt2 * erfInv(x[i])} for {@code |x[i]| < 1}, {@code x = s[0]}, pass by pass. Each pass is
     * its own small method: the JIT vectorizes short loops in small methods far more reliably than a long method
     * of loops.
     */
    private static void sqrt2ErfInv(float[][] s, float[] out, int off, int len) {
        float[] x = s[0];
        float[] t = s[1];
        float[] l = s[2];
        float[] m = s[3];
        float[] e = s[4];
        negSquare(x, t, len);
        log1pSmall(t, l, len);
        reduce(t, m, e, len);
        logPolynomial(m, e, len);
        select(t, l, m, len);
        polynomials(x, l, m, out, off, len);
    }

    private static void negSquare(float[] x, float[] t, int len) {
        for (int i = 0; i < len; i++) {
            t[i] = x[i] * -x[i];
        }
    }

    private static void log1pSmall(float[] t, float[] l, int len) {
        for (int i = 0; i < len; i++) {
            l[i] = XlaMath.log1pSmall(t[i]);
        }
    }

    private static void logPolynomial(float[] m, float[] e, int len) {
        for (int i = 0; i < len; i++) {
            m[i] = XlaMath.logPolynomial(m[i], e[i]);
        }
    }

    /** {@code l = |t| < sqrt(2) - 1 ? small : large}, by an exact 0/1 mask (both values are finite). */
    private static void select(float[] t, float[] small, float[] large, int len) {
        for (int i = 0; i < len; i++) {
            float mask = Math.max(0f, Math.min(1f, (LOG1P_SMALL - Math.abs(t[i])) * 0x1p126f));
            small[i] = small[i] * mask + large[i] * (1f - mask);
        }
    }

    /**
     * Both {@code erf_inv} polynomials, {@code w < 5} and {@code w >= 5}, selected by an exact 0/1 mask, times
     * {@code x} and {@code sqrt 2}; in three loops, as one loop with all of it is left scalar by the JIT.
     */
    private static void polynomials(float[] x, float[] l, float[] p, float[] out, int off, int len) {
        for (int i = 0; i < len; i++) {
            float central = Math.max(0f, Math.min(1f, (l[i] + 5f) * 0x1p126f));
            p[i] = XlaMath.erfInvCentral(l[i]) * central;
        }
        for (int i = 0; i < len; i++) {
            float tail = Math.max(0f, Math.min(1f, (-5f - l[i]) * 0x1p126f + 1f));
            p[i] += XlaMath.erfInvTail(l[i]) * tail;
        }
        for (int i = 0; i < len; i++) {
            out[off + i] = SQRT2 * (x[i] * p[i]);
        }
    }

    /**
     * Recomputes the elements with {@code |x| == 1}. As {@code u = max(a, fma(f, range, a))} rounds monotonically,
     * {@code a <= u <= a + range}, so only {@code a == -1} or {@code a + range >= 1} (saturated bounds) can produce them.
     */
    private static void patchSaturated(float[] x, float[] out, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (Math.abs(x[i]) == 1f) {
                out[off + i] = SQRT2 * XlaMath.erfInv(x[i]);
            }
        }
    }

    /** Splits {@code 1 + t} into the reduced mantissa and exponent that {@link XlaMath#logPolynomial} takes. */
    private static void reduce(float[] t, float[] m, float[] e, int len) {
        for (int i = 0; i < len; i++) {
            int bits = Float.floatToRawIntBits(t[i] + 1f);
            float e1 = (float) ((bits >>> 23) - 126);
            float mant = Float.intBitsToFloat((bits & 0x807FFFFF) | 0x3F000000);
            boolean low = mant < SQRT_HALF;
            m[i] = low ? (mant - 1f) + mant : mant - 1f;
            e[i] = low ? e1 - 1f : e1;
        }
    }
}
