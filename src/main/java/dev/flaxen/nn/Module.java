package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import io.vavr.Tuple2;
import java.util.Objects;

/**
 * A neural-network module: one method that receives a {@link Scope} and an input and returns the output, Flax's
 * {@code @nn.compact __call__}. The same method creates parameters during {@link #init} and reads them during
 * {@link #apply}; shapes come from the sample input. Any lambda {@code (scope, x) -> ...} is a module, and the layers
 * ({@link Dense}, {@link Sequential}, {@link Conv}, ...) are immutable specs that implement it.
 *
 * <p>A model holds no parameters: {@code init} returns them as an immutable variables tree
 * {@code {"params": {...}}} (plus other collections a layer writes, such as {@code batch_stats}), and {@code apply}
 * takes that tree back. Each parameter's key is derived from the init key, its module path and a counter exactly as
 * Flax does, so the tree equals Flax's bit for bit for the same key and Threefry mode.
 *
 * <p>Modules with several inputs implement {@link MultiInputModule}.
 *
 * <pre>{@code
 * Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
 * Array x = Random.uniform(PRNGKey.of(1), Shape.of(2, 4));
 * FrozenDict<Array> params = net.init(PRNGKey.of(0), x);   // {"params": {"layers_0": {...}, "layers_2": {...}}}
 * Array y = net.apply(params, x);                          // shape (2, 1)
 * }</pre>
 */
@FunctionalInterface
public interface Module {
    /**
     * The forward pass: creates or reads this module's variables through {@code scope} and computes the output.
     * Called by {@code init}/{@code apply} and by a parent's {@link Scope#call}; not meant to be called directly.
     *
     * <pre>{@code
     * Module scaled = (scope, x) -> x.mul(scope.param("scale", Initializers.ones(), Shape.of(x.shape().dim(-1))));
     * }</pre>
     *
     * @param scope this module's scope
     * @param x the input
     * @return the output
     */
    Array call(Scope scope, Array x);

    /**
     * The forward pass with inputs given as an array: a single-input module requires exactly one.
     * {@link MultiInputModule} overrides this.
     *
     * <pre>{@code
     * module.call(scope, new Array[] {x});   // = module.call(scope, x)
     * }</pre>
     *
     * @param scope this module's scope
     * @param inputs the inputs
     * @return the output
     * @throws IllegalArgumentException if there is not exactly one input
     */
    default Array call(Scope scope, Array... inputs) {
        if (inputs.length != 1) {
            throw new IllegalArgumentException(scope.op() + ": expected 1 input, got " + inputs.length
                    + ". Implement MultiInputModule for a module with several inputs");
        }
        return call(scope, inputs[0]);
    }

    /**
     * The name auto-naming uses ({@code <typeName>_<n>}) and {@code tabulate} shows: by default the simple class name
     * ({@code Dense} for a {@code Dense} spec, {@code MLP} for a class {@code MLP}). Lambdas and anonymous classes
     * have no usable class name and default to {@code "Module"}; give them one with {@link #named}.
     *
     * <pre>{@code
     * Dense.of(8).typeName();                              // "Dense"
     * Module.named("Leaf", (scope, x) -> x).typeName();    // "Leaf"
     * }</pre>
     *
     * @return the type name
     */
    default String typeName() {
        return Runs.defaultTypeName(this);
    }

    /**
     * Initialises the variables, Flax's {@code model.init(key, x)}: runs the model on the sample input with the
     * {@code params} stream {@code key} and returns every collection written, in creation order.
     *
     * <p>The model first runs on the input with abstract parameters (a shape and a dtype each, as in
     * {@link #initShapes}), drawing the real keys; whatever it computes from parameters is abstract, so that run costs
     * next to nothing. If it creates nothing but parameters, as most models do, their values come straight from their
     * initializers, large ones cut into slices on all threads and small ones side by side
     * ({@link dev.flaxen.random.Parallelism}), and the forward pass, whose values {@code init} does not return, is not
     * computed (as {@code jax.jit(model.init)} lets XLA drop it). Otherwise the model then runs concretely, as in
     * {@link #initWithOutput}: when it creates batch statistics or another collection, when it or an initializer needs
     * values computed from parameters (a tied initializer, indices computed from parameters), or when anything throws.
     * Either way {@code init} returns the tree the concrete run makes, bit for bit, at any thread count, or throws the
     * error the concrete run throws ({@link Embed} indices out of range included). Initializers may run on several
     * threads at once and in any order (on one thread, one by one in creation order): they must be pure functions.
     *
     * <pre>{@code
     * FrozenDict<Array> variables = net.init(PRNGKey.of(0), x);
     * variables.get("params/layers_0/kernel");   // Some(Array(...)) of shape (4, 8)
     * }</pre>
     *
     * @param key the root key of the {@code params} stream; its mode decides the Threefry mode
     * @param x a sample input; only its shape and dtype shape the parameters
     * @return the variables tree
     * @throws IllegalArgumentException if a module rejects the input or names clash
     * @throws IndexOutOfBoundsException if an index is out of range, such as an {@link Embed} id
     */
    default FrozenDict<Array> init(PRNGKey key, Array x) {
        return init(Rngs.of(Objects.requireNonNull(key, "key")), x);
    }

