package dev.flaxen.init;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The initializers of {@code jax.nn.initializers} (re-exported by {@code flax.linen.initializers}), under JAX's names
 * in lowerCamelCase, bit for bit what JAX 0.10.2 gives on CPU for the same key, shape and dtype (orthogonal ones to
 * about {@code 1e-6}). Aliases are JAX's: {@code xavier*} for {@code glorot*}, {@code kaiming*} for {@code he*}.
 * Kernels use Flax's layout {@code (..., in, out)}: {@code fan_in = shape[-2] * receptive field}. What Keras, PyTorch
 * and MXNet have beyond this is in {@link KerasInitializers}, {@link TorchInitializers} and {@link MxnetInitializers}.
 *
 * <pre>{@code
 * PRNGKey key = PRNGKey.of(0);
 * Array w = Initializers.lecunNormal().init(key, Shape.of(4, 8));   // Flax's default kernel init
 * Array b = Initializers.zeros().init(key, Shape.of(8));            // Flax's default bias init
 * }</pre>
 */
public final class Initializers {
    private static final double DEFAULT_STDDEV = 1e-2;

    private Initializers() {
    }

    /**
     * Zeros, {@code jax.nn.initializers.zeros} (Flax {@code zeros_init()}, Keras {@code Zeros}, PyTorch
     * {@code zeros_}, MXNet {@code Zero}). Any dtype; the key is ignored.
     *
     * <pre>{@code
     * Initializers.zeros().init(PRNGKey.of(0), Shape.of(3));   // [0, 0, 0]
     * }</pre>
     *
     * @return {@code Constant(0.0)}
     */
    public static Constant zeros() {
        return new Constant(0.0);
    }

    /**
     * Ones, {@code jax.nn.initializers.ones} (Flax {@code ones_init()}, Keras {@code Ones}, PyTorch {@code ones_},
     * MXNet {@code One}). Any dtype; the key is ignored.
     *
     * <pre>{@code
     * Initializers.ones().init(PRNGKey.of(0), Shape.of(2), DType.BF16);   // bfloat16 [1, 1]
     * }</pre>
     *
     * @return {@code Constant(1.0)}
     */
    public static Constant ones() {
        return new Constant(1.0);
    }

    /**
     * A constant, {@code jax.nn.initializers.constant(value)} (Keras {@code Constant}, PyTorch {@code constant_}).
     *
     * <pre>{@code
     * Initializers.constant(42).init(PRNGKey.of(0), Shape.of(8, 1));   // all 42.0
     * }</pre>
     *
     * @param value the fill value (rounded to the dtype; truncated for integer dtypes)
     * @return {@code Constant(value)}
     */
    public static Constant constant(double value) {
        return new Constant(value);
    }

    /**
     * {@code jax.nn.initializers.uniform()}: uniform in {@code [0, 0.01)}.
     *
     * <pre>{@code
     * Initializers.uniform().init(PRNGKey.of(0), Shape.of(4, 8));
     * }</pre>
     *
     * @return {@code RandomUniform(0, 0.01)}
     */
    public static RandomUniform uniform() {
        return uniform(DEFAULT_STDDEV);
    }

    /**
     * {@code jax.nn.initializers.uniform(scale)}: {@code uniform(key, shape, dtype) * scale}, uniform in
     * {@code [0, scale)}.
     *
     * <pre>{@code
     * Initializers.uniform(10.0).init(PRNGKey.of(42, ThreefryMode.LEGACY), Shape.of(2, 3));
     * // [[7.298188, 8.691938, 8.7230015], [2.0818567, 1.8662417, 5.5022564]]
     * }</pre>
     *
     * @param scale the upper bound, {@code > 0}
     * @return {@code RandomUniform(0, scale)}
     * @throws IllegalArgumentException unless {@code scale > 0} and finite
     */
    public static RandomUniform uniform(double scale) {
        return new RandomUniform(0, Checks.positive("Initializers.uniform", "scale", scale));
    }

