package dev.flaxen.tree;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

/**
 * Static utilities over {@link FrozenDict}s: JAX's {@code jax.tree_util} ({@code tree_map},
 * {@code tree_leaves}, ...) and Flax's {@code traverse_util} ({@code flatten_dict}, {@code unflatten_dict}).
 *
 * <p><b>Two orders.</b> {@link #leaves}, {@link #leavesWithPaths} and {@link #paths} sort the keys at every
 * level by code point, as JAX's {@code tree_leaves} does, so leaf {@code i} here is leaf {@code i} in JAX;
 * {@link #map}, {@link #mapWithPath} and {@link #zipWith} call their function in that order too.
 * {@link #flatten} and {@link #unflatten} keep insertion order, as Flax's {@code flatten_dict} does, and
 * the trees {@code map} and {@code zipWith} return keep the insertion order of their (first) input, where
 * JAX's {@code tree_map} would return sorted keys.
 *
 * <pre>{@code
 * FrozenDict<Integer> t = FrozenDict.<Integer>empty().with("params/kernel", 1).with("params/bias", 2);
 * Trees.leaves(t);                 // Vector(2, 1): bias before kernel
 * Trees.flatten(t, "/").keySet();  // LinkedHashSet(params/kernel, params/bias)
 * System.out.println(Trees.map(t, x -> x * 10));
 * // FrozenDict({
 * //     params: {
 * //         kernel: 10,
 * //         bias: 20,
 * //     },
 * // })
 * }</pre>
 */
public final class Trees {
    private Trees() {
    }

    /**
     * JAX's {@code tree_map}: a tree of the same structure with {@code f} applied to every leaf. The
     * result keeps the insertion order of {@code tree}.
     *
     * <pre>{@code
     * FrozenDict<ShapeDtypeStruct> shapes = Trees.map(params, ShapeDtypeStruct::of);
     * }</pre>
     *
     * @param tree the tree
     * @param f the function, called once per leaf in {@link #leaves} order
     * @param <V> the leaf type
     * @param <W> the new leaf type
     * @return the mapped tree
     * @throws NullPointerException if {@code f} returns null, naming the path
     */
    public static <V, W> FrozenDict<W> map(FrozenDict<V> tree, Function<? super V, ? extends W> f) {
        Objects.requireNonNull(f, "f");
        return Walk.map("Trees.map", tree, Path.root(), (path, leaf) -> f.apply(leaf));
    }

    /**
     * JAX's {@code tree_map_with_path} (Flax's {@code traverse_util.path_aware_map}): {@code f} sees each
     * leaf's path.
     *
     * <pre>{@code
     * FrozenDict<Integer> t2 = Trees.mapWithPath(t, (path, x) -> path.last().equals("bias") ? 0 : x);
     * }</pre>
     *
     * @param tree the tree
     * @param f the function of path and leaf, called once per leaf in {@link #leaves} order
     * @param <V> the leaf type
     * @param <W> the new leaf type
     * @return the mapped tree, in the insertion order of {@code tree}
     * @throws NullPointerException if {@code f} returns null, naming the path
     */
    public static <V, W> FrozenDict<W> mapWithPath(FrozenDict<V> tree, BiFunction<? super Path, ? super V, ? extends W> f) {
        Objects.requireNonNull(f, "f");
        return Walk.map("Trees.mapWithPath", tree, Path.root(), f);
    }

    /**
     * JAX's {@code tree_map(f, a, b)}: combines the leaves of two trees of the same structure.
     *
     * <pre>{@code
     * FrozenDict<Integer> sum = Trees.zipWith(t, t, Integer::sum);
     * }</pre>
     *
     * @param a the first tree; the result keeps its insertion order
     * @param b the second tree, with the same keys at every level and leaves in the same places
     * @param f the function, called once per leaf pair in {@link #leaves} order
     * @param <V> the first leaf type
     * @param <W> the second leaf type
     * @param <R> the result leaf type
     * @return the combined tree
     * @throws StructureMismatchException if the structures differ, naming the first differing path
     */
    public static <V, W, R> FrozenDict<R> zipWith(FrozenDict<V> a, FrozenDict<W> b,
            BiFunction<? super V, ? super W, ? extends R> f) {
        requireSameStructure("Trees.zipWith", a, b);
        return Walk.zip("Trees.zipWith", a, b, Path.root(), f);
    }

