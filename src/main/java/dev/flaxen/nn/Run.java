package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.MutableDict;
import dev.flaxen.tree.Path;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one {@code init}, {@code apply} or {@code initShapes} call, shared by all its scopes: the mode, the
 * rng streams, the variables being read and written (one tree, in creation order) and, for {@code tabulate}, the
 * module calls in the order they started.
 */
final class Run {
    /** What a run does with parameters. */
    enum Mode {
        /** Create missing variables with real initializers. */
        INIT,
        /** Read variables; write only the mutable collections. */
        APPLY,
        /** Create missing variables as abstract arrays (shape and dtype only). */
        SHAPES
    }

    final Mode mode;
    final String verb;
    final Rngs rngs;
    private final MutableDict<Array> variables;
    private final Set<String> mutable;
    private final List<CallRecord> calls;
    private final List<PlannedParam> planned;
    private boolean onlyParams = true;

    private Run(Mode mode, String verb, Rngs rngs, MutableDict<Array> variables, Set<String> mutable,
                boolean recordCalls, boolean plan) {
        this.mode = mode;
        this.verb = verb;
        this.rngs = rngs;
        this.variables = variables;
        this.mutable = mutable;
        this.calls = recordCalls ? new ArrayList<>() : null;
        this.planned = plan ? new ArrayList<>() : null;
    }

    static Run init(String verb, Rngs rngs) {
        return new Run(Mode.INIT, verb, rngs, MutableDict.empty(), null, false, false);
    }

    static Run shapes(String verb, Rngs rngs, boolean recordCalls) {
        return new Run(Mode.SHAPES, verb, rngs, MutableDict.empty(), null, recordCalls, false);
    }

    /**
     * A planning run: parameters are created as abstract arrays (the inputs stay as given), and each is recorded with
     * what {@code init} needs to make it.
     */
    static Run plan(String verb, Rngs rngs) {
        return new Run(Mode.SHAPES, verb, rngs, MutableDict.empty(), null, false, true);
    }

    static Run apply(String verb, Rngs rngs, FrozenDict<Array> variables, Set<String> mutable) {
        return new Run(Mode.APPLY, verb, rngs, variables.unfreeze(), mutable, false, false);
    }

    boolean isInitializing() {
        return mode != Mode.APPLY;
    }

    boolean isAbstract() {
        return mode == Mode.SHAPES;
    }

    /** Whether a collection may be written: every collection while initialising, the listed ones in apply. */
    boolean isMutable(String collection) {
        return mutable == null || mutable.contains(collection);
    }

    boolean hasCollection(String collection) {
        return variables.contains(Path.of(collection));
    }

    Option<Array> get(Path path) {
        return variables.get(path);
    }

    boolean contains(Path path) {
        return variables.contains(path);
    }

    /** The keys stored under a node, or none if it does not exist. */
    Vector<String> keysAt(Path path) {
        return variables.freeze().subtree(path).map(FrozenDict::keys).getOrElse(Vector.empty());
    }

    Vector<String> collections() {
        return variables.keys();
    }

    void put(Path path, Array value) {
        variables.put(path, value);
    }

    FrozenDict<Array> variables() {
        return variables.freeze();
    }

    /** The mutable collections after an apply, in the order the tree holds them. */
    FrozenDict<Array> mutatedCollections() {
        FrozenDict<Array> all = variables.freeze();
        FrozenDict<Array> out = FrozenDict.empty();
        for (String c : all.keys()) {
            if (isMutable(c)) {
                out = out.withSubtree(c, all.subtree(c).get());
            }
        }
        return out;
    }

    /** Reserves the next row for a module call that is starting (pre-order), or -1 when not recording. */
    int beginCall(Path path, String typeName, Array[] inputs) {
        if (calls == null) {
            return -1;
        }
        calls.add(new CallRecord(path, typeName, Vector.of(inputs).map(ShapeDtypeStruct::of), Option.none()));
        return calls.size() - 1;
    }

    void endCall(int row, Array output) {
        if (row >= 0) {
            CallRecord r = calls.get(row);
            calls.set(row, new CallRecord(r.path(), r.typeName(), r.inputs(), Option.of(ShapeDtypeStruct.of(output))));
        }
    }

    /**
     * Called before a variable other than a new parameter is written. A planning run must write nothing else: it
     * records that its plan cannot be used, whatever the module then does with the signal, and throws the signal to
     * stop the run. Other runs go on.
     *
     * @throws RuntimeException {@link PlannedInit#NOT_ONLY_PARAMS} in a planning run
     */
    void writingOtherThanNewParam() {
        if (planned != null) {
            onlyParams = false;
            throw PlannedInit.NOT_ONLY_PARAMS;
        }
    }

    /** Whether a planning run wrote nothing but new parameters ({@link #writingOtherThanNewParam}). */
    boolean wroteOnlyParams() {
        return onlyParams;
    }

    /** Records a parameter a planning run creates; other runs keep no record. */
    void plan(PlannedParam p) {
        if (planned != null) {
            planned.add(p);
        }
    }

    /** The parameters recorded by a planning run, in creation order. */
    List<PlannedParam> planned() {
        return planned;
    }

    Vector<CallRecord> calls() {
        return calls == null ? Vector.empty() : Vector.ofAll(calls);
    }
}
