package dev.flaxen.random;

/** The portable {@link Kernels}: plain Java loops the JIT compiles on any JDK 17+. */
final class ScalarKernels implements Kernels {
    private static final float SQRT2 = Float.intBitsToFloat(0x3FB504F3);
    private static final float NORMAL_LO = Float.intBitsToFloat(0xBF7FFFFF);

    @Override
    public void threefry(int k0, int k1, int[] x0, int[] x1, int len) {
        Threefry.hash(k0, k1, x0, x1, len);
    }

    @Override
    public void uniformF32(int[] bits, float lo, float range, float[] out, int off, int len) {
        for (int i = 0; i < len; i++) {
            float f = (bits[i] >>> 9) * 0x1p-23f;
            out[off + i] = Math.max(lo, Math.fma(f, range, lo));
        }
    }

    @Override
    public void normalF32(int[] bits, float[] out, int off, int len) {
        for (int i = 0; i < len; i++) {
            float f = (bits[i] >>> 9) * 0x1p-23f;
            float u = Math.max(NORMAL_LO, Math.fma(f, 2f, NORMAL_LO));
            out[off + i] = SQRT2 * XlaMath.erfInv(u);
        }
    }

    @Override
    public void truncatedNormalF32(int[] bits, float a, float range, float clipLo, float clipHi,
                                   float[] out, int off, int len) {
        for (int i = 0; i < len; i++) {
            float f = (bits[i] >>> 9) * 0x1p-23f;
            float u = Math.max(a, Math.fma(f, range, a));
            float x = SQRT2 * XlaMath.erfInv(u);
            out[off + i] = Math.min(Math.max(x, clipLo), clipHi);
        }
    }
}
