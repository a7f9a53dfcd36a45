package dev.flaxen.nn;

import dev.flaxen.array.Array;
import io.vavr.collection.Vector;
import org.immutables.value.Value;

/**
 * Layers applied one after another, Flax's {@code nn.Sequential}: the output of each is the input of the next. Child
 * {@code i} is named {@code layers_<i>} by its index in the list; parameter-free {@link Fn} layers take an index but
 * no scope, so {@code Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1))} has parameters under {@code layers_0} and
 * {@code layers_2}, as in Flax. With several inputs, the first layer receives them all.
 *
 * <pre>{@code
 * Sequential net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
 * net.init(PRNGKey.of(0), x);   // {"params": {"layers_0": {...}, "layers_2": {...}}}
 * }</pre>
 */
@Value.Immutable
public abstract class SequentialSpec implements MultiInputModule {
    /**
     * The layers in order.
     *
     * @return the layers, at least one
     */
    public abstract Vector<Module> layers();

    /**
     * The layers in order, {@code nn.Sequential([...])}.
     *
     * <pre>{@code
     * Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
     * }</pre>
     *
     * @param layers at least one layer
     * @return the sequential module
     * @throws IllegalArgumentException if there are no layers
     */
    public static Sequential of(Module... layers) {
        return Sequential.builder().layers(Vector.of(layers)).build();
    }

    /**
     * Checks there is at least one layer and none is null.
     *
     * @throws IllegalArgumentException {@code Sequential: expected at least one layer, got none}
     */
    @Value.Check
    protected void check() {
        if (layers().isEmpty()) {
            throw new IllegalArgumentException("Sequential: expected at least one layer, got none");
        }
        if (layers().contains(null)) {
            throw new IllegalArgumentException("Sequential: expected layers, got null at index " + layers().indexOf(null));
        }
    }

    /**
     * Runs the layers in order under the names {@code layers_<i>}.
     *
     * @param scope this module's scope
     * @param inputs the inputs of the first layer
     * @return the last layer's output
     */
    @Override
    public Array call(Scope scope, Array... inputs) {
        Array out = scope.call("layers_0", layers().get(0), inputs);
        for (int i = 1; i < layers().size(); i++) {
            out = scope.call("layers_" + i, layers().get(i), out);
        }
        return out;
    }
}
