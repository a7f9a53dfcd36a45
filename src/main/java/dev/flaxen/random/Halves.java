package dev.flaxen.random;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;
import dev.flaxen.array.Shape;

/**
 * float16 and bfloat16 sampling as XLA:CPU does it: every operation is computed in float32 and rounded
 * back to the half type, with no fused multiply-add. Values are carried as the floats they denote.
 */
final class Halves {
    private Halves() {
    }

    /** Rounds {@code x} to the half type (ties to even) and widens it back, exactly. */
    static float round(float x, DType dtype) {
        return dtype == DType.F16
                ? HalfFloats.fromFloat16(HalfFloats.toFloat16(x))
                : HalfFloats.fromBFloat16(HalfFloats.toBFloat16(x));
    }

    private static short bits(float x, DType dtype) {
        return dtype == DType.F16 ? HalfFloats.toFloat16(x) : HalfFloats.toBFloat16(x);
    }

    private static float value(int bits, DType dtype) {
        return dtype == DType.F16 ? HalfFloats.fromFloat16((short) bits) : HalfFloats.fromBFloat16((short) bits);
    }

    /** {@code nextafter(x, +inf)} if {@code up}, else {@code nextafter(x, -inf)}, in the half type. */
    static float nextAfter(float x, DType dtype, boolean up) {
        int b = bits(x, dtype) & 0xffff;
        int magnitude = b & 0x7fff;
        if (magnitude == 0) {
            return value(up ? 0x0001 : 0x8001, dtype);
        }
        boolean negative = (b & 0x8000) != 0;
        return value(negative == up ? b - 1 : b + 1, dtype);
    }

    /**
     * {@code f(uniform(key, shape, dtype, lo, hi))} in the half type: {@code u = max(lo, h(h(unit * h(hi - lo)) + lo))}
     * with {@code h} the rounding to the half type; float16 uses 16 random bits per element, bfloat16 only 8.
     */
    static Array generate(PRNGKey key, Shape shape, DType dtype, float lo, float hi, FloatSamplers.FloatOp f) {
        float range = round(hi - lo, dtype);
        return fill(key, shape, dtype, unit -> Math.max(lo, round(round(unit * range, dtype) + lo, dtype)), f);
    }

    /**
     * As {@link #generate} for a sampler whose bounds are constants {@code lo} and 1 inside JAX's jitted code
     * ({@code exponential}, {@code gumbel}, {@code logistic}): XLA folds {@code (1 + unit - 1) * 1 + lo} into
     * {@code (1 + unit) + h(lo - 1)}, so a float16 {@code lo = tiny} is lost to rounding: {@code u = max(tiny, unit)}.
     */
    static Array generateWithConstantBounds(PRNGKey key, Shape shape, DType dtype, float lo, FloatSamplers.FloatOp f) {
        float shift = round(lo - 1f, dtype);
        return fill(key, shape, dtype, unit -> Math.max(lo, round((1f + unit) + shift, dtype)), f);
    }

    private static Array fill(PRNGKey key, Shape shape, DType dtype, FloatSamplers.FloatOp uniform,
                              FloatSamplers.FloatOp f) {
        boolean f16 = dtype == DType.F16;
        int width = f16 ? 16 : 8;
        int shift = f16 ? 6 : 1;
        float scale = f16 ? 0x1p-10f : 0x1p-7f;
        return Array.generateShort(shape, dtype, out -> BitStreams.ints(key, width, (int) shape.size(), (v, s, len) -> {
            for (int j = 0; j < len; j++) {
                out[s + j] = bits(f.apply(uniform.apply((v[j] >>> shift) * scale)), dtype);
            }
        }));
    }
}
