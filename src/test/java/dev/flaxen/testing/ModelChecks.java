package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.MultiInputModule;
import dev.flaxen.nn.Rngs;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The checks behind {@link FlaxenAssertions#assertDeterministicInit} and {@code assertKeySensitivity}. */
final class ModelChecks {
    private static final String INIT = "assertDeterministicInit";
    private static final String KEYS = "assertKeySensitivity";

    private ModelChecks() {
    }

    /** The thread count compared with 1: at least 4, so that the samplers split large arrays into several slices. */
    static int manyThreads() {
        return Math.max(4, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A model with its inputs: init, the concrete run of initWithOutput (init may make parameters from an abstract
     * run instead) and initShapes on them, and how messages name them ("x" or "inputs").
     */
    record Subject(Function<PRNGKey, FrozenDict<Array>> init, Function<PRNGKey, FrozenDict<Array>> concrete,
            Supplier<FrozenDict<ShapeDtypeStruct>> initShapes, String inputs) {
        static Subject of(Module model, Array x) {
            return new Subject(k -> model.init(k, x), k -> model.initWithOutput(k, x)._2, () -> model.initShapes(x),
                    "x");
        }

        static Subject of(MultiInputModule model, Array... inputs) {
            Array[] xs = inputs.clone();
            ShapeDtypeStruct[] specs = Stream.of(xs).map(ShapeDtypeStruct::of).toArray(ShapeDtypeStruct[]::new);
            return new Subject(k -> model.init(k, xs), k -> model.initWithOutput(Rngs.of(k), xs)._2,
                    () -> model.initShapes(specs), "inputs");
        }
    }

    static void deterministicInit(Subject model, PRNGKey key) {
        String call = "init(" + key + ", " + model.inputs + ")";
        FrozenDict<Array> first = model.init.apply(key);
        fail(INIT + ": " + call + " twice: ", BitDiff.trees(first, model.init.apply(key)));
        int n = manyThreads();
        FrozenDict<Array> one = Parallelism.withThreads(1, () -> model.init.apply(key));
        fail(INIT + ": " + call + " by default and with 1 thread: ", BitDiff.trees(first, one));
        FrozenDict<Array> many = Parallelism.withThreads(n, () -> model.init.apply(key));
        fail(INIT + ": " + call + " with 1 thread and with " + n + " threads: ", BitDiff.trees(one, many));
        String shapesCall = "initShapes(" + model.inputs + ")";
        FrozenDict<ShapeDtypeStruct> shapes;
        try {
            shapes = model.initShapes.get();
        } catch (IllegalStateException e) {
            throw new AssertionError(INIT + ": expected " + shapesCall + " to run, got " + e.getMessage()
                    + ". initShapes runs the model on abstract arrays, which have no values to read", e);
        }
        FrozenDict<Array> concrete = model.concrete.apply(key);
        fail(INIT + ": the shapes of " + call + " and " + shapesCall + ": ",
                specs(Trees.map(concrete, ShapeDtypeStruct::of), shapes));
        fail(INIT + ": " + call + " and the concrete run of initWithOutput(" + key + ", " + model.inputs + "): ",
                BitDiff.trees(concrete, first));
    }

    static void keySensitivity(Subject model, PRNGKey a, PRNGKey b, String... deterministicPaths) {
        if (a.equals(b)) {
            throw new IllegalArgumentException(KEYS + ": expected two different keys, got " + a + " twice");
        }
        Vector<Pattern> skip = Vector.of(deterministicPaths).map(Pattern::compile);
        FrozenDict<Array> ta = model.init.apply(a);
        FrozenDict<Array> tb = model.init.apply(b);
        fail(KEYS + ": init with " + a + " and with " + b + ": ", BitDiff.structure(ta, tb));
        for (Tuple2<Path, Array> leaf : Trees.leavesWithPaths(ta)) {
            String path = leaf._1.toString();
            Array va = leaf._2;
            if (va.equals(tb.get(leaf._1).get()) && !isConstant(va) && !skip.exists(p -> p.matcher(path).matches())) {
                throw new AssertionError(KEYS + ": expected " + path + " to differ between init with " + a + " and "
                        + b + ", got the same " + ShapeDtypeStruct.of(va) + " twice. Its elements are not all equal, "
                        + "so it is no constant: its initializer seems to ignore the key. If it is meant to, pass its "
                        + "path as deterministic: assertKeySensitivity(model, " + model.inputs + ", \"" + path + "\")");
            }
        }
    }

    /** Whether every element has the bits of the first (true for sizes 0 and 1). */
    private static boolean isConstant(Array a) {
        for (int i = 1; i < a.size(); i++) {
            if (a.bitsAt(i) != a.bitsAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> specs(FrozenDict<ShapeDtypeStruct> expected, FrozenDict<ShapeDtypeStruct> actual) {
        Optional<String> structure = BitDiff.structure(expected, actual);
        if (structure.isPresent()) {
            return structure;
        }
        return Trees.leavesWithPaths(expected).zip(Trees.leaves(actual)).find(t -> !t._1._2.equals(t._2))
                .map(t -> "expected " + t._1._2 + ", got " + t._2 + " at " + t._1._1).toJavaOptional();
    }

    private static void fail(String headline, Optional<String> difference) {
        if (difference.isPresent()) {
            throw new AssertionError(headline + difference.get());
        }
    }
}
