package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import org.immutables.value.Value;

/**
 * Batch normalisation over every axis but the last (the features), Flax's {@code nn.BatchNorm}. Running statistics
 * live in the {@code batch_stats} collection ({@code mean} zeros and {@code var} ones, created first, without a key),
 * the learned {@code scale} and {@code bias} in {@code params}.
 *
 * <p>With {@code useRunningAverage = false} (training, the default here) it normalises with the batch statistics and,
 * outside {@code init}, updates {@code mean <- momentum * mean + (1 - momentum) * batchMean} (likewise {@code var});
 * that needs {@code applyWithState(variables, x, "batch_stats")}. With {@code useRunningAverage = true}
 * (evaluation) it uses the stored statistics. Defaults as Flax: {@code momentum = 0.99}, {@code epsilon = 1e-5}.
 * Use the generated {@code BatchNorm}: {@code BatchNorm.of()}, {@code BatchNorm.of().withUseRunningAverage(true)}.
 *
 * <pre>{@code
 * Module net = Sequential.of(Dense.of(5), BatchNorm.of(), Fn.relu(), Dense.of(2));
 * FrozenDict<Array> v = net.init(PRNGKey.of(0), x);             // params and batch_stats
 * Tuple2<Array, FrozenDict<Array>> r = net.applyWithState(v, x, "batch_stats");
 * FrozenDict<Array> next = v.copy(r._2);                        // updated statistics
 * }</pre>
 */
@Value.Immutable
public abstract class BatchNormSpec implements Module {
    /**
     * Whether to normalise with the stored statistics (default false: batch statistics, updating the stored ones).
     *
     * @return true for evaluation mode
     */
    @Value.Default
    public boolean useRunningAverage() {
        return false;
    }

    /**
     * The decay of the running averages (default 0.99).
     *
     * @return momentum in {@code [0, 1]}
     */
    @Value.Default
    public double momentum() {
        return 0.99;
    }

    /**
     * Added to the variance (default {@code 1e-5}).
     *
     * @return epsilon, {@code > 0}
     */
    @Value.Default
    public double epsilon() {
        return 1e-5;
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
     * The parameters' dtype (default float32; the statistics are always float32).
     *
     * @return the dtype
     */
    @Value.Default
    public DType paramDtype() {
        return DType.F32;
    }

    /**
     * Flax's defaults, in training mode.
     *
     * <pre>{@code
     * BatchNorm.of().momentum();   // 0.99
     * }</pre>
     *
     * @return a batch norm with default settings
     */
    public static BatchNorm of() {
        return BatchNorm.builder().build();
    }

    /**
     * Checks {@code 0 <= momentum <= 1} and {@code epsilon > 0}.
     *
     * @throws IllegalArgumentException {@code BatchNorm: expected momentum in [0, 1], got 1.5}
     */
    @Value.Check
    protected void check() {
        if (!(momentum() >= 0 && momentum() <= 1)) {
            throw new IllegalArgumentException("BatchNorm: expected momentum in [0, 1], got " + momentum());
        }
        if (!(epsilon() > 0)) {
            throw new IllegalArgumentException("BatchNorm: expected epsilon > 0, got " + epsilon());
        }
    }

    /**
     * Normalises with batch or running statistics, updating the running ones in training outside {@code init}.
     *
     * @param scope this layer's scope
     * @param x an input with at least one axis (the last holds the features)
     * @return the normalised input, same shape
     * @throws IllegalArgumentException if {@code x} is 0-d, or the statistics must change but {@code batch_stats} is
     *     not mutable
     */
    @Override
    public Array call(Scope scope, Array x) {
        Normalization.requireAxis(scope, x, 1);
        Shape features = Shape.of(x.shape().dim(-1));
        Variable mean = scope.variable("batch_stats", "mean", features, DType.F32, () -> Array.zeros(features));
        Variable var = scope.variable("batch_stats", "var", features, DType.F32, () -> Array.ones(features));
        Array m;
        Array v;
        if (useRunningAverage()) {
            m = mean.value();
            v = var.value();
        } else {
            Array[] stats = Normalization.stats(x, Normalization.allButLast(x.ndim()));
            m = stats[0];
            v = stats[1];
            if (!scope.isInitializing()) {
                mean.set(mean.value().mul(momentum()).add(m.mul(1 - momentum())));
                var.set(var.value().mul(momentum()).add(v.mul(1 - momentum())));
            }
        }
        return Normalization.normalize(scope, x, m, v, new Normalization.Settings(epsilon(), useScale(), useBias(),
                scaleInit(), biasInit(), paramDtype()));
    }
}