    /**
     * JAX's {@code tree_leaves}: every leaf, keys sorted by code point at every level.
     *
     * <pre>{@code
     * Trees.leaves(FrozenDict.<Integer>empty().with("b", 1).with("a", 2));   // Vector(2, 1)
     * }</pre>
     *
     * @param tree the tree
     * @param <V> the leaf type
     * @return the leaves in JAX order
     */
    public static <V> Vector<V> leaves(FrozenDict<V> tree) {
        return leavesWithPaths(tree).map(Tuple2::_2);
    }

    /**
     * JAX's {@code tree_leaves_with_path}: every leaf with its path, in {@link #leaves} order.
     *
     * <pre>{@code
     * Trees.leavesWithPaths(t).head()._1;   // params/bias
     * }</pre>
     *
     * @param tree the tree
     * @param <V> the leaf type
     * @return (path, leaf) pairs in JAX order
     */
    public static <V> Vector<Tuple2<Path, V>> leavesWithPaths(FrozenDict<V> tree) {
        List<Tuple2<Path, V>> out = new ArrayList<>();
        Walk.leavesWithPaths(tree, Path.root(), out);
        return Vector.ofAll(out);
    }

    /**
     * The path of every leaf, in {@link #leaves} order (sorted, ascending by {@link Path#compareTo}).
     *
     * <pre>{@code
     * Trees.paths(t);   // Vector(params/bias, params/kernel)
     * }</pre>
     *
     * @param tree the tree
     * @return the leaf paths in JAX order
     */
    public static Vector<Path> paths(FrozenDict<?> tree) {
        return leavesWithPaths(tree).map(Tuple2::_1);
    }

    /**
     * Flax's {@code flatten_dict(tree)}: path to leaf, depth-first in insertion order. Empty subtrees are
     * dropped, as in Flax; {@link #flattenKeepEmptyNodes} keeps them.
     *
     * <pre>{@code
     * Trees.flatten(t).keySet();   // LinkedHashSet(params/kernel, params/bias)
     * }</pre>
     *
     * @param tree the tree
     * @param <V> the leaf type
     * @return the flat map
     */
    public static <V> LinkedHashMap<Path, V> flatten(FrozenDict<V> tree) {
        return flattenKeepEmptyNodes(tree).filterValues(Option::isDefined).mapValues(Option::get);
    }

    /**
     * Flax's {@code flatten_dict(tree, sep=sep)}: as {@link #flatten(FrozenDict)} with each path joined by
     * {@code sep}, for example {@code "."} for safetensors names.
     *
     * <pre>{@code
     * Trees.flatten(t, ".").keySet();   // LinkedHashSet(params.kernel, params.bias)
     * }</pre>
     *
     * @param tree the tree
     * @param sep the separator, non-empty
     * @param <V> the leaf type
     * @return the flat map
     * @throws IllegalArgumentException if {@code sep} is empty or occurs in a key, which would make names ambiguous
     */
    public static <V> LinkedHashMap<String, V> flatten(FrozenDict<V> tree, String sep) {
        requireSeparator("Trees.flatten", sep);
        return flatten(tree).mapKeys(path -> join(path, sep));
    }

    /**
     * Flax's {@code flatten_dict(tree, keep_empty_nodes=True)}: as {@link #flatten(FrozenDict)}, with every
     * empty subtree below the root kept as {@code None} (Flax's {@code empty_node}) and leaves as {@code Some}.
     *
     * <pre>{@code
     * Trees.flattenKeepEmptyNodes(FrozenDict.<Integer>empty().withSubtree("a", FrozenDict.empty()));
     * // LinkedHashMap((a, None))
     * }</pre>
     *
     * @param tree the tree
     * @param <V> the leaf type
     * @return the flat map; empty for an empty tree
     */
    public static <V> LinkedHashMap<Path, Option<V>> flattenKeepEmptyNodes(FrozenDict<V> tree) {
        List<Tuple2<Path, Option<V>>> out = new ArrayList<>();
        Walk.flatten(tree, Path.root(), out);
        return LinkedHashMap.ofEntries(out);
    }

