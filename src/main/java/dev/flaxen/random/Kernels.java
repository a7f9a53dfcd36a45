package dev.flaxen.random;

/**
 * The hot loops of the samplers, behind one seam so that another implementation (for example one on
 * the Vector API) can replace them. Every implementation must give exactly the bits of
 * {@link ScalarKernels}; blocks hold at most a few thousand elements and never overlap.
 */
interface Kernels {
    /** The implementation in use. */
    Kernels INSTANCE = new ScalarKernels();

    /** Threefry-2x32 in place: {@code (x0[i], x1[i])} become {@code (y0[i], y1[i])} for {@code i < len}. */
    void threefry(int k0, int k1, int[] x0, int[] x1, int len);

    /**
     * float32 uniform from 32-bit words: {@code out[off+i] = max(lo, fma(f, range, lo))} with
     * {@code f = (bits[i] >>> 9) * 2^-23}.
     */
    void uniformF32(int[] bits, float lo, float range, float[] out, int off, int len);

    /** float32 standard normal from 32-bit words: {@code sqrt2 * erfInv(u)}, {@code u} uniform in {@code [-1+ulp, 1)}. */
    void normalF32(int[] bits, float[] out, int off, int len);

    /**
     * float32 truncated normal from 32-bit words: {@code clamp(sqrt2 * erfInv(u), clipLo, clipHi)}, {@code u}
     * uniform in {@code [a, a + range)}.
     */
    void truncatedNormalF32(int[] bits, float a, float range, float clipLo, float clipHi, float[] out, int off, int len);
}
