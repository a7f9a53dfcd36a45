package dev.flaxen.init;

/**
 * {@code torch.nn.init} under PyTorch's names (without the trailing underscore: nothing is filled in place), on
 * Flaxen's layout and JAX's samplers. Two things differ from PyTorch and are mapped explicitly:
 * <ul>
 *   <li>Layout. PyTorch weights are {@code (out, in, k...)} and {@code fan_in = shape[1] * prod(shape[2:])}; Flaxen
 *   kernels are Flax's {@code (k..., in, out)} and {@code fan_in = shape[-2] * prod(shape[:-2])}. For the same layer
 *   these are the same numbers, so every initializer here gives PyTorch's distribution for the Flaxen kernel of
 *   that layer ({@link Fans#ofTorchLayout(Shape)} computes PyTorch's fans of a PyTorch-layout shape).</li>
 *   <li>Numbers. PyTorch's generator is not JAX's; every initializer here states its formula over
 *   {@code jax.random.uniform}, {@code normal} and {@code truncated_normal}, so the same key gives the same numbers
 *   as that JAX expression.</li>
 * </ul>
 * Careful: {@link Initializers#kaimingUniform()}, {@link Initializers#kaimingNormal()},
 * {@link Initializers#xavierUniform()} and {@link Initializers#xavierNormal()} are JAX's aliases of He/Glorot
 * (variance scaling; the normals truncated), not these.
 *
 * <pre>{@code
 * Initializer w = TorchInitializers.kaimingNormal(0, FanMode.FAN_OUT, "relu");   // ResNet's conv init
 * double g = TorchInitializers.calculateGain("leaky_relu", 0.2);                 // sqrt(2 / 1.04)
 * }</pre>
 */
public final class TorchInitializers {
    private TorchInitializers() {
    }

    /**
     * {@code torch.nn.init.calculate_gain(nonlinearity)}: {@code linear}, {@code conv1d..3d},
     * {@code conv_transpose1d..3d}, {@code sigmoid}: 1; {@code tanh}: 5/3; {@code relu}: sqrt(2); {@code leaky_relu}:
     * {@code sqrt(2 / (1 + 0.01^2))}; {@code selu}: 3/4.
     *
     * <pre>{@code
     * TorchInitializers.calculateGain("tanh");   // 1.6666666666666667
     * }</pre>
     *
     * @param nonlinearity the name
     * @return the gain
     * @throws IllegalArgumentException for an unknown name
     */
    public static double calculateGain(String nonlinearity) {
        return gain("TorchInitializers.calculateGain", nonlinearity, 0.01);
    }

    /**
     * {@code torch.nn.init.calculate_gain(nonlinearity, param)}: {@code param} is the negative slope of
     * {@code leaky_relu} and ignored otherwise.
     *
     * <pre>{@code
     * TorchInitializers.calculateGain("leaky_relu", Math.sqrt(5));   // sqrt(1/3), nn.Linear's gain
     * }</pre>
     *
     * @param nonlinearity the name
     * @param param the negative slope for {@code leaky_relu}
     * @return the gain
     * @throws IllegalArgumentException for an unknown name
     */
    public static double calculateGain(String nonlinearity, double param) {
        return gain("TorchInitializers.calculateGain", nonlinearity, param);
    }

    static double gain(String op, String nonlinearity, double slope) {
        switch (nonlinearity) {
            case "linear": case "conv1d": case "conv2d": case "conv3d":
            case "conv_transpose1d": case "conv_transpose2d": case "conv_transpose3d": case "sigmoid":
                return 1;
            case "tanh":
                return 5.0 / 3;
            case "relu":
                return Math.sqrt(2.0);
            case "leaky_relu":
                return Math.sqrt(2.0 / (1 + slope * slope));
            case "selu":
                return 3.0 / 4;
            default:
                throw new IllegalArgumentException(op + ": expected nonlinearity one of linear, conv1d, conv2d,"
                        + " conv3d, conv_transpose1d, conv_transpose2d, conv_transpose3d, sigmoid, tanh, relu,"
                        + " leaky_relu, selu, got '" + nonlinearity + "'");
        }
    }

    /**
     * {@code torch.nn.init.uniform_(a, b)}: {@code jax.random.uniform(key, shape, dtype, a, b)}.
     *
     * <pre>{@code
     * TorchInitializers.uniform(-0.1, 0.1);
     * }</pre>
     *
     * @param a the lower bound
     * @param b the upper bound, {@code > a}
     * @return {@code RandomUniform(a, b)}
     * @throws IllegalArgumentException unless {@code a < b}, both finite
     */
    public static RandomUniform uniform(double a, double b) {
        Checks.less("TorchInitializers.uniform", "a", a, "b", b);
        return new RandomUniform(a, b);
    }

