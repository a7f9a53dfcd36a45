package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.nn.Module;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import java.util.Objects;

/**
 * A module together with the sample input that shapes its parameters: what a preset ({@link Presets}) or a model
 * JSON file ({@link ModelJson}) describes, and what {@code flaxen init} initialises.
 *
 * <pre>{@code
 * Model mlp = Presets.mlp(784, 512, 10);
 * mlp.input();                                   // zeros of shape (1, 784), float32
 * FrozenDict<Array> params = mlp.init(PRNGKey.of(0));   // = mlp.module().init(PRNGKey.of(0), mlp.input())
 * }</pre>
 *
 * @param name what the model was made from: the preset ({@code mlp:784,512,10}, {@code gpt2-small}) or the JSON's
 *     {@code name} (else its file name)
 * @param module the module
 * @param input the sample input: zeros of the shape and dtype the model takes
 */
public record Model(String name, Module module, Array input) {
    /**
     * Checks the parts are present.
     *
     * @param name the name
     * @param module the module
     * @param input the sample input
     * @throws NullPointerException if a part is null
     */
    public Model {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(input, "input");
    }

    /**
     * Initialises the model on its sample input: {@code module().init(key, input())}.
     *
     * <pre>{@code
     * Presets.mlp(4, 2).init(PRNGKey.of(0)).get("params/layers_0/kernel").get().shape();   // (4, 2)
     * }</pre>
     *
     * @param key the {@code params} key; its mode decides the Threefry mode
     * @return the variables tree
     * @throws IllegalArgumentException if the module rejects the input
     */
    public FrozenDict<Array> init(PRNGKey key) {
        return module.init(key, input);
    }

    /**
     * The shapes and dtypes {@link #init} gives, without making any parameter: {@code module().initShapes(input())}.
     *
     * <pre>{@code
     * Trees.paramCount(Presets.gpt2Small().initShapes());   // 124439808
     * }</pre>
     *
     * @return the tree of shapes and dtypes
     * @throws IllegalArgumentException if the module rejects the input
     */
    public FrozenDict<ShapeDtypeStruct> initShapes() {
        return module.initShapes(input);
    }
}
