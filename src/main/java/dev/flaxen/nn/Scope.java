package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.Path;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a module's {@link Module#call(Scope, Array) call} receives: its place in the model (a {@link #path() path}),
 * its parameters and other variables, its random streams and its sub-modules. Flax's compact {@code self}: the same
 * code creates parameters during {@code init} and reads them during {@code apply}.
 *
 * <p><b>Keys.</b> {@link #param} draws its key from the {@code params} stream with {@link #makeRng}: the key of the
 * scope's {@code n}-th draw is {@code rootKey.foldIn(h)}, {@code h} the first four bytes of SHA-1 over the path
 * segments and {@code n}, exactly as Flax derives it (no {@code split} anywhere). Every created parameter takes a
 * count, even when its initializer ignores the key. Counters belong to the scope's path and survive re-calls (Flax's
 * {@code rewound()}), so a module called twice reuses its parameters while {@code makeRng("dropout")} keeps counting.
 *
 * <p><b>Names.</b> {@link #call(Module, Array)} names a child {@code <TypeName>_<n>}, counting per type name within
 * one call of this module ({@code Dense_0}, {@code Dense_1}); {@link #call(String, Module, Array)} uses the given
 * name. Parameters, variables and children share one namespace per call: using a name twice is an error, except that
 * calling the very same module instance again under the same explicit name reuses it (shared weights).
 * {@link Fn} layers (activations, {@code flatten}) are plain functions: they get no scope and no name.
 *
 * <pre>{@code
 * Module mlp = (scope, x) -> {
 *     Array h = Activations.relu(scope.call(Dense.of(16), x));      // Dense_0
 *     Array w = scope.param("w_out", Initializers.lecunNormal(), Shape.of(16, 3));
 *     return h.matmul(w);
 * };
 * }</pre>
 */
public final class Scope {
    private static final Object VARIABLE = new Object();

    private final Run run;
    private final Path path;
    private final String typeName;
    private final ScopeState state;
    private final Map<String, Object> used = new HashMap<>();
    private final Map<String, Integer> cursors = new HashMap<>();

    Scope(Run run, Path path, String typeName, ScopeState state) {
        this.run = run;
        this.path = path;
        this.typeName = typeName;
        this.state = state;
    }

    /**
     * A float32 parameter: {@link #param(String, Initializer, Shape, DType)} with {@code DType.F32}.
     *
     * <pre>{@code
     * Array w = scope.param("kernel", Initializers.lecunNormal(), Shape.of(4, 8));
     * }</pre>
     *
     * @param name the parameter's name in this scope
     * @param init makes the value when the parameter is created
     * @param shape its shape
     * @return the parameter's value
     * @throws IllegalArgumentException as {@link #param(String, Initializer, Shape, DType)}
     */
    public Array param(String name, Initializer init, Shape shape) {
        return param(name, init, shape, DType.F32);
    }

    /**
     * A parameter in the {@code params} collection, Flax's {@code self.param(name, init, shape, dtype)}. While
     * initialising it is created as {@code init.init(makeRng("params"), shape, dtype)}: an abstract array of that shape
     * in {@code initShapes}, where {@code init} is never called, and in the first run of {@code Module.init}, after
     * which {@code init} is called. In {@code apply} the stored value is returned after checking its shape.
     *
     * <pre>{@code
     * Array b = scope.param("bias", Initializers.zeros(), Shape.of(8), DType.BF16);
     * }</pre>
     *
     * @param name the parameter's name in this scope, unique in this call
     * @param init makes the value when the parameter is created
     * @param shape its shape
     * @param dtype its dtype
     * @return the parameter's value
     * @throws IllegalArgumentException if the name is taken in this call, the stored value has another shape, the
     *     parameter is missing in {@code apply} ({@code <op>: expected parameter "kernel", got none at
     *     params/Dense_0/kernel. ...}), the initializer returns the wrong shape or dtype, or the parameter must be
     *     created but there is no {@code params} stream
     */
    public Array param(String name, Initializer init, Shape shape, DType dtype) {
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        Path at = reserveVariable("params", name);
        Option<Array> stored = run.get(at);
        if (stored.isDefined()) {
            return Errors.checkStoredShape(op(), at, stored.get(), shape);
        }
        if (!run.isMutable("params")) {
            throw Errors.missingVariable(op(), run, at, "parameter");
        }
        PRNGKey key = draw("params", "to create " + at);
        Array value;
        if (run.isAbstract()) {
            value = Array.abstractOf(shape, dtype);
            run.plan(new PlannedParam(at, key, init, shape, dtype));
        } else {
            value = init.init(key, shape, dtype);
        }
        Errors.checkCreated(op(), at, value, shape, dtype);
        run.put(at, value);
        return value;
    }

    /**
     * A variable of any collection, Flax's {@code self.variable(collection, name, init_fn)}: {@code init} makes its
     * first value (no key is drawn and no counter moves). Reading works in every mode; {@link Variable#set} needs a
     * mutable collection (every collection while initialising; in {@code apply}, those passed to
     * {@link Module#applyWithState}). In {@code initShapes} the supplier is called and its value kept only for its
     * shape; use {@link #variable(String, String, Shape, DType, Supplier)} to avoid even that.
     *
     * <pre>{@code
     * Variable count = scope.variable("counter", "n", () -> Array.scalar(0f));
     * }</pre>
     *
     * @param collection the collection, for example {@code batch_stats}
     * @param name the variable's name in this scope, unique in this call
     * @param init makes the first value
     * @return a handle to the variable
     * @throws IllegalArgumentException if the name is taken in this call, or the variable is missing in {@code apply}
     *     and its collection is not mutable
     */
    public Variable variable(String collection, String name, Supplier<Array> init) {
        Objects.requireNonNull(init, "init");
        return variableAt(collection, name, init, null, null);
    }

    /**
     * A variable with a declared shape and dtype: as {@link #variable(String, String, Supplier)}, but in
     * {@code initShapes} the supplier is not called, and its value is checked against the declaration.
     *
     * <pre>{@code
     * Variable mean = scope.variable("batch_stats", "mean", Shape.of(8), DType.F32, () -> Array.zeros(Shape.of(8)));
     * }</pre>
     *
     * @param collection the collection
     * @param name the variable's name in this scope, unique in this call
     * @param shape the shape of its value
     * @param dtype the dtype of its value
     * @param init makes the first value
     * @return a handle to the variable
     * @throws IllegalArgumentException as {@link #variable(String, String, Supplier)}, or if {@code init} gives
     *     another shape or dtype
     */
    public Variable variable(String collection, String name, Shape shape, DType dtype, Supplier<Array> init) {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(init, "init");
        return variableAt(collection, name, init, shape, dtype);
    }

    private Variable variableAt(String collection, String name, Supplier<Array> init, Shape shape, DType dtype) {
        Names.checkName(op(), "collection", collection);
        Path at = reserveVariable(collection, name);
        if (!run.contains(at)) {
            run.writingOtherThanNewParam();
            if (!run.isMutable(collection)) {
                throw Errors.missingVariable(op(), run, at, "variable");
            }
            Array value = shape != null && run.isAbstract() ? Array.abstractOf(shape, dtype) : init.get();
            if (shape != null) {
                Errors.checkCreated(op(), at, value, shape, dtype);
            }
            run.put(at, Objects.requireNonNull(value, "variable initializer returned null"));
        }
        return new Variable(run, op(), collection, at);
    }

    /**
     * A new key from a named stream, Flax's {@code self.make_rng(stream)}: this scope's counter for the stream goes up
     * by one and the key is {@code rootKey.foldIn(h(path, counter))}. A stream that was not given falls back to
     * {@code params} (and its counter), as in Flax 0.8.2 and later.
     *
     * <pre>{@code
     * Array noise = Random.normal(scope.makeRng("noise"), x.shape());
     * }</pre>
     *
     * @param stream the stream name, for example {@code dropout}
     * @return a fresh key
     * @throws IllegalArgumentException if neither the stream nor {@code params} was given:
     *     {@code Dropout(layers_1).apply: expected an rng stream "dropout", got streams []. ...}
     */
    public PRNGKey makeRng(String stream) {
        return draw(Objects.requireNonNull(stream, "stream"), null);
    }

    /**
     * {@link #makeRng(String)} from the {@code params} stream, Flax's default.
     *
     * <pre>{@code
     * PRNGKey k = scope.makeRng();
     * }</pre>
     *
     * @return a fresh key
     * @throws IllegalArgumentException if there is no {@code params} stream
     */
    public PRNGKey makeRng() {
        return makeRng("params");
    }

    private PRNGKey draw(String stream, String purpose) {
        String s = run.rngs.has(stream) ? stream : "params";
        if (!run.rngs.has(s)) {
            throw Errors.missingStream(op(), stream, run.rngs, purpose);
        }
        int counter = state.counters.merge(s, 1, Integer::sum);
        return RngKeys.derive(run.rngs.get(s).get(), path.segments(), counter, run.rngs.fixRngSeparator());
    }

    /**
     * Runs a child module under an automatic name {@code <typeName>_<n>}, {@code n} counting calls of modules of that
     * type name made by this call of this module (Flax's compact auto-naming). {@link Fn} layers run as plain
     * functions: no scope, no name.
     *
     * <pre>{@code
     * Array h = scope.call(Dense.of(8), x);   // child "Dense_0"
     * Array y = scope.call(Dense.of(1), h);   // child "Dense_1"
     * }</pre>
     *
     * @param module the child
     * @param x its input
     * @return its output
     * @throws IllegalArgumentException if the automatic name is already taken in this call
     */
    public Array call(Module module, Array x) {
        return call(module, new Array[] {x});
    }

    /**
     * {@link #call(Module, Array)} with several inputs, for a {@link MultiInputModule}.
     *
     * <pre>{@code
     * Array y = scope.call(pair, x1, x2);
     * }</pre>
     *
     * @param module the child
     * @param inputs its inputs
     * @return its output
     * @throws IllegalArgumentException if the automatic name is already taken, or the module takes one input
     */
    public Array call(Module module, Array... inputs) {
        Objects.requireNonNull(module, "module");
        if (module instanceof Fn) {
            return module.call(this, inputs);
        }
        String type = module.typeName();
        int n = cursors.merge(type, 1, Integer::sum) - 1;
        return callNamed(type + "_" + n, module, inputs);
    }

    /**
     * Runs a child module under an explicit name (Flax's {@code name=}). Calling the same module instance again
     * under the same name in one call reuses it and its parameters; any other repeat of a name is an error.
     *
     * <pre>{@code
     * Array h = scope.call("encoder", Dense.of(16), x);   // params/encoder/kernel, ...
     * }</pre>
     *
     * @param name the child's name, non-empty, without {@code '/'}
     * @param module the child
     * @param x its input
     * @return its output
     * @throws IllegalArgumentException if the name is taken in this call by something else
     */
    public Array call(String name, Module module, Array x) {
        return call(name, module, new Array[] {x});
    }

    /**
     * {@link #call(String, Module, Array)} with several inputs.
     *
     * <pre>{@code
     * Array y = scope.call("fuse", pair, x1, x2);
     * }</pre>
     *
     * @param name the child's name
     * @param module the child
     * @param inputs its inputs
     * @return its output
     * @throws IllegalArgumentException if the name is taken in this call by something else
     */
    public Array call(String name, Module module, Array... inputs) {
        Objects.requireNonNull(module, "module");
        if (module instanceof Fn) {
            return module.call(this, inputs);
        }
        return callNamed(name, module, inputs);
    }

    private Array callNamed(String name, Module module, Array[] inputs) {
        Names.checkName(op(), "module name", name);
        Object previous = used.putIfAbsent(name, module);
        if (previous != null && previous != module) {
            used.put(name, previous);
            throw Errors.nameInUse(op(), name, path.child(name));
        }
        ScopeState childState = state.children.computeIfAbsent(name, k -> new ScopeState());
        Scope child = new Scope(run, path.child(name), module.typeName(), childState);
        int row = run.beginCall(child.path, child.typeName, inputs);
        Array out = Objects.requireNonNull(module.call(child, inputs), () -> child.op() + " returned null");
        run.endCall(row, out);
        return out;
    }

    private Path reserveVariable(String collection, String name) {
        Names.checkName(op(), "variable name", name);
        if (used.putIfAbsent(name, VARIABLE) != null) {
            throw Errors.nameInUse(op(), name, path.child(name));
        }
        return variablePath(collection, name);
    }

    private Path variablePath(String collection, String name) {
        return new Path(path.segments().prepend(collection).append(name));
    }

    /**
     * The stored value of a variable of this scope, if there is one (Flax's {@code get_variable}); creates nothing.
     *
     * <pre>{@code
     * scope.getVariable("params", "kernel").map(Array::shape);   // Some((4, 8)) in apply
     * }</pre>
     *
     * @param collection the collection
     * @param name the variable's name
     * @return its value, or none
     */
    public Option<Array> getVariable(String collection, String name) {
        Names.checkName(op(), "collection", collection);
        Names.checkName(op(), "variable name", name);
        return run.get(variablePath(collection, name));
    }

    /**
     * Whether this scope has a stored variable (Flax's {@code has_variable}).
     *
     * <pre>{@code
     * scope.hasVariable("batch_stats", "mean");
     * }</pre>
     *
     * @param collection the collection
     * @param name the variable's name
     * @return true if stored
     */
    public boolean hasVariable(String collection, String name) {
        return getVariable(collection, name).isDefined();
    }

    /**
     * Whether the model is being initialised ({@code init}, {@code initWithOutput}, {@code initShapes},
     * {@code tabulate}), Flax's {@code is_initializing()}.
     *
     * <pre>{@code
     * if (!scope.isInitializing()) { stats.set(updated); }
     * }</pre>
     *
     * @return true while initialising
     */
    public boolean isInitializing() {
        return run.isInitializing();
    }

    /**
     * This scope's module path: the root module has the root path, its children {@code layers_0},
     * {@code Middle_0/leaf}, ...
     *
     * <pre>{@code
     * scope.path().toString();   // "layers_0"
     * }</pre>
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * The type name of the module this scope belongs to ({@code Dense}).
     *
     * <pre>{@code
     * scope.typeName();   // "Dense"
     * }</pre>
     *
     * @return the type name
     */
    public String typeName() {
        return typeName;
    }

    /**
     * The operation name errors start with: module type, path in parentheses (none at the root) and the entry point,
     * such as {@code Dense(layers_0).apply}.
     *
     * <pre>{@code
     * throw new IllegalArgumentException(scope.op() + ": expected ..., got ...");
     * }</pre>
     *
     * @return the operation name
     */
    public String op() {
        return typeName + (path.isRoot() ? "" : "(" + path + ")") + "." + run.verb;
    }
}
