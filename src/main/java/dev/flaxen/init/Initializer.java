package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * A parameter initializer: a pure function {@code (key, shape, dtype) -> Array}, as {@code jax.nn.initializers}
 * defines it. The same key, shape and dtype always give the same array, bit for bit; the key is the only source of
 * randomness. Any lambda is an initializer; the built-in ones ({@link Initializers}, {@link KerasInitializers},
 * {@link TorchInitializers}, {@link MxnetInitializers}) are immutable values with value equality and a
 * {@link #config() config}.
 *
 * <pre>{@code
 * Initializer init = Initializers.lecunNormal();
 * Array w = init.init(PRNGKey.of(0), Shape.of(4, 8));               // float32
 * Array h = init.init(PRNGKey.of(0), Shape.of(4, 8), DType.BF16);   // bfloat16, as JAX computes it
 * Initializer mine = (key, shape, dtype) -> Random.normal(key, shape, dtype);   // a lambda is one too
 * }</pre>
 */
@FunctionalInterface
public interface Initializer {
    /**
     * Makes the array, {@code init(key, shape, dtype)} in JAX.
     *
     * <pre>{@code
     * Initializers.zeros().init(PRNGKey.of(0), Shape.of(2, 3), DType.F32);   // 2x3 zeros
     * }</pre>
     *
     * @param key the random key; initializers that need no randomness ignore it
     * @param shape the shape of the result
     * @param dtype the dtype of the result
     * @return a new array of that shape and dtype
     * @throws IllegalArgumentException if the initializer cannot make that shape or dtype (for example a random
     *     initializer asked for an integer dtype); the message names the initializer and the value
     */
    Array init(PRNGKey key, Shape shape, DType dtype);

    /**
     * Makes a float32 array, JAX's default dtype.
     *
     * <pre>{@code
     * Initializers.ones().init(PRNGKey.of(0), Shape.of(3));   // [1, 1, 1]
     * }</pre>
     *
     * @param key the random key
     * @param shape the shape of the result
     * @return a new float32 array
     * @throws IllegalArgumentException as {@link #init(PRNGKey, Shape, DType)}
     */
    default Array init(PRNGKey key, Shape shape) {
        return init(key, shape, DType.F32);
    }

    /**
     * This initializer followed by {@code f}: {@code f(init(key, shape, dtype))}. Pure as long as {@code f} is. The
     * result is a lambda, so it has no config.
     *
     * <pre>{@code
     * // d2l's my_init: uniform(-10, 10), then zero where |w| < 5 (JAX's w * (|w| >= 5) gives +0.0 there)
     * Initializer myInit = Initializers.uniform(-10, 10).map(w -> {
     *     float[] v = w.toFloatArray();
     *     return Array.generateFloat(w.shape(), out -> {
     *         for (int i = 0; i < out.length; i++) {
     *             out[i] = Math.abs(v[i]) >= 5 ? v[i] : 0f;
     *         }
     *     });
     * });
     * }</pre>
     *
     * @param f the post-transform
     * @return the composed initializer
     */
    default Initializer map(Function<Array, Array> f) {
        Objects.requireNonNull(f, "f");
        return (key, shape, dtype) -> f.apply(init(key, shape, dtype));
    }

    /**
     * This initializer times {@code c}: JAX's {@code init(key, shape, dtype) * c}, with {@code c} rounded to the
     * dtype first and the product rounded once. It has a config when this initializer has one.
     *
     * <pre>{@code
     * Initializer small = Initializers.heNormal().scaled(0.1);
     * small.toConfig();   // {"class_name":"flaxen>Scaled","config":{"factor":0.1,"initializer":{"class_name":"HeNormal",...}}}
     * }</pre>
     *
     * @param c the factor
     * @return the scaled initializer
     * @throws IllegalArgumentException if {@code c} is not finite
     */
    default Initializer scaled(double c) {
        return new Scaled(this, c);
    }

    /**
     * The Keras-style config of this initializer, from which {@link Initializers#fromConfig(String)} rebuilds an
     * equal initializer; {@code None} for a lambda.
     *
     * <pre>{@code
     * Initializers.glorotUniform().config();   // Some({"class_name":"GlorotUniform","config":{"seed":null}})
     * ((Initializer) (k, s, d) -> null).config();   // None
     * }</pre>
     *
     * @return the config, if this initializer has one
     */
    default Option<InitializerConfig> config() {
        return Option.none();
    }

    /**
     * The config as JSON, {@code {"class_name": ..., "config": {...}}} (Keras {@code serialize}).
     *
     * <pre>{@code
     * Initializers.normal(0.02).toConfig();   // {"class_name":"RandomNormal","config":{"mean":0.0,"stddev":0.02,"seed":null}}
     * }</pre>
     *
     * @return the JSON text
     * @throws UnsupportedOperationException if this initializer has no config (a lambda)
     */
    default String toConfig() {
        return config().getOrElseThrow(() -> new UnsupportedOperationException(
                "Initializer.toConfig: a lambda initializer has no config. Use a built-in initializer"
                        + " (Initializers, KerasInitializers, TorchInitializers, MxnetInitializers), give the lambda a"
                        + " name with Initializers.named(className, lambda), or implement config() in your own type"))
                .toJson();
    }
}
