package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * PyTorch's {@code xavier_uniform_(gain)} and {@code xavier_normal_(gain)}, on Flaxen's layout and JAX's samplers:
 * <pre>
 * std = gain * sqrt(2 / (fan_in + fan_out))                (double)
 * uniform: jax.random.uniform(key, shape, dtype, -a, a),  a = sqrt(3) * std
 * normal:  jax.random.normal(key, shape, dtype) * dtype(std)      (not truncated)
 * </pre>
 * The fans are Flaxen's ({@code (k..., in, out)}); PyTorch computes the same numbers on its {@code (out, in, k...)}
 * layout. Not JAX's {@code xavier_normal}, which is Glorot normal with a <em>truncated</em> normal
 * ({@link Initializers#xavierNormal()}).
 *
 * <p>Config: {@code flaxen>TorchXavier {gain, distribution}}.
 *
 * <pre>{@code
 * TorchInitializers.xavierUniform(TorchInitializers.calculateGain("tanh"));
 * }</pre>
 *
 * @param gain the gain, {@code > 0}
 * @param distribution {@link Distribution#UNIFORM} or {@link Distribution#NORMAL}
 */
public record TorchXavier(double gain, Distribution distribution) implements Initializer {
    /**
     * Checks the arguments.
     *
     * @param gain the {@code gain} component (see the class comment)
     * @param distribution the {@code distribution} component (see the class comment)
     * @throws IllegalArgumentException unless {@code gain > 0}, or for a truncated normal
     */
    public TorchXavier {
        Objects.requireNonNull(distribution, "distribution");
        Checks.positive(op(distribution), "gain", gain);
        if (distribution == Distribution.TRUNCATED_NORMAL) {
            throw new IllegalArgumentException(op(distribution)
                    + ": expected distribution uniform or normal, got truncated_normal");
        }
    }

    private static String op(Distribution d) {
        return d == Distribution.UNIFORM ? "TorchInitializers.xavierUniform" : "TorchInitializers.xavierNormal";
    }

    /**
     * Samples.
     *
     * @param key the key
     * @param shape a Flaxen-layout shape of rank {@code >= 2}
     * @param dtype a floating dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating or the fans cannot be computed
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        String op = op(distribution);
        Numerics.requireFloating(op, Objects.requireNonNull(dtype, "dtype"));
        Checks.rankAtLeast(op, shape, 2);
        Fans fans = Fans.compute(op, shape, Fans.DEFAULT_IN, Fans.DEFAULT_OUT, Vector.empty());
        double std = gain * Math.sqrt(2.0 / (fans.fanIn() + fans.fanOut()));
        if (distribution == Distribution.UNIFORM) {
            double a = Math.sqrt(3.0) * std;
            return Random.uniform(key, shape, dtype, -a, a);
        }
        return Random.normal(key, shape, dtype, 0, std);
    }

    /**
     * {@code flaxen>TorchXavier {"gain": ..., "distribution": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().number("gain", gain).string("distribution", distribution.jaxName())
                .build(ConfigWriter.FLAXEN + "TorchXavier");
    }

    static Initializer fromConfig(ConfigReader r) {
        double gain = r.number("gain", 1.0);
        return r.finish(new TorchXavier(gain, Distribution.parse(r.op(), r.string("distribution", "uniform"))));
    }
}
