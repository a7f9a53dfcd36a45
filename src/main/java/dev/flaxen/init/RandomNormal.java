package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Normal samples with mean {@code mean} and standard deviation {@code stddev}: {@code normal(key, shape, dtype) *
 * stddev + mean}, each operation rounded to the dtype (the add is skipped for {@code mean = 0}, so this is exactly
 * {@code jax.nn.initializers.normal(stddev)}). Keras's {@code RandomNormal(mean, stddev)}, PyTorch's
 * {@code normal_(mean, std)}, MXNet's {@code Normal(sigma)}; the numbers are JAX's.
 *
 * <p>Config: Keras {@code RandomNormal {seed, mean, stddev}}.
 *
 * <pre>{@code
 * new RandomNormal(0, 0.01).equals(Initializers.normal(0.01));   // true
 * }</pre>
 *
 * @param mean the mean
 * @param stddev the standard deviation, {@code > 0}
 */
public record RandomNormal(double mean, double stddev) implements Initializer {
    /**
     * Checks the arguments.
     *
     * @param mean the {@code mean} component (see the class comment)
     * @param stddev the {@code stddev} component (see the class comment)
     * @throws IllegalArgumentException unless {@code stddev > 0} and both are finite
     */
    public RandomNormal {
        Checks.finite("RandomNormal", "mean", mean);
        Checks.positive("RandomNormal", "stddev", stddev);
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
        Numerics.requireFloating(mean == 0 ? "Initializers.normal" : "KerasInitializers.randomNormal",
                Objects.requireNonNull(dtype, "dtype"));
        return Random.normal(key, shape, dtype, mean, stddev);
    }

    /**
     * {@code RandomNormal {"seed": null, "mean": ..., "stddev": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().seed().number("mean", mean).number("stddev", stddev).build("RandomNormal");
    }

    static Initializer fromConfig(ConfigReader r) {
        r.seed();
        return r.finish(new RandomNormal(r.number("mean", 0.0), r.number("stddev", 0.05)));
    }
}
