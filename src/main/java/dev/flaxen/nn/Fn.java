package dev.flaxen.nn;

import dev.flaxen.array.Array;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A parameter-free layer: a plain function of the input, like {@code nn.relu} inside Flax's
 * {@code nn.Sequential([nn.Dense(8), nn.relu, nn.Dense(1)])}. A scope runs it directly: it gets no child scope, no
 * auto-name and no {@code tabulate} row, and in {@link Sequential} it still takes its index, so the layers around it
 * are {@code layers_0} and {@code layers_2} as in Flax.
 *
 * <pre>{@code
 * Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
 * Fn square = Fn.of("square", x -> x.mul(x));
 * }</pre>
 *
 * @param name a name for printing, such as {@code relu}
 * @param function the function
 */
public record Fn(String name, UnaryOperator<Array> function) implements Module {
    private static final Fn RELU = new Fn("relu", Activations::relu);
    private static final Fn GELU = new Fn("gelu", Activations::gelu);
    private static final Fn SILU = new Fn("silu", Activations::silu);
    private static final Fn TANH = new Fn("tanh", Activations::tanh);
    private static final Fn SIGMOID = new Fn("sigmoid", Activations::sigmoid);
    private static final Fn SOFTMAX = new Fn("softmax", Activations::softmax);
    private static final Fn LEAKY_RELU = new Fn("leaky_relu", Activations::leakyRelu);
    private static final Fn ELU = new Fn("elu", Activations::elu);
    private static final Fn FLATTEN = new Fn("flatten", Fn::flattenBatch);

    /**
     * Checks both parts.
     *
     * @param name the name
     * @param function the function
     * @throws NullPointerException if either is null
     */
    public Fn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(function, "function");
    }

    /**
     * Any function as a layer.
     *
     * <pre>{@code
     * Fn.of("double", x -> x.mul(2));
     * }</pre>
     *
     * @param name a name for printing
     * @param function the function
     * @return the layer
     */
    public static Fn of(String name, UnaryOperator<Array> function) {
        return new Fn(name, function);
    }

    /**
     * {@link Activations#relu}.
     *
     * <pre>{@code
     * Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
     * }</pre>
     *
     * @return the layer
     */
    public static Fn relu() {
        return RELU;
    }

    /**
     * {@link Activations#gelu} (tanh form, Flax's default).
     *
     * <pre>{@code
     * Fn.gelu();
     * }</pre>
     *
     * @return the layer
     */
    public static Fn gelu() {
        return GELU;
    }

    /**
     * {@link Activations#silu}.
     *
     * <pre>{@code
     * Fn.silu();
     * }</pre>
     *
     * @return the layer
     */
    public static Fn silu() {
        return SILU;
    }

    /**
     * {@link Activations#tanh}.
     *
     * <pre>{@code
     * Fn.tanh();
     * }</pre>
     *
     * @return the layer
     */
    public static Fn tanh() {
        return TANH;
    }

    /**
     * {@link Activations#sigmoid}.
     *
     * <pre>{@code
     * Fn.sigmoid();
     * }</pre>
     *
     * @return the layer
     */
    public static Fn sigmoid() {
        return SIGMOID;
    }

    /**
     * {@link Activations#softmax(Array)} over the last axis.
     *
     * <pre>{@code
     * Fn.softmax();
     * }</pre>
     *
     * @return the layer
     */
    public static Fn softmax() {
        return SOFTMAX;
    }

    /**
     * {@link Activations#softmax(Array, int)} over an axis.
     *
     * <pre>{@code
     * Fn.softmax(0);
     * }</pre>
     *
     * @param axis the axis
     * @return the layer
     */
    public static Fn softmax(int axis) {
        return new Fn("softmax(axis=" + axis + ")", x -> Activations.softmax(x, axis));
    }

    /**
     * {@link Activations#leakyRelu(Array)} with slope 0.01.
     *
     * <pre>{@code
     * Fn.leakyRelu();
     * }</pre>
     *
     * @return the layer
     */
    public static Fn leakyRelu() {
        return LEAKY_RELU;
    }

    /**
     * {@link Activations#leakyRelu(Array, double)}.
     *
     * <pre>{@code
     * Fn.leakyRelu(0.2);
     * }</pre>
     *
     * @param negativeSlope the slope below zero
     * @return the layer
     */
    public static Fn leakyRelu(double negativeSlope) {
        return new Fn("leaky_relu(negative_slope=" + negativeSlope + ")", x -> Activations.leakyRelu(x, negativeSlope));
    }

    /**
     * {@link Activations#elu(Array)} with {@code alpha = 1}.
     *
     * <pre>{@code
     * Fn.elu();
     * }</pre>
     *
     * @return the layer
     */
    public static Fn elu() {
        return ELU;
    }

    /**
     * {@link Activations#elu(Array, double)}.
     *
     * <pre>{@code
     * Fn.elu(0.5);
     * }</pre>
     *
     * @param alpha the scale of the negative part
     * @return the layer
     */
    public static Fn elu(double alpha) {
        return new Fn("elu(alpha=" + alpha + ")", x -> Activations.elu(x, alpha));
    }

    /**
     * Keeps the first (batch) axis and flattens the rest: {@code x.reshape(x.shape[0], -1)}, Keras's {@code Flatten}
     * and d2l's usual reshape before a {@code Dense}.
     *
     * <pre>{@code
     * Sequential.of(Fn.flatten(), Dense.of(10));   // (n, 28, 28, 1) -> (n, 784) -> (n, 10)
     * }</pre>
     *
     * @return the layer
     */
    public static Fn flatten() {
        return FLATTEN;
    }

    private static Array flattenBatch(Array x) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException("Fn.flatten: expected an input with a batch axis, got a 0-d array");
        }
        return x.reshape(x.shape().dim(0), -1);
    }

    /**
     * Applies the function; the scope is not used.
     *
     * @param scope ignored
     * @param x the input
     * @return {@code function.apply(x)}
     */
    @Override
    public Array call(Scope scope, Array x) {
        return function.apply(x);
    }

    /**
     * The name, as the type name.
     *
     * @return the name
     */
    @Override
    public String typeName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
