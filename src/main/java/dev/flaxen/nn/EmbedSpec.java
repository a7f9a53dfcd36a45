package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Distribution;
import dev.flaxen.init.FanMode;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An embedding table, Flax's {@code nn.Embed}: one parameter {@code embedding} of shape
 * {@code (numEmbeddings, features)}; integer inputs pick rows ({@code take} along axis 0), so the output shape is
 * {@code x.shape + (features,)}. Default {@code embeddingInit} as Flax: {@code variance_scaling(1.0, 'fan_in',
 * 'normal', out_axis=0)}. Use the generated {@code Embed}: {@code Embed.of(10, 4)}.
 *
 * <pre>{@code
 * Embed e = Embed.of(10, 4);
 * e.init(PRNGKey.of(0), Array.of(new int[] {0, 3, 6}));   // {"params": {"embedding": (10, 4)}}
 * }</pre>
 */
@Value.Immutable
public abstract class EmbedSpec implements Module {
    /**
     * The number of rows (vocabulary size).
     *
     * @return {@code > 0}
     */
    @Value.Parameter
    public abstract int numEmbeddings();

    /**
     * The width of each embedding.
     *
     * @return {@code > 0}
     */
    @Value.Parameter
    public abstract int features();

    /**
     * The table's initializer (default {@code varianceScaling(1.0, FAN_IN, NORMAL, -2, 0)}).
     *
     * @return the initializer
     */
    @Value.Default
    public Initializer embeddingInit() {
        return Initializers.varianceScaling(1.0, FanMode.FAN_IN, Distribution.NORMAL, -2, 0);
    }

    /**
     * The table's dtype (default float32).
     *
     * @return the parameter dtype
     */
    @Value.Default
    public DType paramDtype() {
        return DType.F32;
    }

    /**
     * The output dtype, if fixed (default: the table's).
     *
     * @return the dtype, or empty
     */
    public abstract Optional<DType> dtype();

    /**
     * Checks both sizes are positive.
     *
     * @throws IllegalArgumentException {@code Embed: expected numEmbeddings > 0 and features > 0, got 0 and 4}
     */
    @Value.Check
    protected void check() {
        if (numEmbeddings() <= 0 || features() <= 0) {
            throw new IllegalArgumentException("Embed: expected numEmbeddings > 0 and features > 0, got "
                    + numEmbeddings() + " and " + features());
        }
    }

    /**
     * Looks up the rows of the integer input.
     *
     * @param scope this layer's scope
     * @param x integer indices in {@code [0, numEmbeddings)}
     * @return the embeddings, shape {@code x.shape + (features,)}
     * @throws IllegalArgumentException if {@code x} is not an integer array
     */
    @Override
    public Array call(Scope scope, Array x) {
        Array table = scope.param("embedding", embeddingInit(), Shape.of(numEmbeddings(), features()), paramDtype());
        if (!x.dtype().isInteger()) {
            throw new IllegalArgumentException(scope.op() + ": expected integer indices, got " + x.dtype()
                    + ". Cast token ids with astype(DType.I32)");
        }
        if (dtype().isPresent()) {
            table = table.astype(dtype().get());
        }
        return table.take(x, 0);
    }
}
