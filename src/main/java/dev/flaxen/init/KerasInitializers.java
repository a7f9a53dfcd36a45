package dev.flaxen.init;

/**
 * The Keras 3 initializers that {@code jax.nn.initializers} lacks, with Keras's names, arguments and defaults; the
 * numbers come from JAX's samplers (as Keras's JAX backend draws them). Keras's others are in {@link Initializers}
 * under the same names: {@code Zeros}, {@code Ones}, {@code Constant}, {@code GlorotUniform}, {@code GlorotNormal},
 * {@code HeUniform}, {@code HeNormal}, {@code LecunUniform}, {@code LecunNormal}, {@code Orthogonal(gain)},
 * {@code VarianceScaling}. Keras kernels are {@code (..., in, out)} like Flax's, so fans agree (Keras alone gives a
 * rank-1 shape {@code fan_in = fan_out = shape[0]}; JAX and Flaxen reject it).
 *
 * <pre>{@code
 * Initializer w = KerasInitializers.randomNormal(0.0, 0.05);   // keras.initializers.RandomNormal()
 * }</pre>
 */
public final class KerasInitializers {
    private KerasInitializers() {
    }

    /**
     * {@code keras.initializers.Identity()}: the identity matrix.
     *
     * <pre>{@code
     * KerasInitializers.identity().init(PRNGKey.of(0), Shape.of(3, 3));   // eye(3)
     * }</pre>
     *
     * @return {@code Identity(1.0)}
     */
    public static Identity identity() {
        return identity(1.0);
    }

    /**
     * {@code keras.initializers.Identity(gain)}: {@code gain * eye(rows, cols)} for a rank-2 shape.
     *
     * <pre>{@code
     * KerasInitializers.identity(2).init(PRNGKey.of(0), Shape.of(2, 3));   // [[2, 0, 0], [0, 2, 0]]
     * }</pre>
     *
     * @param gain the diagonal value
     * @return {@code Identity(gain)}
     * @throws IllegalArgumentException if {@code gain} is not finite
     */
    public static Identity identity(double gain) {
        Checks.finite("KerasInitializers.identity", "gain", gain);
        return new Identity(gain);
    }

    /**
     * {@code keras.initializers.RandomNormal()}: mean 0, standard deviation 0.05.
     *
     * <pre>{@code
     * KerasInitializers.randomNormal().equals(Initializers.normal(0.05));   // true
     * }</pre>
     *
     * @return {@code RandomNormal(0, 0.05)}
     */
    public static RandomNormal randomNormal() {
        return randomNormal(0.0, 0.05);
    }

    /**
     * {@code keras.initializers.RandomNormal(mean, stddev)}: {@code normal(key) * stddev + mean} in the dtype.
     *
     * <pre>{@code
     * KerasInitializers.randomNormal(1.0, 0.02);   // LayerNorm-style scale around 1
     * }</pre>
     *
     * @param mean the mean
     * @param stddev the standard deviation, {@code > 0}
     * @return {@code RandomNormal(mean, stddev)}
     * @throws IllegalArgumentException unless {@code stddev > 0} and both are finite
     */
    public static RandomNormal randomNormal(double mean, double stddev) {
        String op = "KerasInitializers.randomNormal";
        Checks.finite(op, "mean", mean);
        Checks.positive(op, "stddev", stddev);
        return new RandomNormal(mean, stddev);
    }

    /**
     * {@code keras.initializers.RandomUniform()}: uniform in {@code [-0.05, 0.05)}.
     *
     * <pre>{@code
     * KerasInitializers.randomUniform();
     * }</pre>
     *
     * @return {@code RandomUniform(-0.05, 0.05)}
     */
    public static RandomUniform randomUniform() {
        return randomUniform(-0.05, 0.05);
    }

    /**
     * {@code keras.initializers.RandomUniform(minval, maxval)}: {@code jax.random.uniform(key, shape, dtype, minval,
     * maxval)}.
     *
     * <pre>{@code
     * KerasInitializers.randomUniform(-1, 1);
     * }</pre>
     *
     * @param minval the inclusive lower bound
     * @param maxval the upper bound
     * @return {@code RandomUniform(minval, maxval)}
     * @throws IllegalArgumentException unless {@code minval < maxval}, both finite
     */
    public static RandomUniform randomUniform(double minval, double maxval) {
        Checks.less("KerasInitializers.randomUniform", "minval", minval, "maxval", maxval);
        return new RandomUniform(minval, maxval);
    }

    /**
     * {@code keras.initializers.TruncatedNormal()}: mean 0, standard deviation 0.05, truncated at 2 standard
     * deviations.
     *
     * <pre>{@code
     * KerasInitializers.truncatedNormal().equals(Initializers.truncatedNormal(0.05));   // true
     * }</pre>
     *
     * @return {@code TruncatedNormal(0, 0.05, -2, 2)}
     */
    public static TruncatedNormal truncatedNormal() {
        return truncatedNormal(0.0, 0.05);
    }

    /**
     * {@code keras.initializers.TruncatedNormal(mean, stddev)}: {@code truncated_normal(key, -2, 2) * stddev + mean}
     * in the dtype. Not {@link Initializers#truncatedNormal(double, double, double)}, whose arguments are
     * {@code (stddev, lower, upper)}.
     *
     * <pre>{@code
     * KerasInitializers.truncatedNormal(0.0, 0.02);   // BERT's initializer_range
     * }</pre>
     *
     * @param mean the mean
     * @param stddev the standard deviation before truncation, {@code > 0}
     * @return {@code TruncatedNormal(mean, stddev, -2, 2)}
     * @throws IllegalArgumentException unless {@code stddev > 0} and both are finite
     */
    public static TruncatedNormal truncatedNormal(double mean, double stddev) {
        String op = "KerasInitializers.truncatedNormal";
        Checks.finite(op, "mean", mean);
        Checks.positive(op, "stddev", stddev);
        return new TruncatedNormal(mean, stddev, -2, 2);
    }
}