    /**
     * Flax's {@code unflatten_dict}: the tree of a flat path-to-leaf map, keys in first-seen order.
     *
     * <pre>{@code
     * Trees.unflatten(Trees.flatten(t)).equals(t);   // true, for a tree with no empty subtrees
     * }</pre>
     *
     * @param flat path to leaf; convert a {@code java.util.Map} with {@code LinkedHashMap.ofAll}
     * @param <V> the leaf type
     * @return the tree
     * @throws IllegalArgumentException if a path is the root, or a path is both a leaf and a prefix of another
     */
    public static <V> FrozenDict<V> unflatten(io.vavr.collection.Map<Path, ? extends V> flat) {
        TreeBuilder<V> builder = new TreeBuilder<>("Trees.unflatten");
        flat.forEach((path, leaf) -> builder.add(path, Option.some(leaf)));
        return builder.build();
    }

    /**
     * Flax's {@code unflatten_dict(flat, sep=sep)}: splits each key on {@code sep}.
     *
     * <pre>{@code
     * Trees.unflatten(io.vavr.collection.LinkedHashMap.of("params.kernel", 1, "params.bias", 2), ".");
     * }</pre>
     *
     * @param flat joined path to leaf
     * @param sep the separator, non-empty
     * @param <V> the leaf type
     * @return the tree
     * @throws IllegalArgumentException if a name is empty or contains {@code '/'}, or the paths conflict
     */
    public static <V> FrozenDict<V> unflatten(io.vavr.collection.Map<String, ? extends V> flat, String sep) {
        requireSeparator("Trees.unflatten", sep);
        return unflatten(flat.mapKeys(key -> split(key, sep)));
    }

    /**
     * Flax's {@code unflatten_dict} of a {@link #flattenKeepEmptyNodes} map: {@code None} becomes an empty
     * subtree, so {@code unflattenKeepEmptyNodes(flattenKeepEmptyNodes(t))} equals {@code t} for every tree.
     *
     * <pre>{@code
     * Trees.unflattenKeepEmptyNodes(io.vavr.collection.LinkedHashMap.of(Path.of("a"), Option.none()));
     * // FrozenDict({
     * //     a: {},
     * // })
     * }</pre>
     *
     * @param flat path to {@code Some(leaf)} or {@code None} for an empty subtree
     * @param <V> the leaf type
     * @return the tree
     * @throws IllegalArgumentException if a path is the root, or a leaf path is a prefix of another
     */
    public static <V> FrozenDict<V> unflattenKeepEmptyNodes(io.vavr.collection.Map<Path, ? extends Option<? extends V>> flat) {
        TreeBuilder<V> builder = new TreeBuilder<>("Trees.unflattenKeepEmptyNodes");
        flat.forEach(builder::add);
        return builder.build();
    }

    /**
     * The number of parameters: the element count summed over all leaves.
     *
     * <pre>{@code
     * Trees.paramCount(params);   // 4 * 8 + 8 = 40 for one Dense(8) on 4 features
     * }</pre>
     *
     * @param tree a tree of {@code Array} or {@code ShapeDtypeStruct} leaves
     * @return the element count
     * @throws IllegalArgumentException if a leaf is something else, naming its path
     */
    public static long paramCount(FrozenDict<?> tree) {
        return sum("Trees.paramCount", tree, s -> s.shape().size());
    }

    /**
     * The bytes all leaves take: element count times item size, summed, as Flax's {@code tabulate} reports.
     *
     * <pre>{@code
     * Trees.byteSize(params);   // 160 for 40 float32 parameters
     * }</pre>
     *
     * @param tree a tree of {@code Array} or {@code ShapeDtypeStruct} leaves
     * @return the byte size
     * @throws IllegalArgumentException if a leaf is something else, naming its path
     */
    public static long byteSize(FrozenDict<?> tree) {
        return sum("Trees.byteSize", tree, ShapeDtypeStruct::byteSize);
    }

    /**
     * Whether two trees have the same keys at every level and leaves in the same places (leaf values and
     * key order are not compared). An empty subtree differs from a missing one.
     *
     * <pre>{@code
     * Trees.structureEquals(params, Trees.map(params, ShapeDtypeStruct::of));   // true
     * }</pre>
     *
     * @param a a tree
     * @param b another tree
     * @return true for the same structure
     */
    public static boolean structureEquals(FrozenDict<?> a, FrozenDict<?> b) {
        return Structure.firstMismatch(a, b, Path.root()).isEmpty();
    }

