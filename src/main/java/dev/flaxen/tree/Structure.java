package dev.flaxen.tree;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Finds the first place two trees differ in structure, walking keys sorted (JAX's order). */
final class Structure {
    private Structure() {
    }

    /** Where two trees first differ, with what was expected (from {@code a}) and what was found (in {@code b}). */
    record Mismatch(Path path, String expected, String actual) {
    }

    static Option<Mismatch> firstMismatch(FrozenDict<?> a, FrozenDict<?> b, Path at) {
        Vector<String> keys = Walk.sortedKeys(a);
        Vector<String> otherKeys = Walk.sortedKeys(b);
        if (!keys.equals(otherKeys)) {
            return Option.some(new Mismatch(at, describe(keys), describe(otherKeys)));
        }
        for (String key : keys) {
            Either<? extends FrozenDict<?>, ?> x = a.items().get(key).get();
            Either<? extends FrozenDict<?>, ?> y = b.items().get(key).get();
            if (x.isLeft() != y.isLeft()) {
                return Option.some(new Mismatch(at.child(key), describe(x), describe(y)));
            }
            if (x.isLeft()) {
                Option<Mismatch> deeper = firstMismatch(x.getLeft(), y.getLeft(), at.child(key));
                if (deeper.isDefined()) {
                    return deeper;
                }
            }
        }
        return Option.none();
    }

    private static String describe(Either<? extends FrozenDict<?>, ?> node) {
        return node.isLeft() ? describe(Walk.sortedKeys(node.getLeft())) : "a leaf";
    }

    private static String describe(Vector<String> sortedKeys) {
        return "keys " + sortedKeys.mkString("[", ", ", "]");
    }
}
