package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fully connected layer, Flax's {@code nn.Dense}: {@code y = x @ kernel + bias} over the last axis of {@code x}.
 * Parameters, in this order: {@code kernel} of shape {@code (x.shape[-1], features)}, then {@code bias} of shape
 * {@code (features,)} when {@code useBias}; both in {@code paramDtype}. The input width comes from the sample input,
 * so no {@code in_features} is needed. Use the generated {@code Dense}: {@code Dense.of(8)},
 * {@code Dense.builder().features(8).useBias(false).build()}, {@code dense.withKernelInit(...)}.
 *
 * <p>Defaults as Flax: {@code useBias = true}, {@code kernelInit = lecunNormal()}, {@code biasInit = zeros()},
 * {@code paramDtype = float32}, no {@code dtype} (the computation dtype is the promotion of input and parameters; when
 * set, input, kernel and bias are cast to it first).
 *
 * <pre>{@code
 * Dense d = Dense.of(8);
 * Dense custom = Dense.builder().features(8).kernelInit(Initializers.normal(0.01)).build();
 * d.init(PRNGKey.of(0), Array.ones(Shape.of(2, 4)));   // {"params": {"kernel": (4, 8), "bias": (8,)}}
 * }</pre>
 */
@Value.Immutable
public abstract class DenseSpec implements Module {
    /**
     * The number of output features.
     *
     * @return features, {@code > 0}
     */
    @Value.Parameter
    public abstract int features();

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
     * The dtype of the parameters (default float32).
     *
     * @return the parameter dtype
     */
    @Value.Default
    public DType paramDtype() {
        return DType.F32;
    }

    /**
     * The computation dtype, if fixed (Flax's {@code dtype}; default none: promote input and parameters).
     *
     * @return the dtype, or empty
     */
    public abstract Optional<DType> dtype();

    /**
     * Checks {@code features > 0}.
     *
     * @throws IllegalArgumentException {@code Dense: expected features > 0, got 0}
     */
    @Value.Check
    protected void check() {
        if (features() <= 0) {
            throw new IllegalArgumentException("Dense: expected features > 0, got " + features());
        }
    }

    /**
     * Creates or reads {@code kernel} and {@code bias} and computes {@code x @ kernel + bias}.
     *
     * @param scope this layer's scope
     * @param x an input with at least one axis; its last axis is contracted
     * @return the output, shape {@code x.shape[:-1] + (features,)}
     * @throws IllegalArgumentException if {@code x} is 0-d, or its last axis does not match a stored kernel:
     *     {@code Dense(layers_0).apply: input has 5 features but kernel expects 4 (kernel shape (4, 8))}
     */
    @Override
    public Array call(Scope scope, Array x) {
        if (x.ndim() == 0) {
            throw new IllegalArgumentException(scope.op() + ": expected an input with at least 1 axis, got a 0-d "
                    + x.dtype() + " array. Reshape it to (1,) or (1, n)");
        }
        int in = x.shape().dim(-1);
        for (Array k : scope.getVariable("params", "kernel")) {
            if (k.ndim() == 2 && k.shape().dim(0) != in) {
                throw new IllegalArgumentException(scope.op() + ": input has " + in + " features but kernel expects "
                        + k.shape().dim(0) + " (kernel shape " + k.shape() + ")");
            }
        }
        Array kernel = scope.param("kernel", kernelInit(), Shape.of(in, features()), paramDtype());
        Array bias = useBias() ? scope.param("bias", biasInit(), Shape.of(features()), paramDtype()) : null;
        Array input = x;
        if (dtype().isPresent()) {
            DType t = dtype().get();
            input = x.astype(t);
            kernel = kernel.astype(t);
            bias = bias == null ? null : bias.astype(t);
        }
        Array y = input.matmul(kernel);
        return bias == null ? y : y.add(bias);
    }
}
