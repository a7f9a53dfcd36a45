package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import java.util.function.DoubleUnaryOperator;

/**
 * Activation functions on arrays, {@code jax.nn} / {@code flax.linen}: {@code relu}, {@code gelu}, {@code silu},
 * {@code tanh}, {@code sigmoid}, {@code softmax}, {@code leakyRelu}, {@code elu}. Use them inside a module's
 * {@code call}; {@link Fn} wraps each as a parameter-free layer for {@link Sequential}.
 *
 * <p>Numerics: the smooth functions are computed per element in double and rounded once to the array's dtype, so
 * they can differ from XLA's float32 approximations in the last bits (within {@code 1e-6}, checked against real JAX
 * in the tests); {@code relu} and {@code leakyRelu} on float32 are exact. Abstract arrays (inside
 * {@code initShapes}) give abstract results.
 *
 * <pre>{@code
 * Array h = Activations.relu(x);             // max(x, 0)
 * Array p = Activations.softmax(logits, -1); // rows sum to 1
 * }</pre>
 */
public final class Activations {
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    private Activations() {
    }

    /**
     * {@code max(x, 0)}, {@code jax.nn.relu}; any numeric dtype, kept.
     *
     * <pre>{@code
     * Activations.relu(Array.of(new float[] {-1, 2}));   // [0, 2]
     * }</pre>
     *
     * @param x the input
     * @return the activation
     */
    public static Array relu(Array x) {
        return x.maximum(0);
    }

    /**
     * GELU in Flax's default tanh form ({@code jax.nn.gelu(x, approximate=True)}; the exact erf form is not
     * provided):
     * {@code x * 0.5 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3)))}.
     *
     * <pre>{@code
     * Activations.gelu(Array.of(new float[] {1}));   // [0.841192]
     * }</pre>
     *
     * @param x a float array
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array gelu(Array x) {
        return smooth("Activations.gelu", x,
                v -> v * 0.5 * (1 + Math.tanh(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v))));
    }

    /**
     * SiLU (swish), {@code x * sigmoid(x)}.
     *
     * <pre>{@code
     * Activations.silu(Array.of(new float[] {0}));   // [0]
     * }</pre>
     *
     * @param x a float array
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array silu(Array x) {
        return smooth("Activations.silu", x, v -> v / (1 + Math.exp(-v)));
    }

    /**
     * The logistic function {@code 1 / (1 + exp(-x))}, {@code jax.nn.sigmoid}.
     *
     * <pre>{@code
     * Activations.sigmoid(Array.of(new float[] {0}));   // [0.5]
     * }</pre>
     *
     * @param x a float array
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array sigmoid(Array x) {
        return smooth("Activations.sigmoid", x, v -> 1 / (1 + Math.exp(-v)));
    }

    /**
     * The hyperbolic tangent, {@code jnp.tanh}.
     *
     * <pre>{@code
     * Activations.tanh(Array.of(new float[] {0}));   // [0]
     * }</pre>
     *
     * @param x a float array
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array tanh(Array x) {
        return smooth("Activations.tanh", x, Math::tanh);
    }

    /**
     * Softmax over the last axis, {@code jax.nn.softmax(x)}.
     *
     * <pre>{@code
     * Activations.softmax(Array.of(new float[] {0, 0}));   // [0.5, 0.5]
     * }</pre>
     *
     * @param x a float array with at least one axis
     * @return the probabilities
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array softmax(Array x) {
        return softmax(x, -1);
    }

    /**
     * Softmax over an axis: {@code exp(x - max) / sum(exp(x - max))}, as {@code jax.nn.softmax(x, axis)}.
     *
     * <pre>{@code
     * Activations.softmax(x, 0);   // columns sum to 1
     * }</pre>
     *
     * @param x a float array
     * @param axis the axis; negative counts from the end
     * @return the probabilities
     * @throws IllegalArgumentException if the dtype is not a float
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    public static Array softmax(Array x, int axis) {
        requireFloat("Activations.softmax", x);
        int[] axes = {axis};
        Array e = x.sub(x.max(axes, true)).exp();
        return e.div(e.sum(axes, true));
    }

    /**
     * Leaky ReLU with slope 0.01, {@code jax.nn.leaky_relu}.
     *
     * <pre>{@code
     * Activations.leakyRelu(Array.of(new float[] {-1, 2}));   // [-0.01, 2]
     * }</pre>
     *
     * @param x a float array
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array leakyRelu(Array x) {
        return leakyRelu(x, 0.01);
    }

    /**
     * Leaky ReLU: {@code x} where {@code x >= 0}, else {@code negativeSlope * x}.
     *
     * <pre>{@code
     * Activations.leakyRelu(x, 0.2);
     * }</pre>
     *
     * @param x a float array
     * @param negativeSlope the slope below zero
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array leakyRelu(Array x, double negativeSlope) {
        double slope = x.dtype() == DType.F32 ? (float) negativeSlope : negativeSlope;
        return smooth("Activations.leakyRelu", x, v -> v >= 0 ? v : slope * v);
    }

    /**
     * ELU with {@code alpha = 1}, {@code jax.nn.elu}.
     *
     * <pre>{@code
     * Activations.elu(Array.of(new float[] {-1, 2}));   // [-0.63212055, 2]
     * }</pre>
     *
     * @param x a float array
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array elu(Array x) {
        return elu(x, 1);
    }

    /**
     * ELU: {@code x} where {@code x > 0}, else {@code alpha * (exp(x) - 1)}.
     *
     * <pre>{@code
     * Activations.elu(x, 0.5);
     * }</pre>
     *
     * @param x a float array
     * @param alpha the scale of the negative part
     * @return the activation
     * @throws IllegalArgumentException if the dtype is not a float
     */
    public static Array elu(Array x, double alpha) {
        return smooth("Activations.elu", x, v -> v > 0 ? v : alpha * Math.expm1(v));
    }

    private static Array smooth(String op, Array x, DoubleUnaryOperator f) {
        return requireFloat(op, x).map(f);
    }

    private static Array requireFloat(String op, Array x) {
        if (!x.dtype().isFloating()) {
            throw new IllegalArgumentException(op + ": expected a float array, got " + x.dtype()
                    + ". Use astype(DType.F32) first");
        }
        return x;
    }
}
