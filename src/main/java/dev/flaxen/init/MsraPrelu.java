package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * MXNet's {@code MSRAPrelu(factor_type, slope)} (He et al., 2015, for PReLU): {@code Xavier("gaussian", factor_type,
 * 2 / (1 + slope^2))}, see {@link MxnetXavier} for the formula and the fan layouts.
 *
 * <p>Config: {@code flaxen>MsraPrelu {factor_type, slope}}.
 *
 * <pre>{@code
 * MxnetInitializers.msraPrelu();   // factor_type "avg", slope 0.25
 * }</pre>
 *
 * @param factorType {@link FanMode#FAN_AVG}, {@link FanMode#FAN_IN} or {@link FanMode#FAN_OUT}
 * @param slope the initial negative slope of the PReLU
 */
public record MsraPrelu(FanMode factorType, double slope) implements Initializer {
    private static final String OP = "MxnetInitializers.msraPrelu";

    /**
     * Checks the arguments.
     *
     * @param factorType the {@code factorType} component (see the class comment)
     * @param slope the {@code slope} component (see the class comment)
     * @throws IllegalArgumentException for {@code fan_geo_avg} or a non-finite slope
     */
    public MsraPrelu {
        Objects.requireNonNull(factorType, "factorType");
        Checks.finite(OP, "slope", slope);
        new MxnetXavier(Distribution.NORMAL, factorType, 2.0 / (1 + slope * slope));
    }

    /**
     * The equivalent {@link MxnetXavier}.
     *
     * @return {@code Xavier("gaussian", factorType, 2 / (1 + slope^2))}
     */
    public MxnetXavier xavier() {
        return new MxnetXavier(Distribution.NORMAL, factorType, 2.0 / (1 + slope * slope));
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
        return xavier().sample(OP, key, shape, dtype);
    }

    /**
     * {@code flaxen>MsraPrelu {"factor_type": ..., "slope": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().string("factor_type", MxnetXavier.factorName(factorType)).number("slope", slope)
                .build(ConfigWriter.FLAXEN + "MsraPrelu");
    }

    static Initializer fromConfig(ConfigReader r) {
        FanMode f = MxnetXavier.factorType(r.op(), r.string("factor_type", "avg"));
        return r.finish(new MsraPrelu(f, r.number("slope", 0.25)));
    }
}
