package dev.flaxen.tree;

import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** QuickTheories generators of small trees, paths and nested maps, and an order-sensitive renderer. */
final class TreeGen {
    /** Keys whose insertion, string and code-point orders all differ (U+10000 sorts after U+FFFF in Python). */
    static final List<String> KEYS = List.of("params", "kernel", "bias", "layers_10", "layers_2", "B", "a",
            "\u00e9", "\uffff", "\ud800\udc00");
    /** A small alphabet, so random edits often hit existing paths. */
    static final List<String> SMALL_KEYS = List.of("a", "b", "c");

    private TreeGen() {
    }

    /** Trees of up to 3 levels below the root, empty subtrees included. */
    static Gen<FrozenDict<Integer>> trees() {
        return in -> FrozenDict.of(nested(in, KEYS, 3, true));
    }

    /** Trees with at least one key at the root. (QuickTheories' assumptions cannot filter: its first, boundary
     * example is retried unchanged until it gives up, so generators build what a law needs.) */
    static Gen<FrozenDict<Integer>> nonEmptyTrees() {
        return in -> FrozenDict.of(nested(in, KEYS, 3, false));
    }

    /** A tree and the path of one of its nodes below the root (a leaf or a subtree, maybe empty). */
    static Gen<Tuple2<FrozenDict<Integer>, Path>> treesWithAPath() {
        return in -> {
            FrozenDict<Integer> t = FrozenDict.of(nested(in, KEYS, 3, false));
            Vector<Path> nodes = nodePaths(t, Path.root());
            return Tuple.of(t, nodes.get(range(0, nodes.size() - 1).generate(in)));
        };
    }

    /** Every node path below {@code at}, depth first in insertion order. */
    static Vector<Path> nodePaths(FrozenDict<?> tree, Path at) {
        Vector<Path> out = Vector.empty();
        for (var e : tree.items()) {
            out = out.append(at.child(e._1));
            if (e._2.isLeft()) {
                out = out.appendAll(nodePaths(e._2.getLeft(), at.child(e._1)));
            }
        }
        return out;
    }

    /** Trees with no empty subtree (the ones {@code flatten} round-trips without {@code keepEmptyNodes}). */
    static Gen<FrozenDict<Integer>> treesWithoutEmptySubtrees() {
        return in -> FrozenDict.of(nested(in, KEYS, 3, false));
    }

    /** Nested {@code java.util.LinkedHashMap}s over {@code keys} with Integer leaves. */
    static Gen<Map<String, Object>> nestedMaps(List<String> keys, int depth) {
        return in -> nested(in, keys, depth, true);
    }

    /** Valid flat maps (no path is a prefix of another) over a small alphabet, in random order. */
    static Gen<io.vavr.collection.LinkedHashMap<Path, Integer>> flatMaps() {
        return in -> {
            io.vavr.collection.LinkedHashMap<Path, Integer> out = io.vavr.collection.LinkedHashMap.empty();
            int n = range(0, 12).generate(in);
            for (int i = 0; i < n; i++) {
                Path p = paths(SMALL_KEYS, 3).generate(in);
                if (!p.isRoot() && !out.keySet().exists(q -> q.startsWith(p) || p.startsWith(q))) {
                    out = out.put(p, range(-100, 100).generate(in));
                }
            }
            return out;
        };
    }

    /** Paths of 0 to {@code maxDepth} segments over {@code keys}. */
    static Gen<Path> paths(List<String> keys, int maxDepth) {
        return in -> {
            int n = range(0, maxDepth).generate(in);
            Path p = Path.root();
            for (int i = 0; i < n; i++) {
                p = p.child(pick(keys).generate(in));
            }
            return p;
        };
    }

    private static Map<String, Object> nested(RandomnessSource in, List<String> keys, int depth, boolean allowEmpty) {
        Map<String, Object> out = new LinkedHashMap<>();
        int n = range(allowEmpty ? 0 : 1, 4).generate(in);
        for (int i = 0; i < n; i++) {
            String key = pick(keys).generate(in);
            boolean subtree = depth > 0 && booleans().generate(in);
            out.put(key, subtree ? nested(in, keys, depth - 1, allowEmpty) : range(-100, 100).generate(in));
        }
        return out;
    }

    /** The same tree built with its keys inserted in reverse order at every level. */
    static <V> FrozenDict<V> reversed(FrozenDict<V> tree) {
        FrozenDict<V> out = FrozenDict.empty();
        for (Tuple2<String, Either<FrozenDict<V>, V>> e : tree.items().toVector().reverse()) {
            out = e._2.isLeft()
                    ? out.withSubtree(Path.of(e._1), reversed(e._2.getLeft()))
                    : out.with(Path.of(e._1), e._2.get());
        }
        return out;
    }

    /** {@code {a: 1, b: {c: 2}}}: keys in iteration order, so equal renderings mean equal order too. */
    static String render(FrozenDict<?> tree) {
        Vector<String> entries = tree.items().toVector().map(e -> e._1 + ": "
                + (e._2.isLeft() ? render(e._2.getLeft()) : String.valueOf(e._2.get())));
        return entries.mkString("{", ", ", "}");
    }

    /** The same rendering for nested {@code java.util.Map}s. */
    static String render(Map<?, ?> map) {
        Vector<String> entries = Vector.ofAll(map.entrySet()).map(e -> e.getKey() + ": "
                + (e.getValue() instanceof Map<?, ?> m ? render(m) : String.valueOf(e.getValue())));
        return entries.mkString("{", ", ", "}");
    }
}
