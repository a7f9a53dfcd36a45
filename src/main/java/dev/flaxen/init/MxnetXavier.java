package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Objects;

/**
 * MXNet's {@code Xavier(rnd_type, factor_type, magnitude)}, on Flaxen's layout and JAX's samplers. With {@code factor}
 * the fan {@code factor_type} names ({@code "avg"}: {@code (fan_in + fan_out) / 2}, {@code "in"}, {@code "out"}):
 * <pre>
 * scale = sqrt(magnitude / factor)                                     (double)
 * "uniform":  jax.random.uniform(key, shape, dtype, -scale, scale)
 * "gaussian": jax.random.normal(key, shape, dtype) * dtype(scale)      (not truncated)
 * </pre>
 * Fans: MXNet weights are {@code (out, in, k...)} with {@code fan_in = shape[1] * prod(shape[2:])}; Flaxen kernels are
 * {@code (k..., in, out)} with {@code fan_in = shape[-2] * prod(shape[:-2])}, the same number for the same layer.
 * MXNet's default {@code ("uniform", "avg", 3)} has Glorot uniform's variance.
 *
 * <p>Config: {@code flaxen>MxnetXavier {rnd_type, factor_type, magnitude}} with MXNet's strings.
 *
 * <pre>{@code
 * MxnetInitializers.xavier("gaussian", "in", 2);   // He normal (untruncated)
 * }</pre>
 *
 * @param rndType {@link Distribution#UNIFORM} ({@code "uniform"}) or {@link Distribution#NORMAL} ({@code "gaussian"})
 * @param factorType {@link FanMode#FAN_AVG}, {@link FanMode#FAN_IN} or {@link FanMode#FAN_OUT}
 * @param magnitude the scale of the variance, {@code > 0}
 */
public record MxnetXavier(Distribution rndType, FanMode factorType, double magnitude) implements Initializer {
    private static final String OP = "MxnetInitializers.xavier";

    /**
     * Checks the arguments.
     *
     * @param rndType the {@code rndType} component (see the class comment)
     * @param factorType the {@code factorType} component (see the class comment)
     * @param magnitude the {@code magnitude} component (see the class comment)
     * @throws IllegalArgumentException for a truncated normal, {@code fan_geo_avg} or {@code magnitude <= 0}
     */
    public MxnetXavier {
        Objects.requireNonNull(rndType, "rndType");
        Objects.requireNonNull(factorType, "factorType");
        if (rndType == Distribution.TRUNCATED_NORMAL) {
            throw new IllegalArgumentException(OP + ": expected rnd_type uniform or gaussian, got truncated_normal");
        }
        if (factorType == FanMode.FAN_GEO_AVG) {
            throw new IllegalArgumentException(OP + ": expected factor_type avg, in or out, got fan_geo_avg");
        }
        Checks.positive(OP, "magnitude", magnitude);
    }

    static Distribution rndType(String op, String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "uniform":
                return Distribution.UNIFORM;
            case "gaussian":
                return Distribution.NORMAL;
            default:
                throw new IllegalArgumentException(op + ": expected rnd_type uniform or gaussian, got '" + name + "'");
        }
    }

    static FanMode factorType(String op, String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "avg":
                return FanMode.FAN_AVG;
            case "in":
                return FanMode.FAN_IN;
            case "out":
                return FanMode.FAN_OUT;
            default:
                throw new IllegalArgumentException(op + ": expected factor_type avg, in or out, got '" + name + "'");
        }
    }

    static String factorName(FanMode mode) {
        return mode == FanMode.FAN_AVG ? "avg" : mode == FanMode.FAN_IN ? "in" : "out";
    }

    /**
     * Samples.
     *
     * @param key the key
     * @param shape a Flaxen-layout shape of rank {@code >= 2}
     * @param dtype a floating dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating or the rank is below 2
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        return sample(OP, key, shape, dtype);
    }

    Array sample(String op, PRNGKey key, Shape shape, DType dtype) {
        Numerics.requireFloating(op, Objects.requireNonNull(dtype, "dtype"));
        Checks.rankAtLeast(op, shape, 2);
        Fans fans = Fans.compute(op, shape, Fans.DEFAULT_IN, Fans.DEFAULT_OUT, Vector.empty());
        double factor = factorType == FanMode.FAN_AVG ? (fans.fanIn() + fans.fanOut()) / 2.0
                : factorType == FanMode.FAN_IN ? fans.fanIn() : fans.fanOut();
        double scale = Math.sqrt(magnitude / factor);
        if (rndType == Distribution.UNIFORM) {
            return Random.uniform(key, shape, dtype, -scale, scale);
        }
        return Random.normal(key, shape, dtype, 0, scale);
    }

    /**
     * {@code flaxen>MxnetXavier {"rnd_type": ..., "factor_type": ..., "magnitude": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().string("rnd_type", rndType == Distribution.UNIFORM ? "uniform" : "gaussian")
                .string("factor_type", factorName(factorType)).number("magnitude", magnitude)
                .build(ConfigWriter.FLAXEN + "MxnetXavier");
    }

    static Initializer fromConfig(ConfigReader r) {
        Distribution d = rndType(r.op(), r.string("rnd_type", "uniform"));
        FanMode f = factorType(r.op(), r.string("factor_type", "avg"));
        return r.finish(new MxnetXavier(d, f, r.number("magnitude", 3)));
    }
}