    /**
     * {@code torch.nn.init.normal_(mean, std)}: {@code jax.random.normal(key, shape, dtype) * std + mean}.
     *
     * <pre>{@code
     * TorchInitializers.normal(0, 0.02);   // GPT-2's weight init
     * }</pre>
     *
     * @param mean the mean
     * @param std the standard deviation, {@code > 0}
     * @return {@code RandomNormal(mean, std)}
     * @throws IllegalArgumentException unless {@code std > 0} and both are finite
     */
    public static RandomNormal normal(double mean, double std) {
        Checks.finite("TorchInitializers.normal", "mean", mean);
        Checks.positive("TorchInitializers.normal", "std", std);
        return new RandomNormal(mean, std);
    }

    /**
     * {@code torch.nn.init.trunc_normal_()}: mean 0, std 1, absolute bounds {@code [-2, 2]}.
     *
     * <pre>{@code
     * TorchInitializers.truncNormal();
     * }</pre>
     *
     * @return {@code TorchTruncNormal(0, 1, -2, 2)}
     */
    public static TorchTruncNormal truncNormal() {
        return new TorchTruncNormal(0, 1, -2, 2);
    }

    /**
     * {@code torch.nn.init.trunc_normal_(mean, std, a, b)}: bounds {@code a, b} in output units; see
     * {@link TorchTruncNormal} for the formula.
     *
     * <pre>{@code
     * TorchInitializers.truncNormal(0, 0.02, -0.04, 0.04);
     * }</pre>
     *
     * @param mean the mean
     * @param std the standard deviation, {@code > 0}
     * @param a the lower bound
     * @param b the upper bound, {@code > a}
     * @return the initializer
     * @throws IllegalArgumentException unless {@code std > 0} and {@code a < b}, all finite
     */
    public static TorchTruncNormal truncNormal(double mean, double std, double a, double b) {
        return new TorchTruncNormal(mean, std, a, b);
    }

    /**
     * {@code torch.nn.init.xavier_uniform_()}: gain 1.
     *
     * <pre>{@code
     * TorchInitializers.xavierUniform();
     * }</pre>
     *
     * @return {@code TorchXavier(1.0, UNIFORM)}
     */
    public static TorchXavier xavierUniform() {
        return xavierUniform(1.0);
    }

    /**
     * {@code torch.nn.init.xavier_uniform_(gain)}; see {@link TorchXavier}.
     *
     * <pre>{@code
     * TorchInitializers.xavierUniform(TorchInitializers.calculateGain("relu"));
     * }</pre>
     *
     * @param gain the gain, {@code > 0}
     * @return the initializer
     * @throws IllegalArgumentException unless {@code gain > 0} and finite
     */
    public static TorchXavier xavierUniform(double gain) {
        return new TorchXavier(gain, Distribution.UNIFORM);
    }

    /**
     * {@code torch.nn.init.xavier_normal_()}: gain 1, untruncated.
     *
     * <pre>{@code
     * TorchInitializers.xavierNormal();
     * }</pre>
     *
     * @return {@code TorchXavier(1.0, NORMAL)}
     */
    public static TorchXavier xavierNormal() {
        return xavierNormal(1.0);
    }

    /**
     * {@code torch.nn.init.xavier_normal_(gain)}; see {@link TorchXavier}.
     *
     * <pre>{@code
     * TorchInitializers.xavierNormal(0.5);
     * }</pre>
     *
     * @param gain the gain, {@code > 0}
     * @return the initializer
     * @throws IllegalArgumentException unless {@code gain > 0} and finite
     */
    public static TorchXavier xavierNormal(double gain) {
        return new TorchXavier(gain, Distribution.NORMAL);
    }

    /**
     * {@code torch.nn.init.kaiming_uniform_()}: {@code a = 0}, {@code fan_in}, {@code leaky_relu}, i.e. uniform in
     * {@code ±sqrt(6 / fan_in)}.
     *
     * <pre>{@code
     * TorchInitializers.kaimingUniform();
     * }</pre>
     *
     * @return {@code TorchKaiming(0, FAN_IN, "leaky_relu", UNIFORM)}
     */
    public static TorchKaiming kaimingUniform() {
        return kaimingUniform(0, FanMode.FAN_IN, "leaky_relu");
    }

