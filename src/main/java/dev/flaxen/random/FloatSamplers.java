package dev.flaxen.random;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;

/**
 * The float samplers, dtype by dtype, as JAX's {@code _uniform}, {@code _normal_real} and
 * {@code _truncated_normal} compute them on XLA:CPU. float32 runs through {@link Kernels}; float64 uses
 * 64-bit words and double arithmetic; float16/bfloat16 round to the half type after every operation,
 * as XLA:CPU does (it has no half arithmetic and no fused multiply-add for half types).
 */
final class FloatSamplers {
    static final float SQRT2_F32 = Float.intBitsToFloat(0x3FB504F3);
    static final double SQRT2_F64 = Double.longBitsToDouble(0x3FF6A09E667F3BCDL);
    private static final double NORMAL_LO_F64 = Double.longBitsToDouble(0xBFEFFFFFFFFFFFFFL);

    private FloatSamplers() {
    }

    /** {@code uniform(key, shape, dtype, minval, maxval)}, then {@code post}. */
    static Array uniform(PRNGKey key, Shape shape, DType dtype, double minval, double maxval, Affine post) {
        switch (dtype) {
            case F32: {
                float lo = (float) minval;
                return f32(key, shape, post.after(F32Transform.uniform(lo, (float) maxval - lo)));
            }
            case F64:
                return uniformF64(key, shape, minval, maxval, post.afterF64(DoubleOp.IDENTITY));
            default: {
                float lo = Halves.round((float) minval, dtype);
                float hi = Halves.round((float) maxval, dtype);
                return Halves.generate(key, shape, dtype, lo, hi, post.afterHalf(u -> u));
            }
        }
    }

    /** {@code normal(key, shape, dtype)}, then {@code post}. */
    static Array normal(PRNGKey key, Shape shape, DType dtype, Affine post) {
        switch (dtype) {
            case F32:
                return f32(key, shape, post.after(F32Transform.normal()));
            case F64:
                return uniformF64(key, shape, NORMAL_LO_F64, 1.0, post.afterF64(u -> SQRT2_F64 * XlaMath.erfInv(u)));
            default: {
                float lo = Halves.nextAfter(-1f, dtype, true);
                float sqrt2 = Halves.round(SQRT2_F32, dtype);
                return Halves.generate(key, shape, dtype, lo, 1f,
                    post.afterHalf(u -> Halves.round(sqrt2 * Halves.round(XlaMath.erfInv(u), dtype), dtype)));
            }
        }
    }

    /** {@code truncated_normal(key, lower, upper, shape, dtype)}, then {@code post}. */
    static Array truncatedNormal(PRNGKey key, double lower, double upper, Shape shape, DType dtype, Affine post) {
        switch (dtype) {
            case F32: {
                float lo = (float) lower;
                float hi = (float) upper;
                float a = XlaMath.erfOfScaled(lo);
                float range = XlaMath.erfOfScaled(hi) - a;
                return f32(key, shape, post.after(
                        F32Transform.truncatedNormal(a, range, Math.nextUp(lo), Math.nextDown(hi))));
            }
            case F64: {
                double invSqrt2 = 1.0 / SQRT2_F64;
                double a = HostMath.erf(lower * invSqrt2);
                double b = HostMath.erf(upper * invSqrt2);
                double clipLo = Math.nextUp(lower);
                double clipHi = Math.nextDown(upper);
                return uniformF64(key, shape, a, b,
                    post.afterF64(u -> Math.min(Math.max(SQRT2_F64 * XlaMath.erfInv(u), clipLo), clipHi)));
            }
            default:
                return truncatedNormalHalf(key, lower, upper, shape, dtype, post);
        }
    }

    private static Array truncatedNormalHalf(PRNGKey key, double lower, double upper, Shape shape, DType dtype,
                                             Affine post) {
        float lo = Halves.round((float) lower, dtype);
        float hi = Halves.round((float) upper, dtype);
        float sqrt2 = Halves.round(SQRT2_F32, dtype);
        float invSqrt2 = Halves.round(1f / sqrt2, dtype);
        float a = Halves.round(XlaMath.erf(Halves.round(lo * invSqrt2, dtype)), dtype);
        float b = Halves.round(XlaMath.erf(Halves.round(hi * invSqrt2, dtype)), dtype);
        float clipLo = Halves.nextAfter(lo, dtype, true);
        float clipHi = Halves.nextAfter(hi, dtype, false);
        return Halves.generate(key, shape, dtype, a, b, post.afterHalf(u -> {
            float x = Halves.round(sqrt2 * Halves.round(XlaMath.erfInv(u), dtype), dtype);
            return Math.min(Math.max(x, clipLo), clipHi);
        }));
    }

