package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import io.vavr.collection.Vector;
import org.immutables.value.Value;

/**
 * Dropout, Flax's {@code nn.Dropout}: unless {@code deterministic}, keeps each element with probability
 * {@code 1 - rate} and scales it by {@code 1 / (1 - rate)}, zeroing the rest. The mask is JAX's
 * {@code bernoulli(key, 1 - rate, shape)} with {@code key = scope.makeRng("dropout")}, so it equals Flax's for the
 * same {@code dropout} key, path and call count. Use the generated {@code Dropout}: {@code Dropout.of(0.5)},
 * {@code Dropout.of(0.5).withDeterministic(true)}.
 *
 * <p>Flax requires {@code deterministic} to be set; here it defaults to false (dropout on), so {@code apply} needs a
 * {@code dropout} stream: {@code net.apply(v, x, Rngs.of("dropout", key))}. During {@code init} a missing
 * {@code dropout} stream falls back to {@code params}, as in Flax 0.8.2 and later.
 *
 * <pre>{@code
 * Module net = Sequential.of(Dense.of(6), Dropout.of(0.3), Dense.of(2));
 * Array y = net.apply(variables, x, Rngs.of("dropout", PRNGKey.of(3)));
 * }</pre>
 */
@Value.Immutable
public abstract class DropoutSpec implements Module {
    /**
     * The probability of dropping an element (not the keep rate).
     *
     * @return rate in {@code [0, 1]}
     */
    @Value.Parameter
    public abstract double rate();

    /**
     * Whether to pass the input through unchanged (default false).
     *
     * @return true to disable dropout
     */
    @Value.Default
    public boolean deterministic() {
        return false;
    }

    /**
     * Axes that share one mask value (Flax's {@code broadcast_dims}; default none).
     *
     * @return the axes
     */
    @Value.Default
    public Vector<Integer> broadcastDims() {
        return Vector.empty();
    }

    /**
     * The rng stream the mask key comes from (default {@code dropout}).
     *
     * @return the stream name
     */
    @Value.Default
    public String rngCollection() {
        return "dropout";
    }

    /**
     * Checks {@code 0 <= rate <= 1}.
     *
     * @throws IllegalArgumentException {@code Dropout: expected rate in [0, 1], got 1.5}
     */
    @Value.Check
    protected void check() {
        if (!(rate() >= 0 && rate() <= 1)) {
            throw new IllegalArgumentException("Dropout: expected rate in [0, 1], got " + rate());
        }
    }

    /**
     * Applies the mask.
     *
     * @param scope this layer's scope
     * @param x the input
     * @return {@code where(mask, x / (1 - rate), 0)}, or {@code x} when deterministic or {@code rate == 0}
     * @throws IllegalArgumentException if neither the stream nor {@code params} is present
     */
    @Override
    public Array call(Scope scope, Array x) {
        if (rate() == 0 || deterministic()) {
            return x;
        }
        if (rate() == 1) {
            return x.isAbstract() ? x : Array.zeros(x.shape(), x.dtype());
        }
        double keep = 1 - rate();
        PRNGKey key = scope.makeRng(rngCollection());
        if (x.isAbstract()) {
            return x.div(keep);
        }
        int[] maskDims = x.shape().toArray();
        for (int axis : broadcastDims()) {
            maskDims[x.shape().axis(axis)] = 1;
        }
        Array mask = Random.bernoulli(key, keep, Shape.of(maskDims)).broadcastTo(x.shape());
        return Array.where(mask, x.div(keep), Array.zeros(Shape.scalar(), x.dtype()));
    }
}
