package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * {@code gain} times the identity matrix, Keras's {@code Identity(gain)} ({@code gain * eye(rows, cols)}) and, with
 * {@code gain = 1}, PyTorch's {@code eye_}. The shape must be a matrix; it may be rectangular (ones on the main
 * diagonal). The key is ignored. The product is taken in the dtype, so a negative gain gives {@code -0.0} off the
 * diagonal, as in Keras.
 *
 * <p>Config: Keras {@code Identity {gain}}.
 *
 * <pre>{@code
 * KerasInitializers.identity(2).init(PRNGKey.of(0), Shape.of(2, 3));   // [[2, 0, 0], [0, 2, 0]]
 * }</pre>
 *
 * @param gain the diagonal value
 */
public record Identity(double gain) implements Initializer {
    /**
     * Checks the gain.
     *
     * @param gain the {@code gain} component (see the class comment)
     * @throws IllegalArgumentException if {@code gain} is not finite
     */
    public Identity {
        Checks.finite("Identity", "gain", gain);
    }

    /**
     * Makes the matrix.
     *
     * @param key ignored (may be null)
     * @param shape a rank-2 shape
     * @param dtype any dtype
     * @return the matrix
     * @throws IllegalArgumentException if the shape is not rank 2
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        Objects.requireNonNull(dtype, "dtype");
        Checks.rankBetween("KerasInitializers.identity", shape, 2, 2);
        int cols = shape.dim(1);
        double g = Numerics.round(gain, dtype);
        double off = dtype.isFloating() ? Numerics.mul(0, g, dtype) : 0;
        return Numerics.build(shape, dtype, i -> i / cols == i % cols ? g : off);
    }

    /**
     * {@code Identity {"gain": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().number("gain", gain).build("Identity");
    }

    static Initializer fromConfig(ConfigReader r) {
        return r.finish(new Identity(r.number("gain", 1.0)));
    }
}
