package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An array full of {@code value}, {@code jax.nn.initializers.constant(value)} ({@code jnp.full(shape, value, dtype)});
 * the key is ignored. {@link Initializers#zeros()} and {@link Initializers#ones()} are {@code Constant(0.0)} and
 * {@code Constant(1.0)}. Any dtype works: floats get {@code value} rounded to the dtype, integers its truncation toward
 * zero, bool {@code value != 0}.
 *
 * <p>Config: Keras {@code Zeros {}}, {@code Ones {}} or {@code Constant {value}}.
 *
 * <pre>{@code
 * new Constant(42).init(PRNGKey.of(0), Shape.of(2), DType.I32);   // int32 [42, 42]
 * }</pre>
 *
 * @param value the fill value
 */
public record Constant(double value) implements Initializer {
    /**
     * Fills the array.
     *
     * @param key ignored (may be null)
     * @param shape the shape
     * @param dtype any dtype
     * @return the filled array
     * @throws IllegalArgumentException if {@code value} does not fit an integer dtype
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        return Numerics.full(Objects.requireNonNull(shape, "shape"), Objects.requireNonNull(dtype, "dtype"), value);
    }

    /**
     * {@code Zeros}, {@code Ones} or {@code Constant {"value": v}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        if (Double.doubleToRawLongBits(value) == 0L) {
            return new ConfigWriter().build("Zeros");
        }
        if (value == 1.0) {
            return new ConfigWriter().build("Ones");
        }
        return new ConfigWriter().number("value", value).build("Constant");
    }

    static Initializer fromConfig(ConfigReader r, double dflt) {
        return r.finish(new Constant(r.number("value", dflt)));
    }

    static Initializer zeros(ConfigReader r) {
        return r.finish(new Constant(0.0));
    }

    static Initializer ones(ConfigReader r) {
        return r.finish(new Constant(1.0));
    }
}