    /**
     * Uniform in {@code [minval, maxval)}: {@code jax.random.uniform(key, shape, dtype, minval, maxval)} (Keras
     * {@code RandomUniform}, PyTorch {@code uniform_(a, b)}).
     *
     * <pre>{@code
     * Initializers.uniform(-10, 10);   // d2l's my_init draws this, then zeroes |w| < 5
     * }</pre>
     *
     * @param minval the inclusive lower bound
     * @param maxval the upper bound
     * @return {@code RandomUniform(minval, maxval)}
     * @throws IllegalArgumentException unless {@code minval < maxval}, both finite
     */
    public static RandomUniform uniform(double minval, double maxval) {
        Checks.less("Initializers.uniform", "minval", minval, "maxval", maxval);
        return new RandomUniform(minval, maxval);
    }

    /**
     * {@code jax.nn.initializers.normal()}: normal with standard deviation 0.01.
     *
     * <pre>{@code
     * Initializers.normal().init(PRNGKey.of(0), Shape.of(4, 8));
     * }</pre>
     *
     * @return {@code RandomNormal(0, 0.01)}
     */
    public static RandomNormal normal() {
        return normal(DEFAULT_STDDEV);
    }

    /**
     * {@code jax.nn.initializers.normal(stddev)}: {@code normal(key, shape, dtype) * stddev}.
     *
     * <pre>{@code
     * Initializers.normal(0.02).init(PRNGKey.of(0), Shape.of(4, 8));
     * }</pre>
     *
     * @param stddev the standard deviation, {@code > 0}
     * @return {@code RandomNormal(0, stddev)}
     * @throws IllegalArgumentException unless {@code stddev > 0} and finite
     */
    public static RandomNormal normal(double stddev) {
        return new RandomNormal(0, Checks.positive("Initializers.normal", "stddev", stddev));
    }

    /**
     * {@code jax.nn.initializers.truncated_normal()}: standard deviation 0.01, bounds {@code ±2}.
     *
     * <pre>{@code
     * Initializers.truncatedNormal().init(PRNGKey.of(0), Shape.of(4, 8));
     * }</pre>
     *
     * @return {@code TruncatedNormal(0, 0.01, -2, 2)}
     */
    public static TruncatedNormal truncatedNormal() {
        return truncatedNormal(DEFAULT_STDDEV);
    }

    /**
     * {@code jax.nn.initializers.truncated_normal(stddev)}: bounds {@code ±2} standard deviations.
     *
     * <pre>{@code
     * Initializers.truncatedNormal(5.0).init(PRNGKey.of(42, ThreefryMode.LEGACY), Shape.of(2, 3));
     * // [[2.9047365, 5.2338114, 5.29852], [-3.836303, -4.192359, 0.6022964]]
     * }</pre>
     *
     * @param stddev the scale, {@code > 0}
     * @return {@code TruncatedNormal(0, stddev, -2, 2)}
     * @throws IllegalArgumentException unless {@code stddev > 0} and finite
     */
    public static TruncatedNormal truncatedNormal(double stddev) {
        return truncatedNormal(stddev, -2, 2);
    }

    /**
     * {@code jax.nn.initializers.truncated_normal(stddev, lower=lower, upper=upper)}:
     * {@code truncated_normal(key, lower, upper, shape, dtype) * stddev}; the bounds are in standard deviations.
     *
     * <pre>{@code
     * Initializers.truncatedNormal(1.0, -3, 1);   // samples in (-3, 1)
     * }</pre>
     *
     * @param stddev the scale, {@code > 0}
     * @param lower the lower bound before scaling
     * @param upper the upper bound before scaling, {@code > lower}
     * @return {@code TruncatedNormal(0, stddev, lower, upper)}
     * @throws IllegalArgumentException unless {@code stddev > 0} and {@code lower < upper}, all finite
     */
    public static TruncatedNormal truncatedNormal(double stddev, double lower, double upper) {
        Checks.positive("Initializers.truncatedNormal", "stddev", stddev);
        Checks.less("Initializers.truncatedNormal", "lower", lower, "upper", upper);
        return new TruncatedNormal(0, stddev, lower, upper);
    }

