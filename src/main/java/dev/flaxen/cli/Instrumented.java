package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.init.Initializer;
import dev.flaxen.nn.BatchNorm;
import dev.flaxen.nn.Conv;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Embed;
import dev.flaxen.nn.LayerNorm;
import dev.flaxen.nn.Module;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Layers whose initializers count the elements they create, so that {@code flaxen init} can show the progress of one
 * {@code model.init} call. Each wrapped initializer calls the original with the same key, shape and dtype and returns
 * its array unchanged, so the parameters are the very ones the plain layers give.
 */
final class Instrumented {
    private Instrumented() {
    }

    /** Rewrites a Dense, Conv, Embed, LayerNorm or BatchNorm spec so its initializers add to {@code created}. */
    static UnaryOperator<Module> counting(AtomicLong created) {
        return m -> {
            if (m instanceof Dense d) {
                return d.withKernelInit(count(d.kernelInit(), created)).withBiasInit(count(d.biasInit(), created));
            }
            if (m instanceof Conv c) {
                return c.withKernelInit(count(c.kernelInit(), created)).withBiasInit(count(c.biasInit(), created));
            }
            if (m instanceof Embed e) {
                return e.withEmbeddingInit(count(e.embeddingInit(), created));
            }
            if (m instanceof LayerNorm n) {
                return n.withScaleInit(count(n.scaleInit(), created)).withBiasInit(count(n.biasInit(), created));
            }
            if (m instanceof BatchNorm n) {
                return n.withScaleInit(count(n.scaleInit(), created)).withBiasInit(count(n.biasInit(), created));
            }
            return m;
        };
    }

    private static Initializer count(Initializer init, AtomicLong created) {
        return (key, shape, dtype) -> {
            Array value = init.init(key, shape, dtype);
            created.addAndGet(shape.size());
            return value;
        };
    }
}
