package dev.flaxen.random;

import static jdk.incubator.vector.VectorOperators.I2F;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code sqrt2 * erf_inv(u)} of {@link XlaMath} lane by lane, in three passes over a block: the same operations in the
 * same order, with a lane-wise fused multiply-add exactly where {@link XlaMath} calls {@link Math#fma}, so every lane
 * gives the bits of the scalar function. Branches become masks: both {@code log1p} branches are computed and blended;
 * the rare lanes with {@code w >= 5} or {@code |u| == 1} are recomputed one by one with {@link XlaMath#erfInv}.
 *
 * <p>Each pass is one loop with no calls to methods of this project inside: the JIT must inline every vector operation
 * into the loop to keep vectors in registers, and it stops inlining a helper once the helper has been compiled on its
 * own; vectors passed to or returned from such a helper are then boxed, several times slower. Between passes, values
 * go through the work arrays (in the L1 cache).
 */
final class VectorMath {
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = F.length();
    private static final float SQRT2 = Float.intBitsToFloat(0x3FB504F3);
    private static final float LOG1P_SMALL = Float.intBitsToFloat(0x3ED413CD);
    private static final int SQRT_HALF_BITS = 0x3F3504F3;

    private VectorMath() {
    }

    /**
     * Pass 1: {@code x = uniform(bits)} and {@code l = log1pSmall(x * -x)} ({@link XlaMath#log1pSmall}), for
     * {@code i < n}, {@code n} a multiple of the lane count. The {@code max(lo, ...)} of the uniform is skipped for a
     * positive range, where it cannot change a value ({@code fma(f, range, lo) >= lo} for {@code f >= 0}, as rounding
     * is monotonic; a NaN stays NaN).
     */
    static void uniformLog1pSmall(int[] bits, float lo, float range, float[] x, float[] l, int n) {
        FloatVector lp2 = c(XlaMath.LP2), lp3 = c(XlaMath.LP3), lp4 = c(XlaMath.LP4), lp5 = c(XlaMath.LP5);
        FloatVector lp6 = c(XlaMath.LP6), lq2 = c(XlaMath.LQ2), lq3 = c(XlaMath.LQ3), lq4 = c(XlaMath.LQ4);
        FloatVector lq5 = c(XlaMath.LQ5), lq6 = c(XlaMath.LQ6), half = c(-0.5f);
        for (int i = 0; i < n; i += LANES) {
            FloatVector f = (FloatVector) IntVector.fromArray(I, bits, i).lanewise(LSHR, 9).convert(I2F, 0);
            FloatVector u = f.mul(0x1p-23f).fma(range, lo);
            if (!(range > 0)) {
                u = u.max(lo);
            }
            u.intoArray(x, i);
            FloatVector t = u.mul(u.neg());
            FloatVector t2 = t.mul(t);
            FloatVector p = t.fma(t.fma(t.fma(t.fma(t.fma(t.fma(XlaMath.LP0, XlaMath.LP1), lp2), lp3), lp4), lp5), lp6);
            FloatVector q = t.fma(t.fma(t.fma(t.fma(t.fma(t.fma(XlaMath.LQ0, XlaMath.LQ1), lq2), lq3), lq4), lq5), lq6);
            FloatVector r = t.mul(t2).mul(p.div(q));
            t.add(t2.fma(half, r)).intoArray(l, i);
        }
    }

    /**
     * Pass 2: where {@code |t| >= sqrt(2) - 1}, {@code t = x * -x}, replaces {@code l} by {@code log(1 + t)} as
     * {@link XlaMath#log} computes it, after the branch-free exponent split of {@link PortableKernels} (a mantissa below
     * {@code sqrt(1/2)} doubled). {@code 1 + t} is in {@code [0, 1]}, so no special case of {@code log} arises.
     */
    static void log1pLarge(float[] x, float[] l, int n) {
        FloatVector p2 = c(XlaMath.P2), p5 = c(XlaMath.P5), p8 = c(XlaMath.P8), q2 = c(XlaMath.LOG_Q2), half = c(-0.5f);
        for (int i = 0; i < n; i += LANES) {
            FloatVector u = FloatVector.fromArray(F, x, i);
            FloatVector t = u.mul(u.neg());
            IntVector bits = t.add(1f).reinterpretAsInts();
            IntVector mant = bits.and(0x807FFFFF).or(0x3F000000);
            IntVector low = mant.sub(SQRT_HALF_BITS).lanewise(LSHR, 31);
            FloatVector e = (FloatVector) bits.lanewise(LSHR, 23).sub(126).sub(low).convert(I2F, 0);
            FloatVector xx = mant.add(low.lanewise(LSHL, 23)).reinterpretAsFloats().sub(1f);
            FloatVector x2 = xx.mul(xx);
            FloatVector x3 = x2.mul(xx);
            FloatVector ya = xx.fma(XlaMath.P0, XlaMath.P1).fma(xx, p2);
            FloatVector yb = xx.fma(XlaMath.P3, XlaMath.P4).fma(xx, p5);
            FloatVector yc = xx.fma(XlaMath.P6, XlaMath.P7).fma(xx, p8);
            FloatVector y = ya.fma(x3, yb).fma(x3, yc).fma(x3, e.mul(XlaMath.LOG_Q1));
            FloatVector large = e.fma(q2, x2.fma(half, xx).add(y));
            large.blend(FloatVector.fromArray(F, l, i), t.abs().lt(LOG1P_SMALL)).intoArray(l, i);
        }
    }

    /**
     * Pass 3: {@code out[off + i] = clip(sqrt2 * (x * p), clipLo, clipHi) * scale + shift} with the {@code w < 5}
     * polynomial {@code p} ({@link XlaMath#erfInvCentral}); vectors with a lane of {@code l <= -5} (the tail, and
     * {@code |x| == 1} where {@code l} is a finite stand-in) have those lanes recomputed by {@link #patch}. The clip
     * compares and blends instead of {@code max}/{@code min} (which the JIT makes NaN- and sign-of-zero-exact at
     * several instructions each): the same for the values that occur, never NaN, as {@code clipLo} is never
     * {@code +0.0} and {@code clipHi} never {@code -0.0} ({@link F32Transform}). Clip and affine steps that cannot change
     * a value are skipped (the JIT hoists the tests out of the loop).
     */
    static void central(float[] x, float[] l, F32Transform f, float[] out, int off, int n) {
        FloatVector a2 = c(XlaMath.A2), a3 = c(XlaMath.A3), a4 = c(XlaMath.A4), a5 = c(XlaMath.A5);
        FloatVector a6 = c(XlaMath.A6), a7 = c(XlaMath.A7), a8 = c(XlaMath.A8), minus25 = c(-2.5f);
        float clipLo = f.clipLo();
        float clipHi = f.clipHi();
        float scale = f.scale();
        float shift = f.shift();
        boolean clips = f.clips();
        boolean affine = f.affine();
        for (int i = 0; i < n; i += LANES) {
            FloatVector li = FloatVector.fromArray(F, l, i);
            FloatVector z = minus25.sub(li);
            FloatVector p = z.fma(z.fma(z.fma(z.fma(z.fma(z.fma(z.fma(z.fma(XlaMath.A0, XlaMath.A1), a2), a3), a4), a5),
                    a6), a7), a8);
            FloatVector y = FloatVector.fromArray(F, x, i).mul(p).mul(SQRT2);
            if (clips) {
                y = y.blend(clipLo, y.lt(clipLo));
                y = y.blend(clipHi, y.compare(VectorOperators.GT, clipHi));
            }
            if (affine) {
                y = y.mul(scale).add(shift);
            }
            y.intoArray(out, off + i);
            VectorMask<Float> tail = li.compare(VectorOperators.LE, -5f);
            if (tail.anyTrue()) {
                patch(x, i, tail.toLong(), f, out, off);
            }
        }
    }

    /** Recomputes the lanes set in {@code lanes} (bit {@code j} for element {@code i + j}) one by one. */
    private static void patch(float[] x, int i, long lanes, F32Transform f, float[] out, int off) {
        for (long m = lanes; m != 0; m &= m - 1) {
            int j = i + Long.numberOfTrailingZeros(m);
            float y = SQRT2 * XlaMath.erfInv(x[j]);
            out[off + j] = Math.min(Math.max(y, f.clipLo()), f.clipHi()) * f.scale() + f.shift();
        }
    }

    private static FloatVector c(float v) {
        return FloatVector.broadcast(F, v);
    }
}
