package dev.flaxen.tree;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable nested mapping from names to subtrees or leaves: Flax's {@code FrozenDict}, the type of
 * a parameter tree such as {@code {"params": {"layers_0": {"kernel": Array, "bias": Array}}}}.
 *
 * <p>Every node is an {@code Either<FrozenDict<V>, V>}: left is a subtree, right is a leaf. Leaves are
 * never null. Keys are non-empty names without {@code '/'}, so a {@link Path} such as
 * {@code "params/layers_0/kernel"} addresses any node.
 *
 * <p><b>Immutability.</b> No method changes a tree: {@link #with}, {@link #without}, {@link #copy} and
 * {@link #pop} return new trees that share unchanged subtrees with the old one. {@link #unfreeze()} gives
 * a {@link MutableDict} builder whose changes never reach this tree. Trees are safe to share between threads.
 *
 * <p><b>Order.</b> Keys keep insertion order (creation order), the order Flax prints; replacing a key
 * keeps its place, as in a Python dict. {@link #equals} ignores order, as Python dict equality does.
 * {@link Trees#leaves} walks keys sorted, the order of JAX's {@code tree_leaves}.
 *
 * <pre>{@code
 * FrozenDict<Integer> t = FrozenDict.<Integer>empty()
 *         .with("params/layers_0/kernel", 1)
 *         .with("params/layers_0/bias", 2);
 * t.get("params/layers_0/bias");   // Some(2)
 * t.keys();                        // Vector(params)
 * System.out.println(t);
 * // FrozenDict({
 * //     params: {
 * //         layers_0: {
 * //             kernel: 1,
 * //             bias: 2,
 * //         },
 * //     },
 * // })
 * }</pre>
 *
 * @param <V> the leaf type, such as {@code Array} or {@code ShapeDtypeStruct}
 */
public final class FrozenDict<V> {
    private static final FrozenDict<Object> EMPTY = new FrozenDict<>(LinkedHashMap.empty());

    private final LinkedHashMap<String, Either<FrozenDict<V>, V>> items;
    private int hash;

    FrozenDict(LinkedHashMap<String, Either<FrozenDict<V>, V>> items) {
        this.items = items;
    }

    /**
     * The empty tree, {@code FrozenDict({})}.
     *
     * <pre>{@code
     * FrozenDict.<Array>empty().isEmpty();   // true
     * }</pre>
     *
     * @param <V> the leaf type
     * @return the empty tree
     */
    @SuppressWarnings("unchecked")
    public static <V> FrozenDict<V> empty() {
        return (FrozenDict<V>) EMPTY;
    }

    /**
     * Freezes nested maps, like Flax's {@code freeze}: a value that is a {@code java.util.Map}, a Vavr
     * {@code Map} or a {@code FrozenDict} becomes a subtree, anything else a leaf. Order follows the maps'
     * iteration order, so pass ordered maps ({@code java.util.LinkedHashMap}, Vavr's {@code LinkedHashMap});
     * {@code Map.of} has no defined order. Leaves are taken as {@code V} unchecked; use
     * {@link #of(java.util.Map, Class)} to check them.
     *
     * <pre>{@code
     * java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
     * params.put("kernel", 1);
     * params.put("bias", 2);
     * FrozenDict<Integer> t = FrozenDict.of(java.util.Map.of("params", params));
     * t.get("params/bias");   // Some(2)
     * }</pre>
     *
     * @param nested the maps, copied
     * @param <V> the leaf type
     * @return the tree
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a key is not a String, is empty or contains {@code '/'}
     */
    public static <V> FrozenDict<V> of(java.util.Map<String, ?> nested) {
        return Freezing.freeze("FrozenDict.of", nested, null);
    }

    /**
     * Freezes nested Vavr maps, as {@link #of(java.util.Map)}.
     *
     * <pre>{@code
     * FrozenDict<Integer> t = FrozenDict.of(io.vavr.collection.LinkedHashMap.of(
     *         "params", io.vavr.collection.LinkedHashMap.of("kernel", 1, "bias", 2)));
     * t.subtree("params").get().keys();   // Vector(kernel, bias)
     * }</pre>
     *
     * @param nested the maps
     * @param <V> the leaf type
     * @return the tree
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a key is not a String, is empty or contains {@code '/'}
     */
    public static <V> FrozenDict<V> of(io.vavr.collection.Map<String, ?> nested) {
        return Freezing.freeze("FrozenDict.of", nested, null);
    }

    /**
     * Freezes nested maps as {@link #of(java.util.Map)}, checking that every leaf is a {@code leafType}.
     *
     * <pre>{@code
     * FrozenDict<Integer> t = FrozenDict.of(java.util.Map.of("step", 3), Integer.class);
     * }</pre>
     *
     * @param nested the maps, copied
     * @param leafType the class every leaf must be an instance of
     * @param <V> the leaf type
     * @return the tree
     * @throws IllegalArgumentException if a leaf has another type, naming its path
     */
    public static <V> FrozenDict<V> of(java.util.Map<String, ?> nested, Class<V> leafType) {
        return Freezing.freeze("FrozenDict.of", nested, Objects.requireNonNull(leafType, "leafType"));
    }

    /**
     * Freezes nested Vavr maps as {@link #of(io.vavr.collection.Map)}, checking every leaf's type.
     *
     * <pre>{@code
     * FrozenDict<Integer> t = FrozenDict.of(io.vavr.collection.HashMap.of("step", 3), Integer.class);
     * }</pre>
     *
     * @param nested the maps
     * @param leafType the class every leaf must be an instance of
     * @param <V> the leaf type
     * @return the tree
     * @throws IllegalArgumentException if a leaf has another type, naming its path
     */
    public static <V> FrozenDict<V> of(io.vavr.collection.Map<String, ?> nested, Class<V> leafType) {
        return Freezing.freeze("FrozenDict.of", nested, Objects.requireNonNull(leafType, "leafType"));
    }

    /**
     * The leaf at a {@code '/'}-joined path; none if the path is missing or names a subtree.
     *
     * <pre>{@code
     * t.get("params/layers_0/kernel");   // Some(1)
     * t.get("params");                   // None: a subtree, see subtree()
     * }</pre>
     *
     * @param path for example {@code "params/layers_0/kernel"}
     * @return the leaf, if there is one
     * @throws IllegalArgumentException if the path is malformed
     */
    public Option<V> get(String path) {
        return get(Path.of(path));
    }

    /**
     * The leaf at a path; none if the path is missing or names a subtree.
     *
     * <pre>{@code
     * t.get(Path.of("params", "layers_0", "bias"));   // Some(2)
     * }</pre>
     *
     * @param path the path
     * @return the leaf, if there is one
     */
    public Option<V> get(Path path) {
        return node(path).flatMap(n -> n.isRight() ? Option.some(n.get()) : Option.none());
    }

    /**
     * The subtree at a {@code '/'}-joined path; none if the path is missing or names a leaf. The empty
     * path gives this tree.
     *
     * <pre>{@code
     * t.subtree("params/layers_0").get().keys();   // Vector(kernel, bias)
     * }</pre>
     *
     * @param path for example {@code "params/layers_0"}
     * @return the subtree, if there is one
     * @throws IllegalArgumentException if the path is malformed
     */
    public Option<FrozenDict<V>> subtree(String path) {
        return subtree(Path.of(path));
    }

    /**
     * The subtree at a path; none if the path is missing or names a leaf. The root gives this tree.
     *
     * <pre>{@code
     * t.subtree(Path.of("params")).isDefined();   // true
     * }</pre>
     *
     * @param path the path
     * @return the subtree, if there is one
     */
    public Option<FrozenDict<V>> subtree(Path path) {
        return node(path).flatMap(n -> n.isLeft() ? Option.some(n.getLeft()) : Option.none());
    }

    /**
     * The node at a {@code '/'}-joined path: left for a subtree, right for a leaf.
     *
     * <pre>{@code
     * t.node("params/layers_0/bias").get().isRight();   // true: a leaf
     * }</pre>
     *
     * @param path for example {@code "params/layers_0"}
     * @return the node, if the path exists
     * @throws IllegalArgumentException if the path is malformed
     */
    public Option<Either<FrozenDict<V>, V>> node(String path) {
        return node(Path.of(path));
    }

    /**
     * The node at a path: left for a subtree, right for a leaf. The root gives {@code Left(this)}.
     *
     * <pre>{@code
     * t.node(Path.of("params")).get().isLeft();   // true: a subtree
     * }</pre>
     *
     * @param path the path
     * @return the node, if the path exists
     */
    public Option<Either<FrozenDict<V>, V>> node(Path path) {
        Either<FrozenDict<V>, V> node = Either.left(this);
        for (String key : path.segments()) {
            if (node.isRight()) {
                return Option.none();
            }
            Option<Either<FrozenDict<V>, V>> next = node.getLeft().items.get(key);
            if (next.isEmpty()) {
                return Option.none();
            }
            node = next.get();
        }
        return Option.some(node);
    }

    /**
     * Whether a {@code '/'}-joined path names a leaf or a subtree.
     *
     * <pre>{@code
     * t.contains("params/layers_0");   // true
     * t.contains("params/layers_9");   // false
     * }</pre>
     *
     * @param path for example {@code "params/layers_0"}
     * @return true if the path exists
     * @throws IllegalArgumentException if the path is malformed
     */
    public boolean contains(String path) {
        return contains(Path.of(path));
    }

    /**
     * Whether a path names a leaf or a subtree; the root always exists.
     *
     * <pre>{@code
     * t.contains(Path.of("params", "layers_0", "kernel"));   // true
     * }</pre>
     *
     * @param path the path
     * @return true if the path exists
     */
    public boolean contains(Path path) {
        return node(path).isDefined();
    }

    /**
     * The keys of this level in insertion order, as Flax's {@code keys()}.
     *
     * <pre>{@code
     * t.subtree("params/layers_0").get().keys();   // Vector(kernel, bias)
     * }</pre>
     *
     * @return the keys
     */
    public Vector<String> keys() {
        return items.iterator().map(Tuple2::_1).toVector();
    }

    /**
     * The entries of this level in insertion order, as Flax's {@code items()}: an immutable map.
     *
     * <pre>{@code
     * t.items().get("params").get().isLeft();   // true
     * }</pre>
     *
     * @return key to node (left a subtree, right a leaf)
     */
    public LinkedHashMap<String, Either<FrozenDict<V>, V>> items() {
        return items;
    }

    /**
     * The number of keys at this level, as Python's {@code len}; count leaves with {@code Trees.leaves(t).size()}.
     *
     * <pre>{@code
     * t.size();   // 1: just "params"
     * }</pre>
     *
     * @return the number of entries at this level
     */
    public int size() {
        return items.size();
    }

    /**
     * Whether this level has no keys.
     *
     * <pre>{@code
     * FrozenDict.empty().isEmpty();   // true
     * }</pre>
     *
     * @return true for {@code FrozenDict({})}
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * A new tree with a leaf at a {@code '/'}-joined path; see {@link #with(Path, Object)}.
     *
     * <pre>{@code
     * FrozenDict<Integer> u = t.with("params/layers_1/kernel", 3);   // t is unchanged
     * }</pre>
     *
     * @param path for example {@code "params/layers_1/kernel"}
     * @param leaf the new leaf
     * @return the new tree
     * @throws IllegalArgumentException if the path is malformed, is the root, or runs through a leaf
     */
    public FrozenDict<V> with(String path, V leaf) {
        return with(Path.of(path), leaf);
    }

    /**
     * A new tree with a leaf at a path; this tree is unchanged. Missing intermediate subtrees are
     * created (appended at the end of their level); an existing key keeps its place. The path may name an
     * existing leaf or subtree, which the leaf replaces; a leaf on the way is an error, since silently
     * turning a leaf into a subtree would hide typos.
     *
     * <pre>{@code
     * FrozenDict<Integer> u = t.with(Path.of("params", "layers_0", "bias"), 7);
     * u.get("params/layers_0/bias");   // Some(7); t still holds 2
     * }</pre>
     *
     * @param path the path, not the root
     * @param leaf the new leaf
     * @return the new tree
     * @throws NullPointerException if the leaf is null
     * @throws IllegalArgumentException if the path is the root or runs through a leaf
     */
    public FrozenDict<V> with(Path path, V leaf) {
        return Updates.put("FrozenDict.with", this, path, Updates.leaf("FrozenDict.with", path, leaf));
    }

    /**
     * A new tree with a subtree at a {@code '/'}-joined path; see {@link #withSubtree(Path, FrozenDict)}.
     *
     * <pre>{@code
     * FrozenDict<Integer> u = t.withSubtree("batch_stats", FrozenDict.<Integer>empty().with("mean", 0));
     * }</pre>
     *
     * @param path for example {@code "params/layers_1"}
     * @param subtree the new subtree
     * @return the new tree
     * @throws IllegalArgumentException if the path is malformed or runs through a leaf
     */
    public FrozenDict<V> withSubtree(String path, FrozenDict<V> subtree) {
        return withSubtree(Path.of(path), subtree);
    }

    /**
     * A new tree with a subtree at a path, creating missing intermediate subtrees as {@link #with} does.
     * The subtree replaces whatever is at the path, a leaf or another subtree; at the root it replaces the
     * whole tree.
     *
     * <pre>{@code
     * FrozenDict<Integer> u = t.withSubtree(Path.of("params", "layers_0"), FrozenDict.empty());
     * System.out.println(u);
     * // FrozenDict({
     * //     params: {
     * //         layers_0: {},
     * //     },
     * // })
     * }</pre>
     *
     * @param path the path
     * @param subtree the new subtree
     * @return the new tree
     * @throws NullPointerException if the subtree is null
     * @throws IllegalArgumentException if the path runs through a leaf
     */
    public FrozenDict<V> withSubtree(Path path, FrozenDict<V> subtree) {
        Objects.requireNonNull(subtree, "FrozenDict.withSubtree: expected a subtree, got null");
        return path.isRoot() ? subtree : Updates.put("FrozenDict.withSubtree", this, path, Either.left(subtree));
    }

    /**
     * A new tree without the node at a {@code '/'}-joined path; see {@link #without(Path)}.
     *
     * <pre>{@code
     * FrozenDict<Integer> u = t.without("params/layers_0/bias");
     * }</pre>
     *
     * @param path for example {@code "params/layers_0/bias"}
     * @return the new tree
     * @throws NoSuchElementException if the path does not exist
     */
    public FrozenDict<V> without(String path) {
        return without(Path.of(path));
    }

    /**
     * A new tree without the leaf or subtree at a path; this tree is unchanged. A missing path is an
     * error, as Flax's {@code pop} and Python's {@code del} raise {@code KeyError}; test with
     * {@link #contains(Path)} first if the path may be absent. Emptied parents stay, as empty subtrees.
     *
     * <pre>{@code
     * t.without(Path.of("params", "layers_0", "bias")).get("params/layers_0/bias");   // None
     * }</pre>
     *
     * @param path the path, not the root
     * @return the new tree
     * @throws NoSuchElementException if the path does not exist, naming the keys that do
     * @throws IllegalArgumentException if the path is the root or runs through a leaf
     */
    public FrozenDict<V> without(Path path) {
        return Updates.remove("FrozenDict.without", this, path);
    }

    /**
     * Flax's {@code copy(add_or_replace)}: a shallow top-level merge. Each top-level key of
     * {@code addOrReplace} replaces the whole node of that key (in place) or is appended.
     *
     * <pre>{@code
     * FrozenDict<Integer> vars = t.copy(FrozenDict.<Integer>empty().with("batch_stats/mean", 0));
     * vars.keys();   // Vector(params, batch_stats)
     * }</pre>
     *
     * @param addOrReplace the top-level entries to add or replace
     * @return the merged tree
     */
    public FrozenDict<V> copy(FrozenDict<V> addOrReplace) {
        return new FrozenDict<>(addOrReplace.items.foldLeft(items, (merged, e) -> merged.put(e)));
    }

    /**
     * Flax's {@code copy(add_or_replace)} with nested maps, frozen as {@link #of(java.util.Map)} does.
     *
     * <pre>{@code
     * FrozenDict<Integer> u = t.copy(java.util.Map.of("params", java.util.Map.of("w", 5)));
     * u.get("params/w");   // Some(5): the whole "params" subtree was replaced
     * }</pre>
     *
     * @param addOrReplace the top-level entries to add or replace
     * @return the merged tree
     * @throws IllegalArgumentException if a key is invalid, as for {@link #of(java.util.Map)}
     */
    public FrozenDict<V> copy(java.util.Map<String, ?> addOrReplace) {
        return copy(Freezing.<V>freeze("FrozenDict.copy", addOrReplace, null));
    }

    /**
     * Flax's {@code pop(key)}: a tree without a top-level key, and the node it held.
     *
     * <pre>{@code
     * Tuple2<FrozenDict<Integer>, Either<FrozenDict<Integer>, Integer>> r = vars.pop("params");
     * r._1.keys();            // Vector(batch_stats)
     * r._2.getLeft().keys();   // Vector(layers_0)
     * }</pre>
     *
     * @param key a top-level key
     * @return the tree without it and the removed node (left a subtree, right a leaf)
     * @throws NoSuchElementException if the key is missing, naming the keys present
     * @throws IllegalArgumentException if the key contains {@code '/'}; use {@link #without(String)} for paths
     */
    public Tuple2<FrozenDict<V>, Either<FrozenDict<V>, V>> pop(String key) {
        Path.checkSegment("FrozenDict.pop", key);
        Either<FrozenDict<V>, V> node = items.get(key)
                .getOrElseThrow(() -> Updates.missing("FrozenDict.pop", this, key, Path.root()));
        return Tuple.of(new FrozenDict<>(items.remove(key)), node);
    }

    /**
     * A mutable builder holding this tree, Flax's {@code unfreeze}. Changes to the builder never reach this
     * tree; {@link MutableDict#freeze()} turns it into a new tree.
     *
     * <pre>{@code
     * FrozenDict<Integer> u = t.unfreeze().put("params/layers_0/bias", 9).freeze();
     * }</pre>
     *
     * @return a new builder starting from this tree
     */
    public MutableDict<V> unfreeze() {
        return new MutableDict<>(this);
    }

    /**
     * A nested unmodifiable {@code java.util.Map} copy in insertion order: subtrees become nested maps,
     * leaves are shared.
     *
     * <pre>{@code
     * java.util.Map<String, Object> m = t.toJavaMap();
     * ((java.util.Map<?, ?>) m.get("params")).containsKey("layers_0");   // true
     * }</pre>
     *
     * @return the nested map
     */
    public java.util.Map<String, Object> toJavaMap() {
        return Freezing.thaw(this);
    }

    /**
     * Equal if {@code o} is a tree with the same keys at every level, subtrees where this has subtrees, and
     * equal leaves ({@code Array} compares bitwise). Insertion order is ignored, as in Python dict equality;
     * an empty subtree differs from a missing one.
     *
     * @param o another object
     * @return true for the same structure and equal leaves
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof FrozenDict<?> other && items.size() == other.items.size()
                && (hash == 0 || other.hash == 0 || hash == other.hash)
                && items.forAll(e -> other.items.get(e._1).exists(e._2::equals));
    }

    /**
     * A hash consistent with {@link #equals}, independent of order; computed once.
     *
     * @return the sum over entries of key hash XOR node hash
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (Tuple2<String, Either<FrozenDict<V>, V>> e : items) {
                h += e._1.hashCode() ^ e._2.fold(Object::hashCode, Object::hashCode);
            }
            hash = h;
        }
        return h;
    }

    /**
     * Flax's {@code pretty_repr}: {@code FrozenDict(} and a block, then {@code )}. A block is <code>{</code>,
     * one {@code key: value,} line per entry indented by 4 spaces (keys unquoted, leaves by
     * {@code toString()}, subtrees as nested blocks), then <code>}</code>; an empty level is <code>{}</code>.
     *
     * <pre>{@code
     * FrozenDict.<Integer>empty().with("params/kernel", 1).toString();
     * // "FrozenDict({\n    params: {\n        kernel: 1,\n    },\n})"
     * }</pre>
     *
     * @return the pretty representation
     */
    @Override
    public String toString() {
        return "FrozenDict(" + PrettyRepr.block(this, 4) + ")";
    }
}