    /**
     * {@code jax.nn.initializers.variance_scaling(scale, mode, distribution)} with the default axes
     * ({@code in_axis=-2, out_axis=-1}); see {@link VarianceScaling} for the formula.
     *
     * <pre>{@code
     * Initializers.varianceScaling(2.0, FanMode.FAN_OUT, Distribution.NORMAL);
     * }</pre>
     *
     * @param scale the scale, {@code > 0}
     * @param mode the fan
     * @param distribution the distribution
     * @return the initializer
     * @throws IllegalArgumentException unless {@code scale > 0} and finite
     */
    public static VarianceScaling varianceScaling(double scale, FanMode mode, Distribution distribution) {
        Checks.positive("Initializers.varianceScaling", "scale", scale);
        return new VarianceScaling(scale, Objects.requireNonNull(mode, "mode"),
                Objects.requireNonNull(distribution, "distribution"));
    }

    /**
     * {@code variance_scaling} with JAX's strings: {@code "fan_in"}, {@code "fan_out"}, {@code "fan_avg"},
     * {@code "fan_geo_avg"} and {@code "truncated_normal"}, {@code "normal"}, {@code "uniform"}.
     *
     * <pre>{@code
     * Initializers.varianceScaling(2.0, "fan_in", "truncated_normal");   // equals heNormal()
     * }</pre>
     *
     * @param scale the scale, {@code > 0}
     * @param mode a JAX mode string
     * @param distribution a JAX distribution string
     * @return the initializer
     * @throws IllegalArgumentException for an unknown string or unless {@code scale > 0}
     */
    public static VarianceScaling varianceScaling(double scale, String mode, String distribution) {
        String op = "Initializers.varianceScaling";
        return varianceScaling(scale, FanMode.parse(op, mode), Distribution.parse(op, distribution));
    }

    /**
     * {@code variance_scaling(scale, mode, distribution, in_axis, out_axis, batch_axis)} with one input and one output
     * axis (negative axes count from the end). For several axes per argument (JAX's sequences, whose sizes multiply)
     * use {@link VarianceScaling#withInAxis(int...)}, {@code withOutAxis} and {@code withBatchAxis}.
     *
     * <pre>{@code
     * Initializers.varianceScaling(1.0, FanMode.FAN_IN, Distribution.NORMAL, 0, -1);   // a (in, ..., out) kernel
     * Initializers.varianceScaling(1.0, FanMode.FAN_IN, Distribution.NORMAL).withInAxis(0, 1).withOutAxis(2);
     * }</pre>
     *
     * @param scale the scale, {@code > 0}
     * @param mode the fan
     * @param distribution the distribution
     * @param inAxis the input axis
     * @param outAxis the output axis
     * @param batchAxis axes the fans ignore (none by default)
     * @return the initializer
     * @throws IllegalArgumentException unless {@code scale > 0} and finite
     */
    public static VarianceScaling varianceScaling(double scale, FanMode mode, Distribution distribution, int inAxis,
                                                  int outAxis, int... batchAxis) {
        return varianceScaling(scale, mode, distribution).withInAxis(inAxis).withOutAxis(outAxis)
                .withBatchAxis(batchAxis);
    }

    /**
     * {@code jax.nn.initializers.glorot_uniform()} (alias {@link #xavierUniform()}; Keras {@code GlorotUniform}):
     * variance scaling {@code (1.0, fan_avg, uniform)}, uniform in {@code ±sqrt(6 / (fan_in + fan_out))}.
     *
     * <pre>{@code
     * Initializers.glorotUniform().init(PRNGKey.of(42, ThreefryMode.LEGACY), Shape.of(2, 3));
     * // [[0.50350785, 0.8088631, 0.81566876], [-0.6393332, -0.6865721, 0.11003882]]
     * }</pre>
     *
     * @return the initializer; {@code withInAxis}/{@code withOutAxis}/{@code withBatchAxis} give JAX's axis arguments
     */
    public static VarianceScaling glorotUniform() {
        return new VarianceScaling(1.0, FanMode.FAN_AVG, Distribution.UNIFORM);
    }