    /**
     * Initialises with several named streams, Flax's {@code model.init({'params': k1, 'dropout': k2}, x)}.
     *
     * <pre>{@code
     * net.init(Rngs.of(PRNGKey.of(0)).with("dropout", PRNGKey.of(1)), x);
     * }</pre>
     *
     * @param rngs the streams; {@code params} is needed to create parameters
     * @param x a sample input
     * @return the variables tree
     * @throws IllegalArgumentException if a module rejects the input, names clash or a stream is missing
     */
    default FrozenDict<Array> init(Rngs rngs, Array x) {
        return Runs.initVariables(this, rngs, new Array[] {x});
    }

    /**
     * Initialises and returns the output of that first run too, Flax's {@code init_with_output}: the model runs
     * concretely, once, and the initializers are called one by one in creation order.
     *
     * <pre>{@code
     * Tuple2<Array, FrozenDict<Array>> r = net.initWithOutput(PRNGKey.of(0), x);   // (output, variables)
     * }</pre>
     *
     * @param key the root key of the {@code params} stream
     * @param x a sample input
     * @return the output and the variables tree
     * @throws IllegalArgumentException as {@link #init(PRNGKey, Array)}
     */
    default Tuple2<Array, FrozenDict<Array>> initWithOutput(PRNGKey key, Array x) {
        return initWithOutput(Rngs.of(Objects.requireNonNull(key, "key")), x);
    }

    /**
     * {@link #initWithOutput(PRNGKey, Array)} with named streams.
     *
     * <pre>{@code
     * net.initWithOutput(Rngs.of(key).with("dropout", k2), x);
     * }</pre>
     *
     * @param rngs the streams
     * @param x a sample input
     * @return the output and the variables tree
     * @throws IllegalArgumentException as {@link #init(Rngs, Array)}
     */
    default Tuple2<Array, FrozenDict<Array>> initWithOutput(Rngs rngs, Array x) {
        return Runs.init(this, rngs, new Array[] {x});
    }

    /**
     * Runs the model with given variables, Flax's {@code model.apply(variables, x)}. Nothing is created and no
     * collection may change; the tree is not modified.
     *
     * <pre>{@code
     * Array y = net.apply(variables, x);
     * }</pre>
     *
     * @param variables the tree {@code init} returned (or one made from it)
     * @param x the input
     * @return the output
     * @throws IllegalArgumentException if a variable is missing or has another shape, the input does not fit the
     *     parameters ({@code Dense(layers_0).apply: input has 5 features but kernel expects 4 (kernel shape (4, 8))}),
     *     or the tree is nested as {@code {"params": {"params": ...}}}
     */
    default Array apply(FrozenDict<Array> variables, Array x) {
        return apply(variables, x, Rngs.empty());
    }

    /**
     * Runs the model with random streams, for example {@code Rngs.of("dropout", key)}.
     *
     * <pre>{@code
     * Array y = net.apply(variables, x, Rngs.of("dropout", PRNGKey.of(1)));
     * }</pre>
     *
     * @param variables the variables tree
     * @param x the input
     * @param rngs the streams modules draw from with {@link Scope#makeRng}
     * @return the output
     * @throws IllegalArgumentException as {@link #apply(FrozenDict, Array)}, or if a stream a module needs is missing
     */
    default Array apply(FrozenDict<Array> variables, Array x, Rngs rngs) {
        return Runs.apply(this, variables, rngs, Runs.NO_COLLECTIONS, new Array[] {x})._1;
    }