    /**
     * {@code torch.nn.init.kaiming_uniform_(a, mode, nonlinearity)}; see {@link TorchKaiming}.
     *
     * <pre>{@code
     * TorchInitializers.kaimingUniform(Math.sqrt(5), FanMode.FAN_IN, "leaky_relu");   // nn.Linear's weights
     * }</pre>
     *
     * @param a the negative slope of {@code leaky_relu}
     * @param mode {@code FAN_IN} or {@code FAN_OUT}
     * @param nonlinearity a name {@link #calculateGain(String, double)} knows
     * @return the initializer
     * @throws IllegalArgumentException for another mode or an unknown nonlinearity
     */
    public static TorchKaiming kaimingUniform(double a, FanMode mode, String nonlinearity) {
        return new TorchKaiming(a, mode, nonlinearity, Distribution.UNIFORM);
    }

    /**
     * {@code torch.nn.init.kaiming_normal_()}: {@code a = 0}, {@code fan_in}, {@code leaky_relu}, i.e. an untruncated
     * normal with variance {@code 2 / fan_in}.
     *
     * <pre>{@code
     * TorchInitializers.kaimingNormal();
     * }</pre>
     *
     * @return {@code TorchKaiming(0, FAN_IN, "leaky_relu", NORMAL)}
     */
    public static TorchKaiming kaimingNormal() {
        return kaimingNormal(0, FanMode.FAN_IN, "leaky_relu");
    }

    /**
     * {@code torch.nn.init.kaiming_normal_(a, mode, nonlinearity)}; see {@link TorchKaiming}.
     *
     * <pre>{@code
     * TorchInitializers.kaimingNormal(0, FanMode.FAN_OUT, "relu");
     * }</pre>
     *
     * @param a the negative slope of {@code leaky_relu}
     * @param mode {@code FAN_IN} or {@code FAN_OUT}
     * @param nonlinearity a name {@link #calculateGain(String, double)} knows
     * @return the initializer
     * @throws IllegalArgumentException for another mode or an unknown nonlinearity
     */
    public static TorchKaiming kaimingNormal(double a, FanMode mode, String nonlinearity) {
        return new TorchKaiming(a, mode, nonlinearity, Distribution.NORMAL);
    }

    /**
     * {@code torch.nn.init.eye_}: the identity matrix of a rank-2 shape.
     *
     * <pre>{@code
     * TorchInitializers.eye().init(PRNGKey.of(0), Shape.of(3, 3));
     * }</pre>
     *
     * @return {@code Identity(1.0)}
     */
    public static Identity eye() {
        return new Identity(1.0);
    }

    /**
     * {@code torch.nn.init.dirac_()}: one group.
     *
     * <pre>{@code
     * TorchInitializers.dirac();
     * }</pre>
     *
     * @return {@code Dirac(1)}
     */
    public static Dirac dirac() {
        return dirac(1);
    }

    /**
     * {@code torch.nn.init.dirac_(groups)}; see {@link Dirac}.
     *
     * <pre>{@code
     * TorchInitializers.dirac(2).init(PRNGKey.of(0), Shape.of(3, 4, 8));   // identity per group of 4 outputs
     * }</pre>
     *
     * @param groups the number of groups, {@code >= 1}
     * @return the initializer
     * @throws IllegalArgumentException if {@code groups < 1}
     */
    public static Dirac dirac(int groups) {
        return new Dirac(groups);
    }

    /**
     * {@code torch.nn.init.sparse_(sparsity)}: standard deviation 0.01.
     *
     * <pre>{@code
     * TorchInitializers.sparse(0.1);
     * }</pre>
     *
     * @param sparsity the fraction of zeros per input unit, in {@code [0, 1]}
     * @return {@code Sparse(sparsity, 0.01)}
     * @throws IllegalArgumentException if {@code sparsity} is outside {@code [0, 1]}
     */
    public static Sparse sparse(double sparsity) {
        return sparse(sparsity, 0.01);
    }

    /**
     * {@code torch.nn.init.sparse_(sparsity, std)}; see {@link Sparse}.
     *
     * <pre>{@code
     * TorchInitializers.sparse(0.9, 0.01);
     * }</pre>
     *
     * @param sparsity the fraction of zeros per input unit, in {@code [0, 1]}
     * @param std the standard deviation, {@code > 0}
     * @return the initializer
     * @throws IllegalArgumentException if {@code sparsity} is outside {@code [0, 1]} or {@code std <= 0}
     */
    public static Sparse sparse(double sparsity, double std) {
        return new Sparse(sparsity, std);
    }
}
