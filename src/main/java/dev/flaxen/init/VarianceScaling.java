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
 * {@code jax.nn.initializers.variance_scaling(scale, mode, distribution, in_axis, out_axis, batch_axis)}: samples
 * with variance {@code scale / n}, {@code n} the fan picked by {@code mode} ({@link Fans}). Bit for bit as JAX:
 * <pre>
 * variance = dtype(scale / n)                              n in double, one rounding to the dtype
 * truncated_normal: truncated_normal(key, -2, 2) * (sqrt(variance) / dtype(0.87962566103423978))
 * normal:           normal(key) * sqrt(variance)
 * uniform:          uniform(key, -1, 1) * sqrt(3 * variance)
 * </pre>
 * where {@code sqrt}, {@code /} and {@code *} are operations in the dtype. Glorot ({@code 1, fan_avg}), LeCun
 * ({@code 1, fan_in}) and He ({@code 2, fan_in}) are variance scalings; {@link Initializers} makes them.
 *
 * <p>Config: Keras {@code GlorotUniform}, {@code GlorotNormal}, {@code LecunUniform}, {@code LecunNormal},
 * {@code HeUniform}, {@code HeNormal} ({@code {seed}}) for those six, else Keras {@code VarianceScaling {seed, scale,
 * mode, distribution}} (Keras spells the normal distribution {@code "untruncated_normal"}); with non-default axes or
 * {@code fan_geo_avg}, {@code flaxen>VarianceScaling {scale, mode, distribution, in_axis, out_axis, batch_axis}} with
 * JAX's spelling.
 *
 * <pre>{@code
 * Initializer conv = Initializers.heNormal();              // kernel (kh, kw, in, out): fan_in = kh*kw*in
 * Initializer x = Initializers.glorotUniform().withInAxis(0, 1).withOutAxis(2);
 * }</pre>
 *
 * @param scale the scale, {@code > 0}
 * @param mode the fan to divide by
 * @param distribution the distribution
 * @param inAxis the input axes (one or more)
 * @param outAxis the output axes (one or more)
 * @param batchAxis axes the fans ignore (often none)
 */
