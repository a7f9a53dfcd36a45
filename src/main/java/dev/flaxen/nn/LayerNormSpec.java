package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import org.immutables.value.Value;

/**
 * Layer normalisation over the last axis, Flax's {@code nn.LayerNorm}: {@code mean} and the fast variance
 * {@code max(0, mean(x^2) - mean^2)} over the last axis (in float32 at least), then
 * {@code (x - mean) * (rsqrt(var + epsilon) * scale) + bias}. Parameters, in this order: {@code scale} (ones) and
 * {@code bias} (zeros), shape {@code (x.shape[-1],)}. Defaults as Flax: {@code epsilon = 1e-6}, both parameters on.
 * Use the generated {@code LayerNorm}: {@code LayerNorm.of()}, {@code LayerNorm.of().withUseScale(false)}.
 *
 * <pre>{@code
 * LayerNorm.of().init(PRNGKey.of(0), x);   // {"params": {"scale": (5,), "bias": (5,)}}
 * }</pre>
 */
@Value.Immutable
public abstract class LayerNormSpec implements Module {
    /**
     * Added to the variance (default {@code 1e-6}).
     *
     * @return epsilon, {@code > 0}
     */
    @Value.Default
    public double epsilon() {
        return 1e-6;
    }

    /**
     * Whether to learn a scale (default true).
     *
     * @return true for a scale
     */
    @Value.Default
    public boolean useScale() {
        return true;
    }

    /**
     * Whether to learn a bias (default true).
     *
     * @return true for a bias
     */
    @Value.Default
    public boolean useBias() {
        return true;
    }

    /**
     * The scale's initializer (default {@code ones()}).
     *
     * @return the initializer
     */
    @Value.Default
    public Initializer scaleInit() {
        return Initializers.ones();
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
     * Flax's defaults.
     *
     * <pre>{@code
     * LayerNorm.of().epsilon();   // 1e-6
     * }</pre>
     *
     * @return a layer norm with default settings
     */
    public static LayerNorm of() {
        return LayerNorm.builder().build();
    }

    /**
     * Checks {@code epsilon > 0}.
     *
     * @throws IllegalArgumentException {@code LayerNorm: expected epsilon > 0, got 0.0}
     */
    @Value.Check
    protected void check() {
        if (!(epsilon() > 0)) {
            throw new IllegalArgumentException("LayerNorm: expected epsilon > 0, got " + epsilon());
        }
    }

    /**
     * Normalises over the last axis.
     *
     * @param scope this layer's scope
     * @param x an input with at least one axis
     * @return the normalised input, same shape
     * @throws IllegalArgumentException if {@code x} is 0-d
     */
    @Override
    public Array call(Scope scope, Array x) {
        Normalization.requireAxis(scope, x, 1);
        Array[] stats = Normalization.stats(x, new int[] {-1});
        Array mean = stats[0].reshape(withLastAxis(stats[0]));
        Array var = stats[1].reshape(withLastAxis(stats[1]));
        return Normalization.normalize(scope, x, mean, var, new Normalization.Settings(epsilon(), useScale(),
                useBias(), scaleInit(), biasInit(), paramDtype()));
    }

    private static int[] withLastAxis(Array reduced) {
        int[] dims = new int[reduced.ndim() + 1];
        System.arraycopy(reduced.shape().toArray(), 0, dims, 0, reduced.ndim());
        dims[reduced.ndim()] = 1;
        return dims;
    }
}
