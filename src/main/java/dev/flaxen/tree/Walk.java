package dev.flaxen.tree;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The recursions behind {@link Trees}: sorted walks (JAX order) and insertion-order walks (Flax order). */
final class Walk {
    private Walk() {
    }

    /** The keys of one level sorted by code point, as Python's {@code sorted} and JAX's flattening order them. */
    static Vector<String> sortedKeys(FrozenDict<?> dict) {
        return dict.keys().sorted(Path::compareKeys);
    }

    /** Appends (path, leaf) for every leaf, keys sorted at every level. */
    static <V> void leavesWithPaths(FrozenDict<V> dict, Path at, List<Tuple2<Path, V>> out) {
        for (String key : sortedKeys(dict)) {
            Either<FrozenDict<V>, V> node = dict.items().get(key).get();
            if (node.isLeft()) {
                leavesWithPaths(node.getLeft(), at.child(key), out);
            } else {
                out.add(Tuple.of(at.child(key), node.get()));
            }
        }
    }

    /** Applies {@code f} to every leaf in sorted order; the result keeps {@code dict}'s insertion order. */
    static <V, W> FrozenDict<W> map(String op, FrozenDict<V> dict, Path at,
            BiFunction<? super Path, ? super V, ? extends W> f) {
        Map<String, Either<FrozenDict<W>, W>> done = new HashMap<>();
        for (String key : sortedKeys(dict)) {
            Either<FrozenDict<V>, V> node = dict.items().get(key).get();
            Path path = at.child(key);
            done.put(key, node.isLeft()
                    ? Either.left(map(op, node.getLeft(), path, f))
                    : Updates.leaf(op, path, f.apply(path, node.get())));
        }
        return inOrder(dict, done);
    }

    /** Zips two trees of the same structure (checked by the caller), calling {@code f} in sorted order. */
    static <V, W, R> FrozenDict<R> zip(String op, FrozenDict<V> a, FrozenDict<W> b, Path at,
            BiFunction<? super V, ? super W, ? extends R> f) {
        Map<String, Either<FrozenDict<R>, R>> done = new HashMap<>();
        for (String key : sortedKeys(a)) {
            Either<FrozenDict<V>, V> x = a.items().get(key).get();
            Either<FrozenDict<W>, W> y = b.items().get(key).get();
            Path path = at.child(key);
            done.put(key, x.isLeft()
                    ? Either.left(zip(op, x.getLeft(), y.getLeft(), path, f))
                    : Updates.leaf(op, path, f.apply(x.get(), y.get())));
        }
        return inOrder(a, done);
    }

    private static <W> FrozenDict<W> inOrder(FrozenDict<?> template, Map<String, Either<FrozenDict<W>, W>> nodes) {
        return new FrozenDict<>(LinkedHashMap.ofEntries(template.keys().map(k -> Tuple.of(k, nodes.get(k)))));
    }

    /**
     * Appends (path, some(leaf)) depth-first in insertion order, as Flax's {@code flatten_dict}, and
     * (path, none) for an empty subtree below the root ({@code keep_empty_nodes=True}).
     */
    static <V> void flatten(FrozenDict<V> dict, Path at, List<Tuple2<Path, Option<V>>> out) {
        if (dict.isEmpty() && !at.isRoot()) {
            out.add(Tuple.of(at, Option.none()));
        }
        for (Tuple2<String, Either<FrozenDict<V>, V>> e : dict.items()) {
            if (e._2.isLeft()) {
                flatten(e._2.getLeft(), at.child(e._1), out);
            } else {
                out.add(Tuple.of(at.child(e._1), Option.some(e._2.get())));
            }
        }
    }
}