    /**
     * Checks two trees have the same structure, as {@link #structureEquals}.
     *
     * <pre>{@code
     * Trees.requireSameStructure(params, grads);
     * // Trees.requireSameStructure: structures differ at params/layers_0: expected keys [bias, kernel], got [kernel]
     * }</pre>
     *
     * @param expected the tree whose structure is required
     * @param actual the tree to check
     * @throws StructureMismatchException naming the first differing path in sorted-key order
     */
    public static void requireSameStructure(FrozenDict<?> expected, FrozenDict<?> actual) {
        requireSameStructure("Trees.requireSameStructure", expected, actual);
    }

    /**
     * Flax's {@code pretty_repr}; the same as {@code tree.toString()}.
     *
     * <pre>{@code
     * Trees.prettyRepr(FrozenDict.empty());   // "FrozenDict({})"
     * }</pre>
     *
     * @param tree the tree
     * @return the pretty representation with 4-space indents
     */
    public static String prettyRepr(FrozenDict<?> tree) {
        return tree.toString();
    }

    /**
     * Flax's {@code pretty_repr(num_spaces=numSpaces)}.
     *
     * <pre>{@code
     * Trees.prettyRepr(FrozenDict.<Integer>empty().with("a", 1), 2);   // "FrozenDict({\n  a: 1,\n})"
     * }</pre>
     *
     * @param tree the tree
     * @param numSpaces spaces per indent level, {@code >= 0}
     * @return the pretty representation
     * @throws IllegalArgumentException if {@code numSpaces} is negative
     */
    public static String prettyRepr(FrozenDict<?> tree, int numSpaces) {
        if (numSpaces < 0) {
            throw new IllegalArgumentException("Trees.prettyRepr: expected numSpaces >= 0, got " + numSpaces
                    + ". Flax's default is 4");
        }
        return "FrozenDict(" + PrettyRepr.block(tree, numSpaces) + ")";
    }

    static void requireSameStructure(String op, FrozenDict<?> expected, FrozenDict<?> actual) {
        Structure.firstMismatch(expected, actual, Path.root()).forEach(m -> {
            throw new StructureMismatchException(op, m.path(), m.expected(), m.actual());
        });
    }

    private static long sum(String op, FrozenDict<?> tree, ToLongFunction<ShapeDtypeStruct> size) {
        long total = 0;
        for (Tuple2<Path, ?> e : leavesWithPaths(tree)) {
            if (e._2 instanceof Array a) {
                total += size.applyAsLong(ShapeDtypeStruct.of(a));
            } else if (e._2 instanceof ShapeDtypeStruct s) {
                total += size.applyAsLong(s);
            } else {
                throw new IllegalArgumentException(op + ": expected an Array or ShapeDtypeStruct leaf, got "
                        + e._2.getClass().getName() + " at " + e._1 + ". Map the leaves to arrays or shapes first");
            }
        }
        return total;
    }

    private static void requireSeparator(String op, String sep) {
        if (sep == null || sep.isEmpty()) {
            throw new IllegalArgumentException(op + ": expected a non-empty separator, got "
                    + (sep == null ? "null" : "\"\"") + ". Use \"/\" or \".\"");
        }
    }

    private static String join(Path path, String sep) {
        for (String key : path.segments()) {
            if (key.contains(sep)) {
                throw new IllegalArgumentException("Trees.flatten: expected keys without the separator \"" + sep
                        + "\", got \"" + key + "\" at " + path + ". Choose a separator no key contains");
            }
        }
        return path.segments().mkString(sep);
    }

    private static Path split(String key, String sep) {
        Vector<String> names = Vector.of(key.split(Pattern.quote(sep), -1));
        if (names.exists(String::isEmpty)) {
            throw new IllegalArgumentException("Trees.unflatten: expected names separated by single \"" + sep
                    + "\", got \"" + key + "\". Remove the leading, trailing or doubled \"" + sep + "\"");
        }
        if (names.exists(name -> name.contains("/"))) {
            throw new IllegalArgumentException("Trees.unflatten: expected names without '/', got \"" + key
                    + "\". '/' separates path segments, so unflatten this map with sep \"/\"");
        }
        return new Path(names);
    }
}
