package dev.flaxen.tree;

import io.vavr.Tuple2;
import io.vavr.collection.Iterator;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.Map;

/** Nested maps to trees (Flax's {@code freeze}) and back ({@link FrozenDict#toJavaMap()}). */
final class Freezing {
    private Freezing() {
    }

    /**
     * Freezes a {@code java.util.Map}, Vavr {@code Map} or {@code FrozenDict}; checks leaves against
     * {@code leafType} unless it is null.
     */
    static <V> FrozenDict<V> freeze(String op, Object map, Class<V> leafType) {
        if (map == null) {
            throw new NullPointerException(op + ": expected a map, got null");
        }
        return freeze(op, map, Path.root(), leafType);
    }

    @SuppressWarnings("unchecked")
    private static <V> FrozenDict<V> freeze(String op, Object map, Path at, Class<V> leafType) {
        if (map instanceof FrozenDict<?> dict) {
            checkLeaves(op, dict, at, leafType);
            return (FrozenDict<V>) dict;
        }
        LinkedHashMap<String, Either<FrozenDict<V>, V>> items = LinkedHashMap.empty();
        for (Tuple2<?, ?> e : entries(map)) {
            String key = key(op, e._1, at);
            items = items.put(key, node(op, e._2, at.child(key), leafType));
        }
        return new FrozenDict<>(items);
    }

    private static Iterator<? extends Tuple2<?, ?>> entries(Object map) {
        if (map instanceof io.vavr.collection.Map<?, ?> vavr) {
            return vavr.iterator();
        }
        return Iterator.ofAll(((Map<?, ?>) map).entrySet()).map(e -> new Tuple2<>(e.getKey(), e.getValue()));
    }

    private static String key(String op, Object key, Path at) {
        if (!(key instanceof String s)) {
            throw new IllegalArgumentException(op + ": expected String keys, got " + describe(key) + Updates.at(at)
                    + ". Flax state dicts use string keys such as \"0\"");
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException(op + ": expected a non-empty key, got \"\"" + Updates.at(at)
                    + ". Every node needs a name");
        }
        if (s.indexOf('/') >= 0) {
            throw new IllegalArgumentException(op + ": expected a key without '/', got \"" + s + "\"" + Updates.at(at)
                    + ". '/' separates path segments; nest the maps instead");
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static <V> Either<FrozenDict<V>, V> node(String op, Object value, Path path, Class<V> leafType) {
        if (value == null) {
            throw new NullPointerException(op + ": expected a leaf or a nested map, got null at " + path
                    + ". Trees hold no null leaves");
        }
        if (value instanceof MutableDict<?>) {
            throw new IllegalArgumentException(op + ": expected a leaf or a nested map, got a MutableDict at " + path
                    + ". Call freeze() on it first");
        }
        if (value instanceof Map<?, ?> || value instanceof io.vavr.collection.Map<?, ?> || value instanceof FrozenDict<?>) {
            return Either.left(freeze(op, value, path, leafType));
        }
        checkLeaf(op, value, path, leafType);
        return Either.right((V) value);
    }

    private static void checkLeaves(String op, FrozenDict<?> dict, Path at, Class<?> leafType) {
        if (leafType != null) {
            for (Tuple2<String, ? extends Either<? extends FrozenDict<?>, ?>> e : dict.items()) {
                if (e._2.isLeft()) {
                    checkLeaves(op, e._2.getLeft(), at.child(e._1), leafType);
                } else {
                    checkLeaf(op, e._2.get(), at.child(e._1), leafType);
                }
            }
        }
    }

    private static void checkLeaf(String op, Object leaf, Path path, Class<?> leafType) {
        if (leafType != null && !leafType.isInstance(leaf)) {
            throw new IllegalArgumentException(op + ": expected a leaf of type " + leafType.getName() + ", got "
                    + leaf.getClass().getName() + " at " + path + ". Check the value stored there");
        }
    }

    private static String describe(Object key) {
        return key == null ? "null" : key + " (" + key.getClass().getName() + ")";
    }

    /** The nested unmodifiable {@code java.util.Map} of a tree, in insertion order. */
    static Map<String, Object> thaw(FrozenDict<?> tree) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (Tuple2<String, ? extends Either<? extends FrozenDict<?>, ?>> e : tree.items()) {
            out.put(e._1, e._2.isLeft() ? thaw(e._2.getLeft()) : e._2.get());
        }
        return Collections.unmodifiableMap(out);
    }
}
