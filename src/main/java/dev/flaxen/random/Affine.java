package dev.flaxen.random;

import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;

/**
 * {@code x * scale + shift} in a floating dtype, each operation rounded to it, as JAX computes
 * {@code sample * jnp.array(scale, dtype) + jnp.array(shift, dtype)}; a zero {@code shift} adds nothing (so a
 * {@code -0.0} product stays {@code -0.0}, as {@code jax.nn.initializers} compute it without an add). Applied by the
 * samplers to each element as it is made, so a scaled sample costs one pass and one array.
 *
 * @param dtype the floating dtype
 * @param scale the factor, a value of the dtype
 * @param shift the addend, a value of the dtype
 */
record Affine(DType dtype, double scale, double shift) {
    /** Nothing: {@code x * 1}. */
    static Affine identity(DType dtype) {
        return new Affine(dtype, 1, 0);
    }

    /**
     * {@code scale} and {@code shift} rounded to the dtype as {@code jnp.array(x, dtype)} rounds a Python float
     * ({@link HalfFloats#roundTo}); a finite value beyond the dtype's range becomes an infinity, as in JAX.
     */
    static Affine of(DType dtype, double scale, double shift) {
        return new Affine(dtype, HalfFloats.roundTo(scale, dtype), HalfFloats.roundTo(shift, dtype));
    }

    /** The float32 kernel transform {@code f} followed by this. */
    F32Transform after(F32Transform f) {
        return f.then((float) scale, shift == 0 ? -0f : (float) shift);
    }

    /** The half-type element function {@code f} followed by this, rounding after each operation. */
    FloatSamplers.FloatOp afterHalf(FloatSamplers.FloatOp f) {
        if (scale == 1 && shift == 0) {
            return f;
        }
        float s = (float) scale;
        float m = (float) shift;
        return u -> {
            float y = Halves.round(f.apply(u) * s, dtype);
            return m == 0 ? y : Halves.round(y + m, dtype);
        };
    }

    /** The float64 element function {@code f} followed by this. */
    FloatSamplers.DoubleOp afterF64(FloatSamplers.DoubleOp f) {
        if (scale == 1 && shift == 0) {
            return f;
        }
        return u -> shift == 0 ? f.apply(u) * scale : f.apply(u) * scale + shift;
    }
}
