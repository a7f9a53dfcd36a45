package dev.flaxen.init;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * {@code mxnet.initializer} under MXNet's names, on Flaxen's layout and JAX's samplers. MXNet weights are
 * {@code (out, in, k...)} with {@code fan_in = shape[1] * prod(shape[2:])}; Flaxen kernels are {@code (k..., in,
 * out)} with {@code fan_in = shape[-2] * prod(shape[:-2])}: the same numbers for the same layer. MXNet's
 * {@code Zero}, {@code One} and {@code Constant} are {@link Initializers#zeros()}, {@link Initializers#ones()} and
 * {@link Initializers#constant(double)}.
 *
 * <pre>{@code
 * Mixed init = MxnetInitializers.mixed(Vector.of(".*bias$", ".*"),
 *                                      Vector.of(Initializers.zeros(), MxnetInitializers.xavier()));
 * }</pre>
 */
public final class MxnetInitializers {
    private MxnetInitializers() {
    }

    /**
     * {@code mx.init.Uniform(scale)}: uniform in {@code [-scale, scale)}.
     *
     * <pre>{@code
     * MxnetInitializers.uniform(0.07);
     * }</pre>
     *
     * @param scale the bound, {@code > 0}
     * @return {@code RandomUniform(-scale, scale)}
     * @throws IllegalArgumentException unless {@code scale > 0} and finite
     */
    public static RandomUniform uniform(double scale) {
        Checks.positive("MxnetInitializers.uniform", "scale", scale);
        return new RandomUniform(-scale, scale);
    }

    /**
     * {@code mx.init.Normal(sigma)}: normal with mean 0.
     *
     * <pre>{@code
     * MxnetInitializers.normal(0.01);
     * }</pre>
     *
     * @param sigma the standard deviation, {@code > 0}
     * @return {@code RandomNormal(0, sigma)}
     * @throws IllegalArgumentException unless {@code sigma > 0} and finite
     */
    public static RandomNormal normal(double sigma) {
        Checks.positive("MxnetInitializers.normal", "sigma", sigma);
        return new RandomNormal(0, sigma);
    }

    /**
     * {@code mx.init.Xavier()}: {@code ("uniform", "avg", 3)}.
     *
     * <pre>{@code
     * MxnetInitializers.xavier();
     * }</pre>
     *
     * @return {@code MxnetXavier(UNIFORM, FAN_AVG, 3)}
     */
    public static MxnetXavier xavier() {
        return xavier("uniform", "avg", 3);
    }

    /**
     * {@code mx.init.Xavier(rnd_type, factor_type, magnitude)}; see {@link MxnetXavier}.
     *
     * <pre>{@code
     * MxnetInitializers.xavier("gaussian", "out", 2);
     * }</pre>
     *
     * @param rndType {@code "uniform"} or {@code "gaussian"}
     * @param factorType {@code "avg"}, {@code "in"} or {@code "out"}
     * @param magnitude the scale of the variance, {@code > 0}
     * @return the initializer
     * @throws IllegalArgumentException for another string or {@code magnitude <= 0}
     */
    public static MxnetXavier xavier(String rndType, String factorType, double magnitude) {
        String op = "MxnetInitializers.xavier";
        return new MxnetXavier(MxnetXavier.rndType(op, rndType), MxnetXavier.factorType(op, factorType), magnitude);
    }

    /**
     * {@code mx.init.MSRAPrelu()}: {@code factor_type "avg"}, slope 0.25.
     *
     * <pre>{@code
     * MxnetInitializers.msraPrelu();
     * }</pre>
     *
     * @return {@code MsraPrelu(FAN_AVG, 0.25)}
     */
    public static MsraPrelu msraPrelu() {
        return msraPrelu("avg", 0.25);
    }

    /**
     * {@code mx.init.MSRAPrelu(factor_type, slope)}; see {@link MsraPrelu}.
     *
     * <pre>{@code
     * MxnetInitializers.msraPrelu("in", 0);   // He normal, untruncated
     * }</pre>
     *
     * @param factorType {@code "avg"}, {@code "in"} or {@code "out"}
     * @param slope the initial PReLU slope
     * @return the initializer
     * @throws IllegalArgumentException for another string or a non-finite slope
     */
    public static MsraPrelu msraPrelu(String factorType, double slope) {
        return new MsraPrelu(MxnetXavier.factorType("MxnetInitializers.msraPrelu", factorType), slope);
    }

    /**
     * {@code mx.init.Mixed(patterns, initializers)}: the first pattern matching a parameter path picks its initializer;
     * see {@link Mixed} for the pattern syntax.
     *
     * <pre>{@code
     * MxnetInitializers.mixed(Vector.of(".*bias$", ".*"), Vector.of(Initializers.zeros(), Initializers.heNormal()));
     * }</pre>
     *
     * @param patterns regular expressions matched against the start of "/"-joined paths
     * @param initializers one initializer per pattern
     * @return the rules
     * @throws IllegalArgumentException if the counts differ or a pattern is not a regular expression
     */
    public static Mixed mixed(Seq<String> patterns, Seq<Initializer> initializers) {
        return new Mixed(Vector.ofAll(patterns), Vector.ofAll(initializers));
    }
}