    /**
     * {@code jax.nn.initializers.glorot_normal()} (alias {@link #xavierNormal()}; Keras {@code GlorotNormal}):
     * variance scaling {@code (1.0, fan_avg, truncated_normal)}.
     *
     * <pre>{@code
     * Initializers.glorotNormal().init(PRNGKey.of(0), Shape.of(4, 8));
     * }</pre>
     *
     * @return the initializer
     */
    public static VarianceScaling glorotNormal() {
        return new VarianceScaling(1.0, FanMode.FAN_AVG, Distribution.TRUNCATED_NORMAL);
    }

    /**
     * JAX's alias {@code xavier_uniform} of {@link #glorotUniform()}. PyTorch's {@code xavier_uniform_(gain)} is
     * {@link TorchInitializers#xavierUniform(double)}.
     *
     * <pre>{@code
     * Initializers.xavierUniform().equals(Initializers.glorotUniform());   // true
     * }</pre>
     *
     * @return {@link #glorotUniform()}
     */
    public static VarianceScaling xavierUniform() {
        return glorotUniform();
    }

    /**
     * JAX's alias {@code xavier_normal} of {@link #glorotNormal()} (a <em>truncated</em> normal). PyTorch's
     * {@code xavier_normal_(gain)}, untruncated, is {@link TorchInitializers#xavierNormal(double)}.
     *
     * <pre>{@code
     * Initializers.xavierNormal().equals(Initializers.glorotNormal());   // true
     * }</pre>
     *
     * @return {@link #glorotNormal()}
     */
    public static VarianceScaling xavierNormal() {
        return glorotNormal();
    }

    /**
     * {@code jax.nn.initializers.he_uniform()} (alias {@link #kaimingUniform()}; Keras {@code HeUniform}): variance
     * scaling {@code (2.0, fan_in, uniform)}.
     *
     * <pre>{@code
     * Initializers.heUniform().init(PRNGKey.of(42, ThreefryMode.LEGACY), Shape.of(2, 3));
     * // [[0.79611576, 1.2789248, 1.2896855], [-1.0108745, -1.0855657, 0.17398663]]
     * }</pre>
     *
     * @return the initializer
     */
    public static VarianceScaling heUniform() {
        return new VarianceScaling(2.0, FanMode.FAN_IN, Distribution.UNIFORM);
    }

    /**
     * {@code jax.nn.initializers.he_normal()} (alias {@link #kaimingNormal()}; Keras {@code HeNormal}): variance
     * scaling {@code (2.0, fan_in, truncated_normal)}, so the variance is {@code 2 / fan_in}.
     *
     * <pre>{@code
     * Initializers.heNormal().init(PRNGKey.of(0), Shape.of(3, 3, 16, 32));   // fan_in = 3*3*16
     * }</pre>
     *
     * @return the initializer
     */
    public static VarianceScaling heNormal() {
        return new VarianceScaling(2.0, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL);
    }

    /**
     * JAX's alias {@code kaiming_uniform} of {@link #heUniform()}. PyTorch's {@code kaiming_uniform_(a, mode,
     * nonlinearity)} is a different function: {@link TorchInitializers#kaimingUniform(double, FanMode, String)}.
     *
     * <pre>{@code
     * Initializers.kaimingUniform().equals(Initializers.heUniform());   // true
     * }</pre>
     *
     * @return {@link #heUniform()}
     */
    public static VarianceScaling kaimingUniform() {
        return heUniform();
    }

    /**
     * JAX's alias {@code kaiming_normal} of {@link #heNormal()} (truncated). PyTorch's {@code kaiming_normal_(a, mode,
     * nonlinearity)}, untruncated, is {@link TorchInitializers#kaimingNormal(double, FanMode, String)}.
     *
     * <pre>{@code
     * Initializers.kaimingNormal().equals(Initializers.heNormal());   // true
     * }</pre>
     *
     * @return {@link #heNormal()}
     */
    public static VarianceScaling kaimingNormal() {
        return heNormal();
    }

