package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import io.vavr.collection.Vector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A 2-D convolution, Flax's {@code nn.Conv} with a two-element {@code kernel_size}: input NHWC (channels last; a
 * 3-D input is one unbatched image, more than one leading axis is flattened and restored), kernel HWIO. Parameters, in
 * this order: {@code kernel} of shape {@code (kh, kw, in_channels, features)}, then {@code bias} of shape
 * {@code (features,)}. Defaults as Flax: {@code strides = (1, 1)}, {@code padding = SAME},
 * {@code kernelDilation = (1, 1)}, {@code useBias = true}, {@code kernelInit = lecunNormal()} (fan-in
 * {@code kh * kw * in}), {@code biasInit = zeros()}, float32 parameters. Use the generated {@code Conv}:
 * {@code Conv.of(4, 3, 3)}, {@code conv.withStrides(Vector.of(2, 2)).withPadding(Padding.VALID)}.
 *
 * <pre>{@code
 * Conv c = Conv.of(4, 3, 3);                                // nn.Conv(4, (3, 3))
 * c.init(PRNGKey.of(0), Array.zeros(Shape.of(1, 5, 5, 2))); // kernel (3, 3, 2, 4), bias (4,)
 * }</pre>
 */
@Value.Immutable
public abstract class ConvSpec implements Module {
    /**
     * The number of output channels.
     *
     * @return {@code > 0}
     */
    public abstract int features();

    /**
     * The window {@code (kh, kw)}.
     *
     * @return two positive sizes
     */
    public abstract Vector<Integer> kernelSize();

    /**
     * The steps {@code (sh, sw)} (default {@code (1, 1)}).
     *
     * @return two positive steps
     */
    @Value.Default
    public Vector<Integer> strides() {
        return Vector.of(1, 1);
    }

    /**
     * The padding (default {@link Padding#SAME}).
     *
     * @return the padding
     */
    @Value.Default
    public Padding padding() {
        return Padding.SAME;
    }

    /**
     * The kernel dilation {@code (dh, dw)} (default {@code (1, 1)}; Flax's {@code kernel_dilation}).
     *
     * @return two positive factors
     */
    @Value.Default
    public Vector<Integer> kernelDilation() {
        return Vector.of(1, 1);
    }

    /**
     * Whether to add a bias (default true).
     *
     * @return true for a bias
     */
    @Value.Default
    public boolean useBias() {
        return true;
    }

    /**
     * The kernel's initializer (default {@code lecunNormal()}).
     *
     * @return the initializer
     */
    @Value.Default
    public Initializer kernelInit() {
        return Initializers.lecunNormal();
    }

    /**
     * The bias's initializer (default {@code zeros()}).
     *
     * @return the initializer
     */
    @Value.Default
    public Initializer biasInit() {
        return Initializers.zeros();
    }

    /**
     * The parameters' dtype (default float32).
     *
     * @return the dtype
     */
    @Value.Default
    public DType paramDtype() {
        return DType.F32;
    }

    /**
     * The computation dtype, if fixed (default: promote input and parameters).
     *
     * @return the dtype, or empty
     */
    public abstract Optional<DType> dtype();

    /**
     * {@code nn.Conv(features, (kh, kw))} with the other defaults.
     *
     * <pre>{@code
     * Conv.of(4, 3, 3);
     * }</pre>
     *
     * @param features output channels
     * @param kh kernel height
     * @param kw kernel width
     * @return the layer
     * @throws IllegalArgumentException if a size is not positive
     */
    public static Conv of(int features, int kh, int kw) {
        return Conv.builder().features(features).kernelSize(Vector.of(kh, kw)).build();
    }

    /**
     * Checks the sizes.
     *
     * @throws IllegalArgumentException {@code Conv: expected kernelSize of 2 positive sizes, got Vector(3)}
     */
    @Value.Check
    protected void check() {
        if (features() <= 0) {
            throw new IllegalArgumentException("Conv: expected features > 0, got " + features());
        }
        checkPair("kernelSize", kernelSize());
        checkPair("strides", strides());
        checkPair("kernelDilation", kernelDilation());
    }

    private static void checkPair(String name, Vector<Integer> pair) {
        if (pair.size() != 2 || pair.exists(v -> v == null || v <= 0)) {
            throw new IllegalArgumentException("Conv: expected " + name + " of 2 positive sizes, got " + pair);
        }
    }

    /**
     * Creates or reads the kernel and bias and convolves.
     *
     * @param scope this layer's scope
     * @param x NHWC input (or HWC, or several leading batch axes)
     * @return the output, {@code (..., outH, outW, features)}
     * @throws IllegalArgumentException if {@code x} has fewer than 3 axes, its channels do not match a stored kernel,
     *     or the window does not fit the padded input
     */
    @Override
    public Array call(Scope scope, Array x) {
        Normalization.requireAxis(scope, x, 3);
        int[] dims = x.shape().toArray();
        int batch = 1;
        for (int i = 0; i < dims.length - 3; i++) {
            batch *= dims[i];
        }
        int in = dims[dims.length - 1];
        Array x4 = x.reshape(batch, dims[dims.length - 3], dims[dims.length - 2], in);
        Array kernel = scope.param("kernel", kernelInit(), kernelShape(scope, in), paramDtype());
        Array bias = useBias() ? scope.param("bias", biasInit(), Shape.of(features()), paramDtype()) : null;
        if (dtype().isPresent()) {
            x4 = x4.astype(dtype().get());
            kernel = kernel.astype(dtype().get());
            bias = bias == null ? null : bias.astype(dtype().get());
        }
        Convolution.Geometry g = Convolution.plan(x4.shape(), kernel.shape(), toInts(strides()),
                toInts(kernelDilation()), padding());
        if (g.outH() == 0 || g.outW() == 0) {
            throw new IllegalArgumentException(scope.op() + ": expected a window that fits the padded input, got kernel "
                    + kernelSize() + " (dilation " + kernelDilation() + ") on " + x.shape() + " with " + padding());
        }
        Array y = Convolution.conv(x4, kernel, g);
        y = bias == null ? y : y.add(bias);
        int[] outDims = dims.clone();
        outDims[dims.length - 3] = g.outH();
        outDims[dims.length - 2] = g.outW();
        outDims[dims.length - 1] = features();
        return y.reshape(outDims);
    }

    private Shape kernelShape(Scope scope, int in) {
        for (Array k : scope.getVariable("params", "kernel")) {
            if (k.ndim() == 4 && k.shape().dim(2) != in) {
                throw new IllegalArgumentException(scope.op() + ": input has " + in + " channels but kernel expects "
                        + k.shape().dim(2) + " (kernel shape " + k.shape() + ")");
            }
        }
        return Shape.of(kernelSize().get(0), kernelSize().get(1), in, features());
    }

    private static int[] toInts(Vector<Integer> pair) {
        return new int[] {pair.get(0), pair.get(1)};
    }
}
