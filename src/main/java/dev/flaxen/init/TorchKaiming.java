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
 * PyTorch's {@code kaiming_uniform_(a, mode, nonlinearity)} and {@code kaiming_normal_(a, mode, nonlinearity)}, on
 * Flaxen's layout and JAX's samplers. With {@code gain = calculate_gain(nonlinearity, a)} and {@code fan} the fan
 * {@code mode} names:
 * <pre>
 * std = gain / sqrt(fan)                                   (double)
 * uniform: jax.random.uniform(key, shape, dtype, -bound, bound),  bound = sqrt(3) * std
 * normal:  jax.random.normal(key, shape, dtype) * dtype(std)
 * </pre>
 * Fans: PyTorch weights are {@code (out, in, k...)} with {@code fan_in = shape[1] * prod(k)}; Flaxen kernels are
 * {@code (k..., in, out)} with {@code fan_in = shape[-2] * prod(k)}, the same number for the same layer. The fans
 * here are Flaxen's ({@link Fans#of(Shape)}). Not JAX's {@code kaiming_uniform}, which is He uniform
 * ({@link Initializers#kaimingUniform()}): PyTorch's default {@code a = 0, leaky_relu} has the same variance
 * {@code 2 / fan_in} but draws differently, and its normal is not truncated.
 *
 * <p>Config: {@code flaxen>TorchKaiming {a, mode, nonlinearity, distribution}}.
 *
 * <pre>{@code
 * TorchInitializers.kaimingUniform(Math.sqrt(5), FanMode.FAN_IN, "leaky_relu");   // nn.Linear's default weight init
 * }</pre>
 *
 * @param a the negative slope for {@code leaky_relu} (ignored by other nonlinearities)
 * @param mode {@link FanMode#FAN_IN} or {@link FanMode#FAN_OUT}
 * @param nonlinearity a name {@link TorchInitializers#calculateGain(String, double)} knows
 * @param distribution {@link Distribution#UNIFORM} or {@link Distribution#NORMAL}
 */
public record TorchKaiming(double a, FanMode mode, String nonlinearity, Distribution distribution)
        implements Initializer {
    /**
     * Checks the arguments.
     *
     * @param a the {@code a} component (see the class comment)
     * @param mode the {@code mode} component (see the class comment)
     * @param nonlinearity the {@code nonlinearity} component (see the class comment)
     * @param distribution the {@code distribution} component (see the class comment)
     * @throws IllegalArgumentException for another mode or distribution, an unknown nonlinearity or a non-finite a
     */
    public TorchKaiming {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(nonlinearity, "nonlinearity");
        Objects.requireNonNull(distribution, "distribution");
        String op = op(distribution);
        Checks.finite(op, "a", a);
        if (mode != FanMode.FAN_IN && mode != FanMode.FAN_OUT) {
            throw new IllegalArgumentException(op + ": expected mode fan_in or fan_out, got " + mode.jaxName());
        }
        if (distribution == Distribution.TRUNCATED_NORMAL) {
            throw new IllegalArgumentException(op + ": expected distribution uniform or normal, got truncated_normal");
        }
        TorchInitializers.gain(op, nonlinearity, a);
    }

    private static String op(Distribution d) {
        return d == Distribution.UNIFORM ? "TorchInitializers.kaimingUniform" : "TorchInitializers.kaimingNormal";
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
        double fan = mode == FanMode.FAN_IN ? fans.fanIn() : fans.fanOut();
        double std = TorchInitializers.gain(op, nonlinearity, a) / Math.sqrt(fan);
        if (distribution == Distribution.UNIFORM) {
            double bound = Math.sqrt(3.0) * std;
            return Random.uniform(key, shape, dtype, -bound, bound);
        }
        return Random.normal(key, shape, dtype, 0, std);
    }

    /**
     * {@code flaxen>TorchKaiming {"a": ..., "mode": ..., "nonlinearity": ..., "distribution": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().number("a", a).string("mode", mode.jaxName()).string("nonlinearity", nonlinearity)
                .string("distribution", distribution.jaxName()).build(ConfigWriter.FLAXEN + "TorchKaiming");
    }

    static Initializer fromConfig(ConfigReader r) {
        double a = r.number("a", 0.0);
        FanMode mode = FanMode.parse(r.op(), r.string("mode", "fan_in"));
        String nonlinearity = r.string("nonlinearity", "leaky_relu");
        Distribution d = Distribution.parse(r.op(), r.string("distribution", "uniform"));
        return r.finish(new TorchKaiming(a, mode, nonlinearity, d));
    }
}
