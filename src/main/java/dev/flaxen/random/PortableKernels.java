package dev.flaxen.random;

/**
 * The portable {@link Kernels}: plain Java loops the JIT compiles on any JDK 17+.
 *
 * <p>{@code erf_inv} runs as a sequence of short passes over the block (structure of arrays) rather than one
 * element at a time: each pass is a small method with a short loop of independent iterations, which the JIT
 * vectorizes (superword) where it can, and the CPU overlaps the long fused-multiply-add chains of many elements
 * where it cannot. The JIT of JDK 17 vectorizes float arithmetic, {@code fma}, {@code sqrt}, {@code min}/{@code max}
 * and int arithmetic, but neither int-to-float conversion nor {@link Float#floatToRawIntBits}; the passes that need
 * those are scalar and branch-free.
 * <ul>
 *   <li>Both {@code log1p} branches are computed and one is selected by multiplying with an exact 0/1 mask (both
 *       values are finite), which avoids an unpredictable branch.</li>
 *   <li>The {@code w < 5} polynomial is computed for every element; the rare {@code w >= 5} elements (about 0.3 %
 *       of normals) and the {@code |u| == 1} that only saturated truncation bounds produce are recomputed one by one
 *       with {@link XlaMath#erfInv(float)} afterwards.</li>
 * </ul>
 * The result is bit for bit {@link XlaMath#erfInv(float)}; a test checks every input {@code normal} can produce.
 */
