package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/** The entry points behind {@link Module}'s {@code init}, {@code apply}, {@code initShapes} and {@code tabulate}. */
final class Runs {
    static final Set<String> NO_COLLECTIONS = HashSet.empty();

    /** initShapes draws no values from keys, but modules that ask for one while initialising still get a key. */
    private static final Rngs SHAPES_RNGS = Rngs.of(PRNGKey.of(0));

    private Runs() {
    }

    static Tuple2<Array, FrozenDict<Array>> init(Module module, Rngs rngs, Array[] inputs) {
        Run run = Run.init("init", Objects.requireNonNull(rngs, "rngs"));
        Array out = runRoot(module, run, checkInputs(module, "init", inputs));
        return Tuple.of(out, run.variables());
    }

    /** The variables of {@code init}: from a plan ({@link PlannedInit}) when possible, else from the concrete run. */
    static FrozenDict<Array> initVariables(Module module, Rngs rngs, Array[] inputs) {
        Objects.requireNonNull(rngs, "rngs");
        Array[] checked = checkInputs(module, "init", inputs);
        return PlannedInit.variables(module, rngs, checked).getOrElse(() -> init(module, rngs, checked)._2);
    }

    static Tuple2<Array, FrozenDict<Array>> apply(Module module, FrozenDict<Array> variables, Rngs rngs,
                                                  Set<String> mutable, Array[] inputs) {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(rngs, "rngs");
        String op = module.typeName() + ".apply";
        Errors.checkVariables(op, variables);
        Run run = Run.apply("apply", rngs, variables, mutable);
        Array out = runRoot(module, run, checkInputs(module, "apply", inputs));
        return Tuple.of(out, run.mutatedCollections());
    }

    static FrozenDict<ShapeDtypeStruct> initShapes(Module module, ShapeDtypeStruct[] inputs) {
        Run run = Run.shapes("initShapes", SHAPES_RNGS, false);
        runRoot(module, run, checkInputs(module, "initShapes", abstractInputs(inputs)));
        return Trees.map(run.variables(), ShapeDtypeStruct::of);
    }

    static String tabulate(Module module, Rngs rngs, Array[] inputs) {
        Run run = Run.shapes("tabulate", Objects.requireNonNull(rngs, "rngs"), true);
        Array[] checked = checkInputs(module, "tabulate", inputs);
        ShapeDtypeStruct[] specs = new ShapeDtypeStruct[checked.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = ShapeDtypeStruct.of(checked[i]);
        }
        runRoot(module, run, abstractInputs(specs));
        return Summary.render(module.typeName(), run.calls(), Trees.map(run.variables(), ShapeDtypeStruct::of));
    }

    static Set<String> collections(String... names) {
        Objects.requireNonNull(names, "mutable");
        for (String n : names) {
            Names.checkName("Module.applyWithState", "collection name", n);
        }
        return HashSet.of(names);
    }

    static String defaultTypeName(Module module) {
        Class<?> c = module.getClass();
        String name = c.getSimpleName();
        if (name.isEmpty() || c.isSynthetic() || c.isHidden() || name.contains("$$Lambda")) {
            return "Module";
        }
        return name;
    }

    static Array runRoot(Module module, Run run, Array[] inputs) {
        String type = module.typeName();
        Scope root = new Scope(run, Path.root(), type, new ScopeState());
        int row = run.beginCall(Path.root(), type, inputs);
        Array out = Objects.requireNonNull(module.call(root, inputs), () -> root.op() + " returned null");
        run.endCall(row, out);
        return out;
    }

    private static Array[] checkInputs(Module module, String verb, Array[] inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.length == 0) {
            throw new IllegalArgumentException(module.typeName() + "." + verb + ": expected at least 1 input, got 0");
        }
        for (int i = 0; i < inputs.length; i++) {
            Objects.requireNonNull(inputs[i], "input " + i);
        }
        return inputs.clone();
    }

    static Array[] abstractInputs(ShapeDtypeStruct[] inputs) {
        Objects.requireNonNull(inputs, "inputs");
        Array[] out = new Array[inputs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Array.abstractOf(Objects.requireNonNull(inputs[i], "input " + i));
        }
        return out;
    }
}