    /**
     * Runs the model letting some collections change, Flax's {@code apply(..., mutable=['batch_stats'])}: returns the
     * output and the updated collections (only those named; the given tree is unchanged).
     *
     * <pre>{@code
     * Tuple2<Array, FrozenDict<Array>> r = net.applyWithState(variables, x, "batch_stats");
     * FrozenDict<Array> next = variables.copy(r._2);   // the new tree for the next step
     * }</pre>
     *
     * @param variables the variables tree
     * @param x the input
     * @param mutable the collections that may change
     * @return the output and the mutable collections after the run
     * @throws IllegalArgumentException as {@link #apply(FrozenDict, Array)}
     */
    default Tuple2<Array, FrozenDict<Array>> applyWithState(FrozenDict<Array> variables, Array x, String... mutable) {
        return applyWithState(variables, x, Rngs.empty(), mutable);
    }

    /**
     * {@link #applyWithState(FrozenDict, Array, String...)} with random streams.
     *
     * <pre>{@code
     * net.applyWithState(variables, x, Rngs.of("dropout", k), "batch_stats");
     * }</pre>
     *
     * @param variables the variables tree
     * @param x the input
     * @param rngs the streams
     * @param mutable the collections that may change
     * @return the output and the mutable collections after the run
     * @throws IllegalArgumentException as {@link #apply(FrozenDict, Array, Rngs)}
     */
    default Tuple2<Array, FrozenDict<Array>> applyWithState(FrozenDict<Array> variables, Array x, Rngs rngs,
                                                            String... mutable) {
        return Runs.apply(this, variables, rngs, Runs.collections(mutable), new Array[] {x});
    }

    /**
     * The shapes and dtypes {@code init} would give, without making any parameter (Flax's
     * {@code jax.eval_shape(model.init, key, x)}): the model runs on abstract arrays that carry a shape and a dtype
     * but no storage, and no initializer is called. Equal to {@code Trees.map(init(key, x), ShapeDtypeStruct::of)}
     * for any key.
     *
     * <pre>{@code
     * net.initShapes(x);   // {"params": {"layers_0": {"kernel": float32[4,8], "bias": float32[8]}, ...}}
     * }</pre>
     *
     * @param x a sample input (only its shape and dtype are used)
     * @return the tree of shapes and dtypes
     * @throws IllegalArgumentException as {@link #init(PRNGKey, Array)}
     * @throws IllegalStateException if a module reads values of an abstract array
     */
    default FrozenDict<ShapeDtypeStruct> initShapes(Array x) {
        return initShapes(ShapeDtypeStruct.of(Objects.requireNonNull(x, "x")));
    }

    /**
     * {@link #initShapes(Array)} from the input's shape and dtype alone, so not even the input is allocated.
     *
     * <pre>{@code
     * net.initShapes(new ShapeDtypeStruct(Shape.of(1024, 784), DType.F32));
     * }</pre>
     *
     * @param x the input's shape and dtype
     * @return the tree of shapes and dtypes
     * @throws IllegalArgumentException as {@link #init(PRNGKey, Array)}
     * @throws IllegalStateException if a module reads values of an abstract array
     */
    default FrozenDict<ShapeDtypeStruct> initShapes(ShapeDtypeStruct x) {
        return Runs.initShapes(this, new ShapeDtypeStruct[] {x});
    }

    /**
     * A summary table, Flax's {@code model.tabulate(key, x)} / Keras's {@code summary()}: one row per module call in
     * call order with path, type, input and output shapes and the module's own variables per collection (shapes,
     * count and bytes), a total row and {@code Total Parameters: N (B)} over all collections. Runs as
     * {@link #initShapes}, so no parameter memory is used.
     *
     * <pre>{@code
     * System.out.println(net.tabulate(PRNGKey.of(0), x));
     * }</pre>
     *
     * @param key the {@code params} key (only reaches modules that draw random numbers while initialising)
     * @param x a sample input
     * @return the table
     * @throws IllegalArgumentException as {@link #init(PRNGKey, Array)}
     */
    default String tabulate(PRNGKey key, Array x) {
        return Runs.tabulate(this, Rngs.of(Objects.requireNonNull(key, "key")), new Array[] {x});
    }

    /**
     * This module under another type name, for auto-naming and {@code tabulate}; the usual way to name a lambda.
     *
     * <pre>{@code
     * Module leaf = Module.named("Leaf", (scope, x) -> scope.call(Dense.of(3), x));
     * scope.call(leaf, x);   // child "Leaf_0"
     * }</pre>
     *
     * @param typeName the name, non-empty, without {@code '/'}
     * @param module the module
     * @return a module that behaves as {@code module} and reports {@code typeName}
     * @throws IllegalArgumentException if the name is empty or contains {@code '/'}
     */
    static Module named(String typeName, Module module) {
        return new NamedModule(Names.checkName("Module.named", "type name", typeName),
                Objects.requireNonNull(module, "module"));
    }
}
