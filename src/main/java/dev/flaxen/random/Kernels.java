package dev.flaxen.random;

/**
 * The hot loops of the samplers, behind one seam so that another implementation (the Vector API one) can replace
 * them. Every implementation must give exactly the bits of {@link PortableKernels}; blocks hold at most a few
 * thousand elements and never overlap. {@link KernelSelection} picks the implementation.
 */
interface Kernels {
    /** Threefry-2x32 in place: {@code (x0[i], x1[i])} become {@code (y0[i], y1[i])} for {@code i < len}. */
    void threefry(int k0, int k1, int[] x0, int[] x1, int len);

    /**
     * Partitionable 32-bit words: {@code y[i] = y0 ^ y1} of Threefry on the counter {@code (0, start + i)} for
     * {@code i < len}; {@code work} is scratch of at least {@code len} ints.
     */
    void partitionableBits(int k0, int k1, int start, int[] y, int[] work, int len);

    /** float32 samples from 32-bit words: {@code out[off + i] = f(bits[i])} for {@code i < len}, see {@link F32Transform}. */
    void f32(F32Transform f, int[] bits, float[] out, int off, int len);
}