    /**
     * {@code jax.nn.initializers.lecun_uniform()} (Keras {@code LecunUniform}): variance scaling
     * {@code (1.0, fan_in, uniform)}.
     *
     * <pre>{@code
     * Initializers.lecunUniform().init(PRNGKey.of(42, ThreefryMode.LEGACY), Shape.of(2, 3));
     * // [[0.56293887, 0.90433645, 0.9119454], [-0.71479625, -0.7676109, 0.12302713]]
     * }</pre>
     *
     * @return the initializer
     */
    public static VarianceScaling lecunUniform() {
        return new VarianceScaling(1.0, FanMode.FAN_IN, Distribution.UNIFORM);
    }

    /**
     * {@code jax.nn.initializers.lecun_normal()} (Keras {@code LecunNormal}), Flax's default kernel initializer:
     * variance scaling {@code (1.0, fan_in, truncated_normal)}.
     *
     * <pre>{@code
     * Initializers.lecunNormal().init(PRNGKey.of(0), Shape.of(4, 8));
     * }</pre>
     *
     * @return the initializer
     */
    public static VarianceScaling lecunNormal() {
        return new VarianceScaling(1.0, FanMode.FAN_IN, Distribution.TRUNCATED_NORMAL);
    }

    /**
     * {@code jax.nn.initializers.orthogonal()}: scale 1, columns along the last axis.
     *
     * <pre>{@code
     * Initializers.orthogonal().init(PRNGKey.of(0), Shape.of(6, 4));
     * }</pre>
     *
     * @return {@code Orthogonal(1.0, -1)}
     */
    public static Orthogonal orthogonal() {
        return orthogonal(1.0);
    }

    /**
     * {@code jax.nn.initializers.orthogonal(scale)} (Keras {@code Orthogonal(gain)}, PyTorch {@code orthogonal_(gain)}).
     *
     * <pre>{@code
     * Initializers.orthogonal(2.0);   // Q^T Q = 4 I
     * }</pre>
     *
     * @param scale the factor
     * @return {@code Orthogonal(scale, -1)}
     * @throws IllegalArgumentException if {@code scale} is not finite
     */
    public static Orthogonal orthogonal(double scale) {
        return orthogonal(scale, -1);
    }

    /**
     * {@code jax.nn.initializers.orthogonal(scale, column_axis)}; see {@link Orthogonal}.
     *
     * <pre>{@code
     * Initializers.orthogonal(1.0, 0);   // orthonormal along axis 0
     * }</pre>
     *
     * @param scale the factor
     * @param columnAxis the axis of the orthogonal columns
     * @return the initializer
     * @throws IllegalArgumentException if {@code scale} is not finite
     */
    public static Orthogonal orthogonal(double scale, int columnAxis) {
        Checks.finite("Initializers.orthogonal", "scale", scale);
        return new Orthogonal(scale, columnAxis);
    }

    /**
     * {@code jax.nn.initializers.delta_orthogonal()}.
     *
     * <pre>{@code
     * Initializers.deltaOrthogonal().init(PRNGKey.of(0), Shape.of(3, 3, 4, 4));
     * }</pre>
     *
     * @return {@code DeltaOrthogonal(1.0, -1)}
     */
    public static DeltaOrthogonal deltaOrthogonal() {
        return deltaOrthogonal(1.0, -1);
    }

    /**
     * {@code jax.nn.initializers.delta_orthogonal(scale)}.
     *
     * <pre>{@code
     * Initializers.deltaOrthogonal(2.0);   // the centre matrix has Q^T Q = 4 I
     * }</pre>
     *
     * @param scale the factor
     * @return {@code DeltaOrthogonal(scale, -1)}
     * @throws IllegalArgumentException if {@code scale} is not finite
     */
    public static DeltaOrthogonal deltaOrthogonal(double scale) {
        return deltaOrthogonal(scale, -1);
    }