final class PortableKernels implements Kernels {
    private static final float SQRT2 = Float.intBitsToFloat(0x3FB504F3);
    private static final float LOG1P_SMALL = Float.intBitsToFloat(0x3ED413CD);
    private static final int SQRT_HALF_BITS = 0x3F3504F3;
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[5][0]);

    @Override
    public void threefry(int k0, int k1, int[] x0, int[] x1, int len) {
        Threefry.hash(k0, k1, x0, x1, len);
    }

    @Override
    public void partitionableBits(int k0, int k1, int start, int[] y, int[] work, int len) {
        for (int i = 0; i < len; i++) {
            work[i] = 0;
            y[i] = start + i;
        }
        Threefry.hash(k0, k1, work, y, len);
        for (int i = 0; i < len; i++) {
            y[i] ^= work[i];
        }
    }

    @Override
    public void f32(F32Transform f, int[] bits, float[] out, int off, int len) {
        if (!f.erfInv()) {
            uniform(bits, f.lo(), f.range(), f.scale(), f.shift(), out, off, len);
            return;
        }
        float[][] s = scratch(len);
        uniform(bits, f.lo(), f.range(), 1f, -0f, s[0], 0, len);
        float[] y = sqrt2ErfInv(s, len);
        System.arraycopy(y, 0, out, off, len);
        if (f.clips()) {
            clipAffine(out, off, len, f);
        } else if (f.affine()) {
            affine(out, off, len, f.scale(), f.shift());
        }
    }

    /**
     * {@code max(lo, fma(f, range, lo)) * scale + shift}; two loops, as the int-to-float conversion is scalar and would
     * keep the arithmetic after it from being vectorized.
     */
    private static void uniform(int[] bits, float lo, float range, float scale, float shift, float[] out, int off,
                                int len) {
        for (int i = 0; i < len; i++) {
            out[off + i] = (bits[i] >>> 9) * 0x1p-23f;
        }
        for (int i = off; i < off + len; i++) {
            out[i] = Math.max(lo, Math.fma(out[i], range, lo)) * scale + shift;
        }
    }

    private static void clipAffine(float[] out, int off, int len, F32Transform f) {
        float lo = f.clipLo();
        float hi = f.clipHi();
        float scale = f.scale();
        float shift = f.shift();
        for (int i = off; i < off + len; i++) {
            out[i] = Math.min(Math.max(out[i], lo), hi) * scale + shift;
        }
    }

    private static void affine(float[] out, int off, int len, float scale, float shift) {
        for (int i = off; i < off + len; i++) {
            out[i] = out[i] * scale + shift;
        }
    }

    /** Per-thread work arrays, grown on demand: {@code [x, y, l, m, e]}. */
    private static float[][] scratch(int len) {
        float[][] s = SCRATCH.get();
        if (s[0].length < len) {
            s = new float[5][len];
            SCRATCH.set(s);
        }
        return s;
    }

    /** {@code sqrt2 * erfInv(x[i])} for {@code |x[i]| <= 1}, {@code x = s[0]}, pass by pass; returns the work array holding it. */
    private static float[] sqrt2ErfInv(float[][] s, int len) {
        float[] x = s[0];
        float[] y = s[1];
        float[] l = s[2];
        float[] m = s[3];
        float[] e = s[4];
        log1pSmall(x, l, len);
        reduce(x, m, e, len);
        logSeries(m, e, y, len);
        log1pLarge(x, l, m, e, y, len);
        central(x, l, m, len);
        patchTail(x, l, m, len);
        return m;
    }

    /** The rational branch of {@code log1p(t)}, {@code t = x * -x}, for every element. */
    private static void log1pSmall(float[] x, float[] l, int len) {
        for (int i = 0; i < len; i++) {
            l[i] = XlaMath.log1pSmall(x[i] * -x[i]);
        }
    }

    /**
     * Splits {@code 1 + t}, {@code t = x * -x}, into the reduced mantissa {@code m} and exponent {@code e} that
     * {@link XlaMath#logPolynomial} takes, without branches: a mantissa below {@code sqrt(1/2)} is doubled (its exponent
     * field plus one), which gives exactly XLA's {@code (m - 1) + m}, as both are exact.
     */
    private static void reduce(float[] x, float[] m, float[] e, int len) {
        for (int i = 0; i < len; i++) {
            int bits = Float.floatToRawIntBits(x[i] * -x[i] + 1f);
            int mant = (bits & 0x807FFFFF) | 0x3F000000;
            int low = (mant - SQRT_HALF_BITS) >>> 31;
            e[i] = (bits >>> 23) - 126 - low;
            m[i] = Float.intBitsToFloat(mant + (low << 23)) - 1f;
        }
    }

    /** {@link XlaMath#logSeries}; a loop of its own, as the JIT of JDK 25 leaves the whole polynomial in one loop scalar. */
    private static void logSeries(float[] m, float[] e, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] = XlaMath.logSeries(m[i], e[i]);
        }
    }

    /**
     * {@code l = |t| < sqrt(2) - 1 ? l : log(1 + t)} ({@link XlaMath#logFinish}), by an exact 0/1 mask (both values
     * are finite).
     */
    private static void log1pLarge(float[] x, float[] l, float[] m, float[] e, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            float large = XlaMath.logFinish(m[i], e[i], y[i]);
            float mask = Math.max(0f, Math.min(1f, (LOG1P_SMALL - Math.abs(x[i] * -x[i])) * 0x1p126f));
            l[i] = l[i] * mask + large * (1f - mask);
        }
    }

    /**
     * {@code sqrt2 * (x * p)} with the {@code w < 5} polynomial {@code p}, for every element. Into the work array: the
     * JIT does not vectorize a loop whose arrays are indexed from different offsets ({@code out[off + i]}).
     */
    private static void central(float[] x, float[] l, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            y[i] = SQRT2 * (x[i] * XlaMath.erfInvCentral(l[i]));
        }
    }

    /**
     * Recomputes the elements with {@code w >= 5}, that is {@code l <= -5}: the tail polynomial, and {@code |x| == 1}
     * (there {@code 1 + t = 0} and {@code l} is a finite stand-in far below -5).
     */
    private static void patchTail(float[] x, float[] l, float[] y, int len) {
        for (int i = 0; i < len; i++) {
            if (l[i] <= -5f) {
                y[i] = SQRT2 * XlaMath.erfInv(x[i]);
            }
        }
    }
}
