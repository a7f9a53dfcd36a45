package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Uniform samples in {@code [minval, maxval)}: {@code jax.random.uniform(key, shape, dtype, minval, maxval)}, and for
 * {@code minval = 0} exactly {@code jax.nn.initializers.uniform(maxval)} ({@code uniform(key, shape, dtype) * maxval}).
 * This is Keras's {@code RandomUniform(minval, maxval)}, PyTorch's {@code uniform_(a, b)} and, with {@code minval =
 * -scale, maxval = scale}, MXNet's {@code Uniform(scale)}; the numbers are JAX's.
 *
 * <p>Config: Keras {@code RandomUniform {seed, minval, maxval}}.
 *
 * <pre>{@code
 * Initializers.uniform(10.0).init(PRNGKey.of(42, ThreefryMode.LEGACY), Shape.of(2, 3));
 * // [[7.298188, 8.691938, 8.7230015], [2.0818567, 1.8662417, 5.5022564]] (JAX's docstring)
 * }</pre>
 *
 * @param minval the inclusive lower bound
 * @param maxval the upper bound, {@code > minval}
 */
public record RandomUniform(double minval, double maxval) implements Initializer {
    /**
     * Checks the bounds.
     *
     * @param minval the {@code minval} component (see the class comment)
     * @param maxval the {@code maxval} component (see the class comment)
     * @throws IllegalArgumentException unless {@code minval < maxval}, both finite
     */
    public RandomUniform {
        Checks.less("RandomUniform", "minval", minval, "maxval", maxval);
    }

    /**
     * Samples.
     *
     * @param key the key
     * @param shape the shape
     * @param dtype a floating dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        Numerics.requireFloating("Initializers.uniform", Objects.requireNonNull(dtype, "dtype"));
        if (minval == 0) {
            return Random.uniform(key, shape, dtype, 0, 1, maxval);
        }
        return Random.uniform(key, shape, dtype, minval, maxval);
    }

    /**
     * {@code RandomUniform {"seed": null, "minval": ..., "maxval": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().seed().number("minval", minval).number("maxval", maxval).build("RandomUniform");
    }

    static Initializer fromConfig(ConfigReader r) {
        r.seed();
        return r.finish(new RandomUniform(r.number("minval", -0.05), r.number("maxval", 0.05)));
    }
}
