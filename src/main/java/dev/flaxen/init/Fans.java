package dev.flaxen.init;

import dev.flaxen.array.Shape;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * The effective numbers of inputs and outputs of a weight, JAX's {@code _compute_fans}: {@code in_size} and
 * {@code out_size} are the products of the dimensions on {@code inAxis} and {@code outAxis}, {@code batch_size} that
 * on {@code batchAxis}; every other dimension is the receptive field, {@code receptive = size / in_size / out_size /
 * batch_size} (true divisions in double, left to right), and {@code fan_in = in_size * receptive},
 * {@code fan_out = out_size * receptive}.
 *
 * <p>Layouts. JAX and Flax kernels are {@code (..., in, out)}: a Dense kernel {@code (in, out)} and a Conv kernel
 * {@code (kh, kw, in, out)}, so the defaults {@code inAxis = -2, outAxis = -1} give {@code fan_in = kh*kw*in}.
 * PyTorch and MXNet weights are {@code (out, in, kh, kw)}: their {@code fan_in = shape[1] * prod(shape[2:])} is the
 * same number for the same layer, computed on the transposed layout ({@link #ofTorchLayout(Shape)}).
 *
 * <pre>{@code
 * Fans.of(Shape.of(3, 3, 16, 32));          // Fans[fanIn=144.0, fanOut=288.0]
 * Fans.ofTorchLayout(Shape.of(32, 16, 3, 3)); // the same fans for PyTorch's layout of that kernel
 * }</pre>
 *
 * @param fanIn the number of inputs
 * @param fanOut the number of outputs
 */
public record Fans(double fanIn, double fanOut) {
    static final Vector<Integer> DEFAULT_IN = Vector.of(-2);
    static final Vector<Integer> DEFAULT_OUT = Vector.of(-1);

    /**
     * The fans of a JAX/Flax kernel {@code (..., in, out)}: {@code inAxis = -2}, {@code outAxis = -1}, no batch axes.
     *
     * <pre>{@code
     * Fans.of(Shape.of(4, 8));   // Fans[fanIn=4.0, fanOut=8.0]
     * }</pre>
     *
     * @param shape a shape of rank {@code >= 2} without zero-size dimensions
     * @return the fans
     * @throws IllegalArgumentException if the rank is below 2 or a dimension is 0
     */
    public static Fans of(Shape shape) {
        return compute("Fans.of", shape, DEFAULT_IN, DEFAULT_OUT, Vector.empty());
    }

    /**
     * The fans with explicit axes, as {@code jax.nn.initializers.variance_scaling(..., in_axis, out_axis,
     * batch_axis)} computes them; each axis list is one axis or several (their sizes multiply), negative axes count
     * from the end.
     *
     * <pre>{@code
     * Fans.of(Shape.of(2, 6, 10), Vector.of(0, 1), Vector.of(2), Vector.empty());   // Fans[fanIn=12.0, fanOut=10.0]
     * }</pre>
     *
     * @param shape the weight shape
     * @param inAxis the input axes
     * @param outAxis the output axes
     * @param batchAxis axes ignored by the fans (may be empty)
     * @return the fans
     * @throws IllegalArgumentException if an axis is out of range or a dimension is 0
     */
    public static Fans of(Shape shape, Seq<Integer> inAxis, Seq<Integer> outAxis, Seq<Integer> batchAxis) {
        return compute("Fans.of", shape, inAxis, outAxis, batchAxis);
    }

    /**
     * The fans of a PyTorch/MXNet weight {@code (out, in, k...)}: {@code fan_in = shape[1] * prod(shape[2:])},
     * {@code fan_out = shape[0] * prod(shape[2:])} ({@code torch.nn.init._calculate_fan_in_and_fan_out}).
     *
     * <pre>{@code
     * Fans.ofTorchLayout(Shape.of(8, 4));   // Fans[fanIn=4.0, fanOut=8.0]
     * }</pre>
     *
     * @param shape a PyTorch-layout shape of rank {@code >= 2}
     * @return the fans
     * @throws IllegalArgumentException if the rank is below 2 or a dimension is 0
     */
    public static Fans ofTorchLayout(Shape shape) {
        Objects.requireNonNull(shape, "shape");
        if (shape.rank() < 2) {
            throw new IllegalArgumentException("Fans.ofTorchLayout: expected a shape of rank >= 2, got " + shape);
        }
        return compute("Fans.ofTorchLayout", shape, Vector.of(1), Vector.of(0), Vector.empty());
    }

    static Fans compute(String op, Shape shape, Seq<Integer> inAxis, Seq<Integer> outAxis, Seq<Integer> batchAxis) {
        Objects.requireNonNull(shape, "shape");
        if (inAxis.size() == 1 && inAxis.head() == -2 && shape.rank() <= 1) {
            throw new IllegalArgumentException(op + ": cannot compute fans of a rank-" + shape.rank() + " shape "
                    + shape + " with the default inAxis=-2, outAxis=-1; give inAxis/outAxis explicitly");
        }
        for (int d : shape.toArray()) {
            if (d == 0) {
                throw new IllegalArgumentException(op + ": expected a shape without zero-size dimensions to compute"
                        + " fans, got " + shape);
            }
        }
        double in = size(op, "inAxis", shape, inAxis);
        double out = size(op, "outAxis", shape, outAxis);
        double batch = size(op, "batchAxis", shape, batchAxis);
        double receptive = (double) shape.size() / in / out / batch;
        return new Fans(in * receptive, out * receptive);
    }

    private static double size(String op, String name, Shape shape, Seq<Integer> axes) {
        long n = 1;
        for (int axis : axes) {
            if (axis < -shape.rank() || axis >= shape.rank()) {
                throw new IllegalArgumentException(op + ": expected " + name + " in [" + -shape.rank() + ", "
                        + shape.rank() + "), got " + axis + " for shape " + shape);
            }
            n *= shape.dim(axis);
        }
        return n;
    }
}
