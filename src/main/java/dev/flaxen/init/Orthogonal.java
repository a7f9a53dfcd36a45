package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A (semi-)orthogonal matrix, {@code jax.nn.initializers.orthogonal(scale, column_axis)}: with {@code n_cols =
 * shape[columnAxis]} and {@code n_rows} the product of the other dimensions, JAX draws {@code A = normal(key,
 * (max(n_rows, n_cols), min(n_rows, n_cols)), dtype)}, takes the reduced QR {@code A = QR}, sets {@code Q = Q *
 * sign(diag(R))} ({@code sign(0) = 0}), transposes it when {@code n_rows < n_cols}, reshapes it to the other dimensions
 * plus {@code n_cols}, moves that last axis to {@code columnAxis} and returns {@code dtype(scale) * Q}. So the columns
 * (or rows, if fewer) along {@code columnAxis} are orthonormal: {@code Q^T Q = scale^2 I}.
 *
 * <p>The normal draw is bit-exact with JAX. The QR is Householder in float64 and then rounded to the dtype, while JAX
 * uses LAPACK in the dtype itself, so values match JAX to about {@code 1e-6} for float32, not bit for bit. Keras's
 * {@code Orthogonal(gain)} and PyTorch's {@code orthogonal_(gain)} are {@code columnAxis = -1} (PyTorch's rows
 * {@code (out, ...)} are our last axis).
 *
 * <p>Config: Keras {@code Orthogonal {seed, gain}} for {@code columnAxis = -1}, else {@code flaxen>Orthogonal {scale,
 * column_axis}}.
 *
 * <pre>{@code
 * Array q = Initializers.orthogonal().init(PRNGKey.of(0), Shape.of(6, 4));   // 4 orthonormal columns
 * }</pre>
 *
 * @param scale the factor applied to Q (Keras's {@code gain})
 * @param columnAxis the axis holding the orthogonal columns
 */
public record Orthogonal(double scale, int columnAxis) implements Initializer {
    /**
     * Checks the scale.
     *
     * @param scale the {@code scale} component (see the class comment)
     * @param columnAxis the {@code columnAxis} component (see the class comment)
     * @throws IllegalArgumentException if {@code scale} is not finite
     */
    public Orthogonal {
        Checks.finite("Orthogonal", "scale", scale);
    }

    /**
     * Samples.
     *
     * @param key the key
     * @param shape a shape of rank {@code >= 2}
     * @param dtype a floating dtype
     * @return the scaled orthogonal matrix; zeros if a dimension is 0
     * @throws IllegalArgumentException if the dtype is not floating, the rank is below 2 or the column axis is out of
     *     range
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        return sample("Initializers.orthogonal", key, shape, dtype);
    }

    Array sample(String op, PRNGKey key, Shape shape, DType dtype) {
        Numerics.requireFloating(op, Objects.requireNonNull(dtype, "dtype"));
        Checks.rankAtLeast(op, shape, 2);
        if (columnAxis < -shape.rank() || columnAxis >= shape.rank()) {
            throw new IllegalArgumentException(op + ": expected columnAxis in [" + -shape.rank() + ", " + shape.rank()
                    + "), got " + columnAxis + " for shape " + shape);
        }
        if (shape.size() == 0) {
            return Numerics.full(shape, dtype, 0);
        }
        int col = shape.axis(columnAxis);
        int cols = shape.dim(col);
        int rows = (int) (shape.size() / cols);
        int tall = Math.max(rows, cols);
        int wide = Math.min(rows, cols);
        double[] a = Random.normal(key, Shape.of(tall, wide), dtype).toDoubleArray();
        double[] q = Householder.orthonormalColumns(a, tall, wide);
        double s = Numerics.round(scale, dtype);
        int[] target = targets(shape, col);
        int colStride = stride(shape, col);
        double[] placed = new double[q.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double v = rows >= cols ? q[r * cols + c] : q[c * rows + r];
                placed[target[r] + c * colStride] = Numerics.mul(Numerics.round(v, dtype), s, dtype);
            }
        }
        return Numerics.build(shape, dtype, i -> placed[i]);
    }

    /** The flat offset, in {@code shape}, of row {@code r} of the matrix (row-major over the axes other than col). */
    private static int[] targets(Shape shape, int col) {
        int[] dims = shape.toArray();
        int rows = (int) (shape.size() / dims[col]);
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) {
            int rest = r;
            int offset = 0;
            for (int axis = dims.length - 1; axis >= 0; axis--) {
                if (axis != col) {
                    offset += (rest % dims[axis]) * stride(shape, axis);
                    rest /= dims[axis];
                }
            }
            out[r] = offset;
        }
        return out;
    }

    private static int stride(Shape shape, int axis) {
        int s = 1;
        for (int a = axis + 1; a < shape.rank(); a++) {
            s *= shape.dim(a);
        }
        return s;
    }

    /**
     * {@code Orthogonal {"seed": null, "gain": ...}}, or {@code flaxen>Orthogonal} for another column axis.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        if (columnAxis == -1) {
            return new ConfigWriter().seed().number("gain", scale).build("Orthogonal");
        }
        return new ConfigWriter().number("scale", scale).integer("column_axis", columnAxis)
                .build(ConfigWriter.FLAXEN + "Orthogonal");
    }

    static Initializer fromKerasConfig(ConfigReader r) {
        r.seed();
        return r.finish(new Orthogonal(r.number("gain", 1.0), -1));
    }

    static Initializer fromConfig(ConfigReader r) {
        return r.finish(new Orthogonal(r.number("scale", 1.0), r.integer("column_axis", -1)));
    }
}
