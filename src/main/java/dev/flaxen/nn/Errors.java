package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.collection.Vector;
import io.vavr.control.Either;

/**
 * The errors users of modules see, in the house form {@code <op>: expected <X>, got <Y>[ at <path>]. <hint>}, where
 * {@code op} names the module, its path and the entry point ({@code Dense(layers_0).apply}).
 */
final class Errors {
    private Errors() {
    }

    static Array checkStoredShape(String op, Path at, Array stored, Shape shape) {
        if (!stored.shape().equals(shape)) {
            throw new IllegalArgumentException(op + ": expected shape " + shape + ", got stored shape " + stored.shape()
                    + " at " + at + ". The variables were made for another input shape or model; init again or pass "
                    + "an input like the one init saw");
        }
        return stored;
    }

    static void checkCreated(String op, Path at, Array value, Shape shape, DType dtype) {
        if (value == null || !value.shape().equals(shape) || value.dtype() != dtype) {
            throw new IllegalArgumentException(op + ": expected an initial value " + new ShapeDtypeStruct(shape, dtype)
                    + ", got " + (value == null ? "null" : ShapeDtypeStruct.of(value).toString()) + " at " + at
                    + ". The initializer must return the shape and dtype it is given");
        }
    }

    static IllegalArgumentException missingVariable(String op, Run run, Path at, String kind) {
        String collection = at.segments().head();
        String what = kind + " \"" + at.last() + "\"";
        if (!run.hasCollection(collection)) {
            Vector<String> present = run.collections();
            String got = present.isEmpty() ? "an empty tree" : "collections " + present.mkString("[", ", ", "]");
            boolean inner = at.segments().size() > 2 && present.contains(at.segments().get(1))
                    || present.contains(at.last());
            String hint = inner ? "These look like the contents of a collection: pass the whole tree init returned, "
                    + "not variables[\"" + collection + "\"]" : "Pass the whole tree init returned ({\"" + collection
                    + "\": ...})";
            return new IllegalArgumentException(op + ": expected collection \"" + collection + "\" holding " + what
                    + ", got " + got + " at " + at + ". " + hint);
        }
        Path holder = at.parent();
        while (!run.contains(holder)) {
            holder = holder.parent();
        }
        return new IllegalArgumentException(op + ": expected " + what + ", got none at " + at + ". " + holder
                + " holds " + run.keysAt(holder).mkString("[", ", ", "]")
                + "; pass the variables init returned for this same model");
    }

    static IllegalArgumentException missingStream(String op, String stream, Rngs rngs, String purpose) {
        return new IllegalArgumentException(op + ": expected an rng stream \"" + stream + "\""
                + (purpose == null ? "" : " " + purpose) + ", got streams " + rngs.names().mkString("[", ", ", "]")
                + ". Pass it, e.g. Rngs.of(\"" + stream + "\", key)"
                + ("params".equals(stream) ? " or init(key, x)" : " to apply")
                + (stream.equals("dropout") ? ", or make the layer deterministic" : ""));
    }

    static IllegalArgumentException nameInUse(String op, String name, Path at) {
        return new IllegalArgumentException(op + ": expected each name once per call, got \"" + name + "\" twice at "
                + at + ". Give the second submodule or variable its own name; to share parameters, call the same "
                + "module instance again under the same name");
    }

    static IllegalArgumentException immutable(String op, String collection, Path at) {
        return new IllegalArgumentException(op + ": expected a mutable collection \"" + collection + "\", got an "
                + "immutable one at " + at + ". Use applyWithState(variables, x, \"" + collection + "\") to get the "
                + "updated collection back");
    }

    /** Flax's checks of the tree given to apply: collections at the top, and no {@code {"params": {"params": ...}}}. */
    static void checkVariables(String op, FrozenDict<Array> variables) {
        for (var item : variables.items()) {
            Either<FrozenDict<Array>, Array> node = item._2;
            if (node.isRight()) {
                throw new IllegalArgumentException(op + ": expected a collection (a subtree) at " + item._1
                        + ", got a leaf " + ShapeDtypeStruct.of(node.get()) + ". Pass the whole tree init returned "
                        + "({\"params\": ...})");
            }
        }
        if (variables.contains(Path.of("params", "params"))) {
            throw new IllegalArgumentException(op + ": expected variables {\"params\": {...}}, got {\"params\": "
                    + "{\"params\": ...}}. You probably wrapped the tree init returned in another {\"params\": ...}; "
                    + "pass it as it is (a submodule named \"params\" at the top level is not allowed, as in Flax)");
        }
    }
}
