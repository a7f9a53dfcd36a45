package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Another initializer times a constant, {@link Initializer#scaled(double)}: JAX's {@code init(key, shape, dtype) *
 * factor} with {@code factor} rounded to the dtype and one rounding of the product.
 *
 * <p>Config: {@code flaxen>Scaled {factor, initializer}} when the inner initializer has a config.
 *
 * <pre>{@code
 * Initializers.orthogonal().scaled(0.5).equals(new Scaled(Initializers.orthogonal(), 0.5));   // true
 * }</pre>
 *
 * @param initializer the initializer whose result is scaled
 * @param factor the factor
 */
public record Scaled(Initializer initializer, double factor) implements Initializer {
    /**
     * Checks the arguments.
     *
     * @param initializer the {@code initializer} component (see the class comment)
     * @param factor the {@code factor} component (see the class comment)
     * @throws IllegalArgumentException if {@code factor} is not finite
     */
    public Scaled {
        Objects.requireNonNull(initializer, "initializer");
        Checks.finite("Initializer.scaled", "factor", factor);
    }

    /**
     * Makes the inner array and scales it.
     *
     * @param key the key
     * @param shape the shape
     * @param dtype a floating dtype
     * @return the scaled array
     * @throws IllegalArgumentException if the dtype is not floating, or as the inner initializer
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        Numerics.requireFloating("Initializer.scaled", Objects.requireNonNull(dtype, "dtype"));
        Array x = initializer.init(key, shape, dtype);
        return Numerics.affine(x, Numerics.round(factor, x.dtype()), 0);
    }

    /**
     * {@code flaxen>Scaled {"factor": ..., "initializer": {...}}}, if the inner initializer has a config.
     *
     * @return the config, or none
     */
    @Override
    public Option<InitializerConfig> config() {
        return initializer.config().flatMap(c -> new ConfigWriter().number("factor", factor).nested("initializer", c)
                .build(ConfigWriter.FLAXEN + "Scaled"));
    }

    static Initializer fromConfig(ConfigReader r) {
        double factor = r.number("factor", 1.0);
        return r.finish(new Scaled(r.initializer("initializer"), factor));
    }
}
