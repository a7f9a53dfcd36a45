package dev.flaxen.tree;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;

/** Builds a tree from flat (path, leaf) entries for {@link Trees#unflatten}, refusing conflicting paths. */
final class TreeBuilder<V> {
    private record Leaf<V>(V value) {
    }

    private final String op;
    private final Map<String, Object> root = new java.util.LinkedHashMap<>();

    TreeBuilder(String op) {
        this.op = op;
    }

    /** Adds a leaf ({@code some}) or an empty subtree ({@code none}, Flax's {@code empty_node}) at {@code path}. */
    void add(Path path, Option<? extends V> leaf) {
        if (path.isRoot()) {
            throw new IllegalArgumentException(op + ": expected a path below the root, got the root path. "
                    + "Every flat key names a leaf, such as \"params/kernel\"");
        }
        Map<String, Object> level = root;
        for (int i = 0; i < path.segments().size() - 1; i++) {
            level = subtree(level, path.segments().get(i), new Path(path.segments().take(i + 1)));
        }
        String key = path.last();
        if (leaf.isEmpty()) {
            subtree(level, key, path);
        } else if (level.containsKey(key)) {
            throw conflict(path);
        } else {
            level.put(key, new Leaf<>(Updates.leaf(op, path, leaf.get()).get()));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> subtree(Map<String, Object> level, String key, Path path) {
        Object child = level.computeIfAbsent(key, k -> new java.util.LinkedHashMap<String, Object>());
        if (child instanceof Leaf<?>) {
            throw conflict(path);
        }
        return (Map<String, Object>) child;
    }

    private IllegalArgumentException conflict(Path path) {
        return new IllegalArgumentException(op + ": expected either a leaf or a subtree at " + path
                + ", got both. The flat map holds " + path + " and paths below it");
    }

    FrozenDict<V> build() {
        return build(root);
    }

    @SuppressWarnings("unchecked")
    private FrozenDict<V> build(Map<String, Object> level) {
        return new FrozenDict<>(LinkedHashMap.ofEntries(level.entrySet().stream()
                .map(e -> Tuple.of(e.getKey(), e.getValue() instanceof Leaf<?> leaf
                        ? Either.<FrozenDict<V>, V>right((V) leaf.value())
                        : Either.<FrozenDict<V>, V>left(build((Map<String, Object>) e.getValue()))))
                .toList()));
    }
}