public record VarianceScaling(double scale, FanMode mode, Distribution distribution, Vector<Integer> inAxis,
                              Vector<Integer> outAxis, Vector<Integer> batchAxis) implements Initializer {
    /** The standard deviation of a standard normal truncated to (-2, 2). */
    private static final double TRUNCATED_STDDEV = .87962566103423978;
    private static final Vector<Integer> NO_AXES = Vector.empty();

    /**
     * Checks the arguments.
     *
     * @param scale the {@code scale} component (see the class comment)
     * @param mode the {@code mode} component (see the class comment)
     * @param distribution the {@code distribution} component (see the class comment)
     * @param inAxis the {@code inAxis} component (see the class comment)
     * @param outAxis the {@code outAxis} component (see the class comment)
     * @param batchAxis the {@code batchAxis} component (see the class comment)
     * @throws IllegalArgumentException unless {@code scale > 0} and finite
     */
    public VarianceScaling {
        Checks.positive("VarianceScaling", "scale", scale);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(inAxis, "inAxis");
        Objects.requireNonNull(outAxis, "outAxis");
        Objects.requireNonNull(batchAxis, "batchAxis");
    }

    /** The default axes of JAX: {@code in_axis=-2, out_axis=-1, batch_axis=()}. */
    VarianceScaling(double scale, FanMode mode, Distribution distribution) {
        this(scale, mode, distribution, Fans.DEFAULT_IN, Fans.DEFAULT_OUT, NO_AXES);
    }

    /**
     * A copy with other input axes.
     *
     * <pre>{@code
     * Initializers.lecunNormal().withInAxis(0, 1);   // fan_in = shape[0] * shape[1]
     * }</pre>
     *
     * @param axes one or more axes
     * @return the copy
     */
    public VarianceScaling withInAxis(int... axes) {
        return new VarianceScaling(scale, mode, distribution, Vector.ofAll(axes), outAxis, batchAxis);
    }

    /**
     * A copy with other output axes.
     *
     * <pre>{@code
     * Initializers.lecunNormal().withOutAxis(0);
     * }</pre>
     *
     * @param axes one or more axes
     * @return the copy
     */
    public VarianceScaling withOutAxis(int... axes) {
        return new VarianceScaling(scale, mode, distribution, inAxis, Vector.ofAll(axes), batchAxis);
    }

    /**
     * A copy with other batch axes (ignored by the fans).
     *
     * <pre>{@code
     * Initializers.glorotNormal().withBatchAxis(0);   // a stack of kernels (batch, in, out)
     * }</pre>
     *
     * @param axes zero or more axes
     * @return the copy
     */
    public VarianceScaling withBatchAxis(int... axes) {
        return new VarianceScaling(scale, mode, distribution, inAxis, outAxis, Vector.ofAll(axes));
    }

    /**
     * Samples. When the standard deviation (or the uniform limit {@code sqrt(3 * variance)}) overflows the dtype, e.g.
     * {@code scale / n} above 65504 in float16, the samples are ±inf, and NaN where a sample is zero, as in JAX.
     *
     * @param key the key
     * @param shape the shape; the fans must be computable (rank 2 or more with the default axes, no zero dimension)
     * @param dtype a floating dtype
     * @return the samples
     * @throws IllegalArgumentException if the dtype is not floating or the fans cannot be computed
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        String op = "Initializers." + jaxName();
        Numerics.requireFloating(op, Objects.requireNonNull(dtype, "dtype"));
        Fans fans = Fans.compute(op, shape, inAxis, outAxis, batchAxis);
        double variance = Numerics.round(scale / mode.denominator(fans), dtype);
        switch (distribution) {
            case TRUNCATED_NORMAL: {
                double stddev = Numerics.div(Numerics.sqrt(variance, dtype),
                        Numerics.round(TRUNCATED_STDDEV, dtype), dtype);
                return Double.isFinite(stddev) ? Random.truncatedNormal(key, -2, 2, shape, dtype, 0, stddev)
                        : overflowed(Random.truncatedNormal(key, -2, 2, shape, dtype), stddev);
            }
            case NORMAL: {
                double stddev = Numerics.sqrt(variance, dtype);
                return Double.isFinite(stddev) ? Random.normal(key, shape, dtype, 0, stddev)
                        : overflowed(Random.normal(key, shape, dtype), stddev);
            }
            default: {
                double limit = Numerics.sqrt(Numerics.mul(3, variance, dtype), dtype);
                return Double.isFinite(limit) ? Random.uniform(key, shape, dtype, -1, 1, limit)
                        : overflowed(Random.uniform(key, shape, dtype, -1, 1), limit);
            }
        }
    }

    /**
     * {@code samples * factor} for a factor that overflowed the dtype (e.g. {@code scale / fan_in} above float16's
     * 65504): JAX multiplies by the infinity, giving ±inf, and NaN where a sample is zero. The one-pass samplers take
     * finite factors only, so this multiplies in a second pass.
     */
    private static Array overflowed(Array samples, double factor) {
        return Numerics.affine(samples, factor, 0);
    }

    private boolean defaultAxes() {
        return inAxis.equals(Fans.DEFAULT_IN) && outAxis.equals(Fans.DEFAULT_OUT) && batchAxis.isEmpty();
    }

    /** The Keras class name of the named special cases, or null. */
    private String kerasName() {
        if (distribution == Distribution.NORMAL) {
            return null;
        }
        boolean trunc = distribution == Distribution.TRUNCATED_NORMAL;
        if (scale == 1 && mode == FanMode.FAN_AVG) {
            return trunc ? "GlorotNormal" : "GlorotUniform";
        }
        if (scale == 1 && mode == FanMode.FAN_IN) {
            return trunc ? "LecunNormal" : "LecunUniform";
        }
        if (scale == 2 && mode == FanMode.FAN_IN) {
            return trunc ? "HeNormal" : "HeUniform";
        }
        return null;
    }

    /** The JAX factory name, e.g. {@code glorotUniform} or {@code varianceScaling}. */
    String jaxName() {
        String k = kerasName();
        return k == null ? "varianceScaling" : Character.toLowerCase(k.charAt(0)) + k.substring(1);
    }

    /**
     * The Keras config for the default axes (a named class or {@code VarianceScaling}), else the {@code flaxen>} form.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        if (!defaultAxes() || mode == FanMode.FAN_GEO_AVG) {
            return new ConfigWriter().number("scale", scale).string("mode", mode.jaxName())
                    .string("distribution", distribution.jaxName()).axes("in_axis", inAxis).axes("out_axis", outAxis)
                    .axes("batch_axis", batchAxis).build(ConfigWriter.FLAXEN + "VarianceScaling");
        }
        String named = kerasName();
        if (named != null) {
            return new ConfigWriter().seed().build(named);
        }
        String dist = distribution == Distribution.NORMAL ? "untruncated_normal" : distribution.jaxName();
        return new ConfigWriter().seed().number("scale", scale).string("mode", mode.jaxName())
                .string("distribution", dist).build("VarianceScaling");
    }

    static Initializer named(ConfigReader r, double scale, FanMode mode, Distribution distribution) {
        r.seed();
        return r.finish(new VarianceScaling(scale, mode, distribution));
    }

    static Initializer fromKerasConfig(ConfigReader r) {
        r.seed();
        double scale = r.number("scale", 1.0);
        String mode = r.string("mode", "fan_in");
        if (mode.equals(FanMode.FAN_GEO_AVG.jaxName())) {
            throw new IllegalArgumentException(r.op() + ": expected mode one of fan_in, fan_out, fan_avg in the"
                    + " config of VarianceScaling (Keras), got 'fan_geo_avg'. Use flaxen>VarianceScaling");
        }
        String dist = r.string("distribution", "truncated_normal");
        Distribution d = dist.equals("untruncated_normal") ? Distribution.NORMAL
                : dist.equals("normal") ? Distribution.TRUNCATED_NORMAL : Distribution.parse(r.op(), dist);
        return r.finish(new VarianceScaling(scale, FanMode.parse(r.op(), mode), d));
    }

    static Initializer fromConfig(ConfigReader r) {
        double scale = r.number("scale", 1.0);
        FanMode mode = FanMode.parse(r.op(), r.string("mode", "fan_in"));
        Distribution d = Distribution.parse(r.op(), r.string("distribution", "truncated_normal"));
        return r.finish(new VarianceScaling(scale, mode, d, r.axes("in_axis", Fans.DEFAULT_IN),
                r.axes("out_axis", Fans.DEFAULT_OUT), r.axes("batch_axis", NO_AXES)));
    }
}
