package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A normal truncated to {@code (lower, upper)} standard deviations, then scaled and shifted:
 * {@code truncated_normal(key, lower, upper, shape, dtype) * stddev + mean}, each operation rounded to the dtype (no
 * add for {@code mean = 0}). With {@code mean = 0} this is {@code jax.nn.initializers.truncated_normal(stddev, lower,
 * upper)} (JAX applies no variance correction: the samples' standard deviation is below {@code stddev}); with the
 * bounds {@code ±2} it is Keras's {@code TruncatedNormal(mean, stddev)}.
 *
 * <p>Config: Keras {@code TruncatedNormal {seed, mean, stddev}} for the bounds {@code ±2}, else
 * {@code flaxen>TruncatedNormal {mean, stddev, lower, upper}}.
 *
 * <pre>{@code
 * Initializers.truncatedNormal(5.0).init(PRNGKey.of(42, ThreefryMode.LEGACY), Shape.of(2, 3));
 * // [[2.9047365, 5.2338114, 5.29852], [-3.836303, -4.192359, 0.6022964]] (JAX's docstring)
 * }</pre>
 *
 * @param mean the mean added after scaling
 * @param stddev the scale, {@code > 0}
 * @param lower the lower bound in units of {@code stddev}
 * @param upper the upper bound in units of {@code stddev}, {@code > lower}
 */
public record TruncatedNormal(double mean, double stddev, double lower, double upper) implements Initializer {
    /**
     * Checks the arguments.
     *
     * @param mean the {@code mean} component (see the class comment)
     * @param stddev the {@code stddev} component (see the class comment)
     * @param lower the {@code lower} component (see the class comment)
     * @param upper the {@code upper} component (see the class comment)
     * @throws IllegalArgumentException unless {@code stddev > 0}, {@code lower < upper} and all are finite
     */
    public TruncatedNormal {
        Checks.finite("TruncatedNormal", "mean", mean);
        Checks.positive("TruncatedNormal", "stddev", stddev);
        Checks.less("TruncatedNormal", "lower", lower, "upper", upper);
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
        Numerics.requireFloating(mean == 0 ? "Initializers.truncatedNormal" : "KerasInitializers.truncatedNormal",
                Objects.requireNonNull(dtype, "dtype"));
        return Random.truncatedNormal(key, lower, upper, shape, dtype, mean, stddev);
    }

    /**
     * {@code TruncatedNormal {"seed": null, "mean": ..., "stddev": ...}}, or the {@code flaxen>} form for other bounds.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        if (lower == -2 && upper == 2) {
            return new ConfigWriter().seed().number("mean", mean).number("stddev", stddev).build("TruncatedNormal");
        }
        return new ConfigWriter().number("mean", mean).number("stddev", stddev).number("lower", lower)
                .number("upper", upper).build(ConfigWriter.FLAXEN + "TruncatedNormal");
    }

    static Initializer fromKerasConfig(ConfigReader r) {
        r.seed();
        return r.finish(new TruncatedNormal(r.number("mean", 0.0), r.number("stddev", 0.05), -2, 2));
    }

    static Initializer fromConfig(ConfigReader r) {
        return r.finish(new TruncatedNormal(r.number("mean", 0.0), r.number("stddev", 0.01), r.number("lower", -2),
                r.number("upper", 2)));
    }
}
