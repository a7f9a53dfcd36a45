package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * PyTorch's {@code trunc_normal_(mean, std, a, b)}: a normal with mean {@code mean} and standard deviation {@code std}
 * truncated to the <em>absolute</em> bounds {@code [a, b]} (JAX's and Keras's truncated normals take bounds in units of
 * the standard deviation). On JAX's samplers, each operation rounded to the dtype:
 * <pre>
 * clip(jax.random.truncated_normal(key, (a - mean) / std, (b - mean) / std, shape, dtype) * std + mean, a, b)
 * </pre>
 *
 * <p>Config: {@code flaxen>TorchTruncNormal {mean, std, a, b}}.
 *
 * <pre>{@code
 * TorchInitializers.truncNormal(0, 0.02, -0.04, 0.04);   // timm's ViT weight init
 * }</pre>
 *
 * @param mean the mean
 * @param std the standard deviation before truncation, {@code > 0}
 * @param a the lower bound
 * @param b the upper bound, {@code > a}
 */
public record TorchTruncNormal(double mean, double std, double a, double b) implements Initializer {
    private static final String OP = "TorchInitializers.truncNormal";

    /**
     * Checks the arguments.
     *
     * @param mean the {@code mean} component (see the class comment)
     * @param std the {@code std} component (see the class comment)
     * @param a the {@code a} component (see the class comment)
     * @param b the {@code b} component (see the class comment)
     * @throws IllegalArgumentException unless {@code std > 0}, {@code a < b} and all are finite
     */
    public TorchTruncNormal {
        Checks.finite(OP, "mean", mean);
        Checks.positive(OP, "std", std);
        Checks.less(OP, "a", a, "b", b);
    }

    /**
     * Samples.
     *
     * @param key the key
     * @param shape the shape
     * @param dtype a floating dtype
     * @return the samples, all in {@code [a, b]}
     * @throws IllegalArgumentException if the dtype is not floating
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        Numerics.requireFloating(OP, Objects.requireNonNull(dtype, "dtype"));
        Array z = Random.truncatedNormal(key, (a - mean) / std, (b - mean) / std, shape, dtype);
        return Numerics.affine(z, Numerics.round(std, dtype), Numerics.round(mean, dtype), Numerics.round(a, dtype),
                Numerics.round(b, dtype));
    }

    /**
     * {@code flaxen>TorchTruncNormal {"mean": ..., "std": ..., "a": ..., "b": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().number("mean", mean).number("std", std).number("a", a).number("b", b)
                .build(ConfigWriter.FLAXEN + "TorchTruncNormal");
    }

    static Initializer fromConfig(ConfigReader r) {
        return r.finish(new TorchTruncNormal(r.number("mean", 0.0), r.number("std", 1.0), r.number("a", -2.0),
                r.number("b", 2.0)));
    }
}
