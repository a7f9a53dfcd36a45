package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A delta-orthogonal convolution kernel, {@code jax.nn.initializers.delta_orthogonal(scale, column_axis)} (Xiao et
 * al., 2018): zeros except at the spatial centre {@code ((k1-1)/2, (k2-1)/2, ...)}, which holds
 * {@code orthogonal(scale, columnAxis)(key, (in, out), dtype)}. The shape is a Flax kernel {@code (k1[, k2[, k3]],
 * in, out)} of rank 3 to 5 with {@code in <= out}. Like {@link Orthogonal}, it matches JAX to about {@code 1e-6}, not
 * bit for bit.
 *
 * <p>Config: {@code flaxen>DeltaOrthogonal {scale, column_axis}}.
 *
 * <pre>{@code
 * Array k = Initializers.deltaOrthogonal().init(PRNGKey.of(0), Shape.of(3, 3, 4, 4));   // k[1, 1] is orthogonal
 * }</pre>
 *
 * @param scale the factor applied to the orthogonal matrix
 * @param columnAxis the column axis of the {@code (in, out)} matrix: {@code -1} or {@code -2} (or 1, 0)
 */
public record DeltaOrthogonal(double scale, int columnAxis) implements Initializer {
    private static final String OP = "Initializers.deltaOrthogonal";

    /**
     * Checks the arguments.
     *
     * @param scale the {@code scale} component (see the class comment)
     * @param columnAxis the {@code columnAxis} component (see the class comment)
     * @throws IllegalArgumentException if {@code scale} is not finite or {@code columnAxis} is not an axis of a matrix
     */
    public DeltaOrthogonal {
        Checks.finite("DeltaOrthogonal", "scale", scale);
        if (columnAxis < -2 || columnAxis > 1) {
            throw new IllegalArgumentException("DeltaOrthogonal: expected columnAxis in [-2, 2), got " + columnAxis);
        }
    }

    /**
     * Samples.
     *
     * @param key the key
     * @param shape a shape of rank 3 to 5 with {@code shape[-1] >= shape[-2]}
     * @param dtype a floating dtype
     * @return the kernel
     * @throws IllegalArgumentException if the dtype is not floating or the shape does not qualify
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        Numerics.requireFloating(OP, Objects.requireNonNull(dtype, "dtype"));
        Checks.rankBetween(OP, shape, 3, 5);
        int in = shape.dim(-2);
        int out = shape.dim(-1);
        if (out < in) {
            throw new IllegalArgumentException(OP + ": expected shape[-1] >= shape[-2] (fan_in <= fan_out), got "
                    + shape);
        }
        double[] m = new Orthogonal(scale, columnAxis).sample(OP, key, Shape.of(in, out), dtype).toDoubleArray();
        int offset = 0;
        for (int axis = 0; axis < shape.rank() - 2; axis++) {
            offset = offset * shape.dim(axis) + (shape.dim(axis) - 1) / 2;
        }
        int start = offset * in * out;
        return Numerics.build(shape, dtype, i -> i >= start && i < start + m.length ? m[i - start] : 0);
    }

    /**
     * {@code flaxen>DeltaOrthogonal {"scale": ..., "column_axis": ...}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return new ConfigWriter().number("scale", scale).integer("column_axis", columnAxis)
                .build(ConfigWriter.FLAXEN + "DeltaOrthogonal");
    }

    static Initializer fromConfig(ConfigReader r) {
        return r.finish(new DeltaOrthogonal(r.number("scale", 1.0), r.integer("column_axis", -1)));
    }
}