    /** float32 samples through the kernels, block by block. */
    private static Array f32(PRNGKey key, Shape shape, F32Transform f) {
        int n = (int) shape.size();
        Kernels k = KernelSelection.current();
        return Array.generateFloat(shape, out -> BitStreams.ints(key, 32, n, (v, s, len) -> k.f32(f, v, out, s, len)));
    }

    /** {@code -log1p(-u)}, {@code u} uniform in {@code [0, 1)}. */
    static Array exponential(PRNGKey key, Shape shape, DType dtype) {
        return unary(key, shape, dtype, 0.0, u -> -XlaMath.log1p(-u),
            u -> -Halves.round(XlaMath.log1p(-u), dtype), u -> -XlaMath.log1p(-u));
    }

    /** {@code -log(-log(u))}, {@code u} uniform in {@code [tiny, 1)} (JAX's default mode {@code "low"}). */
    static Array gumbel(PRNGKey key, Shape shape, DType dtype) {
        return unary(key, shape, dtype, tiny(dtype), u -> -XlaMath.log(-XlaMath.log(u)),
            u -> -Halves.round(XlaMath.log(-Halves.round(XlaMath.log(u), dtype)), dtype),
            u -> -HostMath.log(-HostMath.log(u)));
    }

    /** {@code log(u) - log1p(-u)}, {@code u} uniform in {@code [tiny, 1)}. */
    static Array logistic(PRNGKey key, Shape shape, DType dtype) {
        return unary(key, shape, dtype, tiny(dtype), u -> XlaMath.log(u) - XlaMath.log1p(-u),
            u -> Halves.round(Halves.round(XlaMath.log(u), dtype) - Halves.round(XlaMath.log1p(-u), dtype), dtype),
            u -> HostMath.log(u) - XlaMath.log1p(-u));
    }

    private static double tiny(DType dtype) {
        switch (dtype) {
            case F64:
                return Double.MIN_NORMAL;
            case F16:
                return 0x1p-14;
            default:
                return Float.MIN_NORMAL;
        }
    }

    private static Array unary(PRNGKey key, Shape shape, DType dtype, double minval,
                               FloatOp f32, FloatOp half, DoubleOp f64) {
        int n = (int) shape.size();
        switch (dtype) {
            case F32: {
                float lo = (float) minval;
                F32Transform uniform = F32Transform.uniform(lo, 1f - lo);
                Kernels k = KernelSelection.current();
                return Array.generateFloat(shape, out -> BitStreams.ints(key, 32, n, (v, s, len) -> {
                    k.f32(uniform, v, out, s, len);
                    for (int j = s; j < s + len; j++) {
                        out[j] = f32.apply(out[j]);
                    }
                }));
            }
            case F64:
                return uniformF64(key, shape, minval, 1.0, f64);
            default:
                return Halves.generateWithConstantBounds(key, shape, dtype, Halves.round((float) minval, dtype), half);
        }
    }

    /** float64 uniform in {@code [minval, maxval)} from 64-bit words, then {@code f}. */
    private static Array uniformF64(PRNGKey key, Shape shape, double minval, double maxval, DoubleOp f) {
        double range = maxval - minval;
        return Array.generateDouble(shape, out -> BitStreams.longs(key, (int) shape.size(), (hi, lo, s, len) -> {
            for (int j = 0; j < len; j++) {
                long bits = ((long) hi[j] << 32) | (lo[j] & 0xffffffffL);
                double unit = (bits >>> 12) * 0x1p-52;
                out[s + j] = f.apply(Math.max(minval, Math.fma(unit, range, minval)));
            }
        }));
    }

    /** A float function of one sample. */
    @FunctionalInterface
    interface FloatOp {
        float apply(float u);
    }

    /** A double function of one sample. */
    @FunctionalInterface
    interface DoubleOp {
        DoubleOp IDENTITY = u -> u;

        double apply(double u);
    }
}