    /**
     * {@code jax.nn.initializers.delta_orthogonal(scale, column_axis)}; see {@link DeltaOrthogonal}.
     *
     * <pre>{@code
     * Initializers.deltaOrthogonal(2.0, -1);
     * }</pre>
     *
     * @param scale the factor
     * @param columnAxis the column axis of the centre matrix, in {@code [-2, 2)}
     * @return the initializer
     * @throws IllegalArgumentException if {@code scale} is not finite or the axis is out of range
     */
    public static DeltaOrthogonal deltaOrthogonal(double scale, int columnAxis) {
        Checks.finite("Initializers.deltaOrthogonal", "scale", scale);
        return new DeltaOrthogonal(scale, columnAxis);
    }

    /**
     * Types a lambda as an initializer, so that combinators can follow it directly.
     *
     * <pre>{@code
     * Initializer half = Initializers.of((k, s, d) -> Random.normal(k, s, d)).scaled(0.5);
     * }</pre>
     *
     * @param f the initializer
     * @return {@code f}
     */
    public static Initializer of(Initializer f) {
        return Objects.requireNonNull(f, "f");
    }

    /**
     * Gives a custom initializer a class name, so that it has a config; see {@link Named}.
     *
     * <pre>{@code
     * Initializer spiky = Initializers.named("myproject>Spiky", (k, s, d) -> ...);
     * }</pre>
     *
     * @param className the class name, not a built-in one
     * @param f the initializer
     * @return the named initializer
     * @throws IllegalArgumentException if the name is empty or built in
     */
    public static Named named(String className, Initializer f) {
        return new Named(className, f);
    }

    /**
     * Rebuilds a built-in initializer from its JSON config, Keras's {@code deserialize}:
     * {@code fromConfig(x.toConfig()).equals(x)} for every built-in {@code x}.
     *
     * <pre>{@code
     * Initializers.fromConfig("{\"class_name\": \"HeNormal\", \"config\": {\"seed\": null}}");   // heNormal()
     * }</pre>
     *
     * @param json {@code {"class_name": ..., "config": {...}}}
     * @return the initializer
     * @throws IllegalArgumentException if the JSON is malformed, the class unknown or a key wrong
     */
    public static Initializer fromConfig(String json) {
        return fromConfig(json, HashMap.empty());
    }

    /**
     * {@link #fromConfig(String)} with readers for custom class names (built-in names take precedence).
     *
     * <pre>{@code
     * Initializers.fromConfig(json, HashMap.of("myproject>Spiky", c -> spiky));
     * }</pre>
     *
     * @param json {@code {"class_name": ..., "config": {...}}}
     * @param custom a reader per custom class name
     * @return the initializer
     * @throws IllegalArgumentException if the JSON is malformed, the class unknown or a key wrong
     */
    public static Initializer fromConfig(String json, Map<String, Function<InitializerConfig, Initializer>> custom) {
        String op = "Initializers.fromConfig";
        return Configs.read(op, InitializerConfig.parse(op, json), Objects.requireNonNull(custom, "custom"));
    }

    /**
     * {@link #fromConfig(String)} for a parsed JSON object.
     *
     * <pre>{@code
     * Initializers.fromConfig(new ObjectMapper().readTree(json));
     * }</pre>
     *
     * @param json the JSON object
     * @return the initializer
     * @throws IllegalArgumentException if the object is not a known config
     */
    public static Initializer fromConfig(JsonNode json) {
        String op = "Initializers.fromConfig";
        return Configs.read(op, InitializerConfig.fromJson(op, json), HashMap.empty());
    }

    /**
     * {@link #fromConfig(String)} for an {@link InitializerConfig}.
     *
     * <pre>{@code
     * Initializers.fromConfig(Initializers.ones().config().get());   // ones()
     * }</pre>
     *
     * @param config the config
     * @return the initializer
     * @throws IllegalArgumentException if the config is not a known one
     */
    public static Initializer fromConfig(InitializerConfig config) {
        return Configs.read("Initializers.fromConfig", Objects.requireNonNull(config, "config"), HashMap.empty());
    }
}
