package dev.flaxen.random;

import static jdk.incubator.vector.VectorOperators.I2F;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on the Vector API ({@code jdk.incubator.vector}) in the preferred species (8 lanes on AVX2, 16 on
 * AVX-512), bit for bit {@link PortableKernels}: Threefry with lane-wise rotates, two vectors at a time so that their
 * round chains overlap; float32 samples in the three passes of {@link VectorMath}. The last elements of a block that
 * do not fill a vector go through zero-padded copies (Threefry) or the portable kernels (floats): masked stores are
 * slow on some AVX2 CPUs, and tails are a few elements per block. {@link KernelSelection} loads this class by
 * reflection, and only on JDK 25 or later with the module resolved, so other JDKs never link it.
 */
final class VectorKernels implements Kernels {
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = I.length();
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][0]);

    /**
     * Checks that the preferred species has at least 4 int and float lanes of the same count.
     *
     * @throws UnsupportedOperationException if it has not (then the portable kernels are the better choice)
     */
    VectorKernels() {
        if (LANES < 4 || F.length() != LANES) {
            throw new UnsupportedOperationException("preferred vector species has " + LANES + " int and "
                    + F.length() + " float lanes; need at least 4 of each");
        }
    }

    /** A description for diagnostics, e.g. {@code "Vector API, 8 lanes"}. */
    @Override
    public String toString() {
        return "Vector API, " + LANES + " lanes";
    }

    @Override
    public void threefry(int k0, int k1, int[] x0, int[] x1, int len) {
        int i = 0;
        for (; i <= len - 2 * LANES; i += 2 * LANES) {
            hash2(k0, k1, x0, x1, i);
        }
        if (i < len) {
            int[] t0 = Arrays.copyOfRange(x0, i, i + 2 * LANES);
            int[] t1 = Arrays.copyOfRange(x1, i, i + 2 * LANES);
            hash2(k0, k1, t0, t1, 0);
            System.arraycopy(t0, 0, x0, i, len - i);
            System.arraycopy(t1, 0, x1, i, len - i);
        }
    }

    /** The counters {@code (0, start + i)} in {@code work} and {@code y}, then {@link #threefry}, then {@code y ^= work}. */
    @Override
    public void partitionableBits(int k0, int k1, int start, int[] y, int[] work, int len) {
        IntVector zero = IntVector.zero(I);
        IntVector iota = zero.addIndex(1);
        int i = 0;
        for (; i <= len - LANES; i += LANES) {
            zero.intoArray(work, i);
            iota.add(start + i).intoArray(y, i);
        }
        for (; i < len; i++) {
            work[i] = 0;
            y[i] = start + i;
        }
        threefry(k0, k1, work, y, len);
        for (i = 0; i <= len - LANES; i += LANES) {
            IntVector.fromArray(I, y, i).lanewise(XOR, IntVector.fromArray(I, work, i)).intoArray(y, i);
        }
        for (; i < len; i++) {
            y[i] ^= work[i];
        }
    }

    @Override
    public void f32(F32Transform f, int[] bits, float[] out, int off, int len) {
        int n = len - len % LANES;
        if (f.erfInv()) {
            float[][] s = scratch(n);
            VectorMath.uniformLog1pSmall(bits, f.lo(), f.range(), s[0], s[1], n);
            VectorMath.log1pLarge(s[0], s[1], n);
            VectorMath.central(s[0], s[1], f, out, off, n);
        } else {
            uniform(bits, f, out, off, n);
        }
        if (n < len) {
            KernelSelection.portable().f32(f, Arrays.copyOfRange(bits, n, len), out, off + n, len - n);
        }
    }

    /**
     * {@code max(lo, fma((bits >>> 9) * 2^-23, range, lo)) * scale + shift}, {@code n} a multiple of the lane count; the
     * {@code max} only for a range that is not positive, as in {@link VectorMath#uniformLog1pSmall}.
     */
    private static void uniform(int[] bits, F32Transform f, float[] out, int off, int n) {
        float lo = f.lo();
        float range = f.range();
        float scale = f.scale();
        float shift = f.shift();
        boolean positive = range > 0;
        for (int i = 0; i < n; i += LANES) {
            FloatVector unit = (FloatVector) IntVector.fromArray(I, bits, i).lanewise(LSHR, 9).convert(I2F, 0);
            FloatVector u = unit.mul(0x1p-23f).fma(range, lo);
            if (!positive) {
                u = u.max(lo);
            }
            u.mul(scale).add(shift).intoArray(out, off + i);
        }
    }

    /** Per-thread work arrays for {@link VectorMath}, grown on demand: {@code [x, l]}. */
    private static float[][] scratch(int len) {
        float[][] s = SCRATCH.get();
        if (s[0].length < len) {
            s = new float[2][len];
            SCRATCH.set(s);
        }
        return s;
    }

    /**
     * Threefry-2x32 (20 rounds) in place on the two vectors of counter pairs at {@code i} and {@code i + LANES}, side by
     * side so that the CPU overlaps their round chains. Spelled out round by round: the vectors must stay in local
     * variables for the JIT to keep them in registers (helpers would have to pass four vectors through an array, and
     * a loop over the groups leaves the rotations non-constant; both are several times slower).
     */
    private static void hash2(int k0, int k1, int[] x0, int[] x1, int i) {
        int k2 = k0 ^ k1 ^ Threefry.PARITY;
        IntVector a = IntVector.fromArray(I, x0, i).add(k0);
        IntVector b = IntVector.fromArray(I, x1, i).add(k1);
        IntVector c = IntVector.fromArray(I, x0, i + LANES).add(k0);
        IntVector d = IntVector.fromArray(I, x1, i + LANES).add(k1);
        a = a.add(b);
        b = b.lanewise(ROL, 13).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 13).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 15).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 15).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 26).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 26).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 6).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 6).lanewise(XOR, c);
        a = a.add(k1);
        b = b.add(k2 + 1);
        c = c.add(k1);
        d = d.add(k2 + 1);
        a = a.add(b);
        b = b.lanewise(ROL, 17).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 17).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 29).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 29).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 16).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 16).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 24).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 24).lanewise(XOR, c);
        a = a.add(k2);
        b = b.add(k0 + 2);
        c = c.add(k2);
        d = d.add(k0 + 2);
        a = a.add(b);
        b = b.lanewise(ROL, 13).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 13).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 15).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 15).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 26).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 26).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 6).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 6).lanewise(XOR, c);
        a = a.add(k0);
        b = b.add(k1 + 3);
        c = c.add(k0);
        d = d.add(k1 + 3);
        a = a.add(b);
        b = b.lanewise(ROL, 17).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 17).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 29).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 29).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 16).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 16).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 24).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 24).lanewise(XOR, c);
        a = a.add(k1);
        b = b.add(k2 + 4);
        c = c.add(k1);
        d = d.add(k2 + 4);
        a = a.add(b);
        b = b.lanewise(ROL, 13).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 13).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 15).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 15).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 26).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 26).lanewise(XOR, c);
        a = a.add(b);
        b = b.lanewise(ROL, 6).lanewise(XOR, a);
        c = c.add(d);
        d = d.lanewise(ROL, 6).lanewise(XOR, c);
        a = a.add(k2);
        b = b.add(k0 + 5);
        c = c.add(k2);
        d = d.add(k0 + 5);
        a.intoArray(x0, i);
        b.intoArray(x1, i);
        c.intoArray(x0, i + LANES);
        d.intoArray(x1, i + LANES);
    }
}
