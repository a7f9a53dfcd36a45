package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import io.vavr.Tuple2;
import java.util.Objects;

/**
 * A module with several inputs, Flax's {@code __call__(self, x, y)}: the lambda receives the inputs as an array.
 * It is a {@link Module} (one input is one array of length 1), and adds {@code init}/{@code apply} overloads that
 * take the inputs as varargs. Parents call it with {@link Scope#call(Module, Array...)}.
 *
 * <pre>{@code
 * MultiInputModule pair = (scope, xs) -> scope.call(Dense.of(3), xs[0]).add(scope.call(Dense.of(3), xs[1]));
 * FrozenDict<Array> v = pair.init(PRNGKey.of(0), x, y);   // params/Dense_0, params/Dense_1
 * Array out = pair.apply(v, x, y);
 * }</pre>
 */
@FunctionalInterface
public interface MultiInputModule extends Module {
    /**
     * The forward pass over all inputs.
     *
     * <pre>{@code
     * MultiInputModule sum = (scope, xs) -> xs[0].add(xs[1]);
     * }</pre>
     *
     * @param scope this module's scope
     * @param inputs the inputs, in order
     * @return the output
     */
    @Override
    Array call(Scope scope, Array... inputs);

    /**
     * The forward pass with one input: {@code call(scope, new Array[] {x})}.
     *
     * <pre>{@code
     * sum.call(scope, x);   // inputs = [x]
     * }</pre>
     *
     * @param scope this module's scope
     * @param x the only input
     * @return the output
     */
    @Override
    default Array call(Scope scope, Array x) {
        return call(scope, new Array[] {x});
    }

    /**
     * {@link Module#init(PRNGKey, Array)} with several inputs.
     *
     * <pre>{@code
     * pair.init(PRNGKey.of(0), x, y);
     * }</pre>
     *
     * @param key the root key of the {@code params} stream
     * @param inputs sample inputs
     * @return the variables tree
     * @throws IllegalArgumentException as {@link Module#init(PRNGKey, Array)}
     */
    default FrozenDict<Array> init(PRNGKey key, Array... inputs) {
        return init(Rngs.of(Objects.requireNonNull(key, "key")), inputs);
    }

    /**
     * {@link Module#init(Rngs, Array)} with several inputs.
     *
     * <pre>{@code
     * pair.init(Rngs.of(key), x, y);
     * }</pre>
     *
     * @param rngs the streams
     * @param inputs sample inputs
     * @return the variables tree
     * @throws IllegalArgumentException as {@link Module#init(Rngs, Array)}
     */
    default FrozenDict<Array> init(Rngs rngs, Array... inputs) {
        return Runs.initVariables(this, rngs, inputs);
    }

    /**
     * {@link Module#initWithOutput(Rngs, Array)} with several inputs.
     *
     * <pre>{@code
     * pair.initWithOutput(Rngs.of(key), x, y);
     * }</pre>
     *
     * @param rngs the streams
     * @param inputs sample inputs
     * @return the output and the variables tree
     * @throws IllegalArgumentException as {@link Module#init(Rngs, Array)}
     */
    default Tuple2<Array, FrozenDict<Array>> initWithOutput(Rngs rngs, Array... inputs) {
        return Runs.init(this, rngs, inputs);
    }

    /**
     * {@link Module#apply(FrozenDict, Array)} with several inputs.
     *
     * <pre>{@code
     * pair.apply(variables, x, y);
     * }</pre>
     *
     * @param variables the variables tree
     * @param inputs the inputs
     * @return the output
     * @throws IllegalArgumentException as {@link Module#apply(FrozenDict, Array)}
     */
    default Array apply(FrozenDict<Array> variables, Array... inputs) {
        return apply(variables, Rngs.empty(), inputs);
    }

    /**
     * {@link Module#apply(FrozenDict, Array, Rngs)} with several inputs.
     *
     * <pre>{@code
     * pair.apply(variables, Rngs.of("dropout", k), x, y);
     * }</pre>
     *
     * @param variables the variables tree
     * @param rngs the streams
     * @param inputs the inputs
     * @return the output
     * @throws IllegalArgumentException as {@link Module#apply(FrozenDict, Array, Rngs)}
     */
    default Array apply(FrozenDict<Array> variables, Rngs rngs, Array... inputs) {
        return Runs.apply(this, variables, rngs, Runs.NO_COLLECTIONS, inputs)._1;
    }

    /**
     * {@link Module#initShapes(ShapeDtypeStruct)} with several inputs.
     *
     * <pre>{@code
     * pair.initShapes(ShapeDtypeStruct.of(x), ShapeDtypeStruct.of(y));
     * }</pre>
     *
     * @param inputs the inputs' shapes and dtypes
     * @return the tree of shapes and dtypes
     * @throws IllegalArgumentException as {@link Module#init(PRNGKey, Array)}
     */
    default FrozenDict<ShapeDtypeStruct> initShapes(ShapeDtypeStruct... inputs) {
        return Runs.initShapes(this, inputs);
    }

    /**
     * {@link Module#tabulate(PRNGKey, Array)} with several inputs.
     *
     * <pre>{@code
     * System.out.println(pair.tabulate(PRNGKey.of(0), x, y));
     * }</pre>
     *
     * @param key the {@code params} key
     * @param inputs sample inputs
     * @return the table
     * @throws IllegalArgumentException as {@link Module#init(PRNGKey, Array)}
     */
    default String tabulate(PRNGKey key, Array... inputs) {
        return Runs.tabulate(this, Rngs.of(Objects.requireNonNull(key, "key")), inputs);
    }

    /**
     * This module under another type name (see {@link Module#typeName()}).
     *
     * <pre>{@code
     * MultiInputModule fuse = MultiInputModule.named("Fuse", (scope, xs) -> xs[0].add(xs[1]));
     * }</pre>
     *
     * @param typeName the name
     * @param module the module
     * @return a multi-input module that behaves as {@code module} and reports {@code typeName}
     * @throws IllegalArgumentException if the name is empty or contains {@code '/'}
     */
    static MultiInputModule named(String typeName, MultiInputModule module) {
        return new NamedModule(Names.checkName("MultiInputModule.named", "type name", typeName),
                Objects.requireNonNull(module, "module"));
    }
}
