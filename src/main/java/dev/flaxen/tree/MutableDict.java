package dev.flaxen.tree;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A mutable parameter-tree builder: what Flax's {@code unfreeze} gives, addressed by path. Its methods
 * change it in place and return it for chaining; only {@link #freeze()} turns it into a
 * {@link FrozenDict}.
 *
 * <p>The tree it came from never changes, and each {@code freeze()} returns a tree that later changes to
 * the builder never reach, so freezing twice gives two independent trees. Paths, ordering and errors
 * follow {@link FrozenDict#with}, {@link FrozenDict#withSubtree} and {@link FrozenDict#without}. A
 * builder is not thread-safe, and its equality is identity, as for {@code StringBuilder}.
 *
 * <pre>{@code
 * MutableDict<Integer> m = MutableDict.empty();
 * m.put("params/Dense_0/kernel", 1).put("params/Dense_0/bias", 2);
 * FrozenDict<Integer> first = m.freeze();
 * m.remove("params/Dense_0/bias");
 * first.contains("params/Dense_0/bias");   // true: first never changes
 * }</pre>
 *
 * @param <V> the leaf type
 */
public final class MutableDict<V> {
    private FrozenDict<V> tree;

    MutableDict(FrozenDict<V> tree) {
        this.tree = tree;
    }

    /**
     * A new empty builder; the same as {@code FrozenDict.<V>empty().unfreeze()}.
     *
     * <pre>{@code
     * MutableDict<Array> m = MutableDict.empty();
     * }</pre>
     *
     * @param <V> the leaf type
     * @return an empty builder
     */
    public static <V> MutableDict<V> empty() {
        return new MutableDict<>(FrozenDict.empty());
    }

    /**
     * Sets a leaf at a {@code '/'}-joined path, creating missing subtrees; see {@link FrozenDict#with(Path, Object)}.
     *
     * <pre>{@code
     * m.put("params/Dense_0/bias", 5);
     * }</pre>
     *
     * @param path for example {@code "params/Dense_0/bias"}
     * @param leaf the leaf
     * @return this builder
     * @throws IllegalArgumentException if the path is malformed, is the root, or runs through a leaf
     */
    public MutableDict<V> put(String path, V leaf) {
        return put(Path.of(path), leaf);
    }

    /**
     * Sets a leaf at a path, creating missing subtrees; see {@link FrozenDict#with(Path, Object)}.
     *
     * <pre>{@code
     * m.put(Path.of("params", "Dense_0", "bias"), 5);
     * }</pre>
     *
     * @param path the path, not the root
     * @param leaf the leaf
     * @return this builder
     * @throws NullPointerException if the leaf is null
     * @throws IllegalArgumentException if the path is the root or runs through a leaf
     */
    public MutableDict<V> put(Path path, V leaf) {
        tree = Updates.put("MutableDict.put", tree, path, Updates.leaf("MutableDict.put", path, leaf));
        return this;
    }

    /**
     * Sets a subtree at a {@code '/'}-joined path; see {@link FrozenDict#withSubtree(Path, FrozenDict)}.
     *
     * <pre>{@code
     * m.putSubtree("batch_stats", FrozenDict.empty());
     * }</pre>
     *
     * @param path for example {@code "batch_stats"}
     * @param subtree the subtree
     * @return this builder
     * @throws IllegalArgumentException if the path is malformed or runs through a leaf
     */
    public MutableDict<V> putSubtree(String path, FrozenDict<V> subtree) {
        return putSubtree(Path.of(path), subtree);
    }

    /**
     * Sets a subtree at a path; at the root it replaces everything. See {@link FrozenDict#withSubtree(Path, FrozenDict)}.
     *
     * <pre>{@code
     * m.putSubtree(Path.of("batch_stats"), FrozenDict.empty());
     * }</pre>
     *
     * @param path the path
     * @param subtree the subtree
     * @return this builder
     * @throws IllegalArgumentException if the path runs through a leaf
     */
    public MutableDict<V> putSubtree(Path path, FrozenDict<V> subtree) {
        Objects.requireNonNull(subtree, "MutableDict.putSubtree: expected a subtree, got null");
        tree = path.isRoot() ? subtree : Updates.put("MutableDict.putSubtree", tree, path, Either.left(subtree));
        return this;
    }

    /**
     * Removes the leaf or subtree at a {@code '/'}-joined path; see {@link FrozenDict#without(Path)}.
     *
     * <pre>{@code
     * m.remove("params/Dense_0/bias");
     * }</pre>
     *
     * @param path for example {@code "params/Dense_0/bias"}
     * @return this builder
     * @throws NoSuchElementException if the path does not exist
     */
    public MutableDict<V> remove(String path) {
        return remove(Path.of(path));
    }

    /**
     * Removes the leaf or subtree at a path, which must exist (Python's {@code del} raises {@code KeyError}).
     *
     * <pre>{@code
     * m.remove(Path.of("params", "Dense_0", "bias"));
     * }</pre>
     *
     * @param path the path, not the root
     * @return this builder
     * @throws NoSuchElementException if the path does not exist, naming the keys that do
     * @throws IllegalArgumentException if the path is the root or runs through a leaf
     */
    public MutableDict<V> remove(Path path) {
        tree = Updates.remove("MutableDict.remove", tree, path);
        return this;
    }

    /**
     * The leaf at a {@code '/'}-joined path now; none if missing or a subtree.
     *
     * <pre>{@code
     * m.get("params/Dense_0/kernel");   // Some(1)
     * }</pre>
     *
     * @param path for example {@code "params/Dense_0/kernel"}
     * @return the leaf, if there is one
     */
    public Option<V> get(String path) {
        return tree.get(path);
    }

    /**
     * The leaf at a path now; none if missing or a subtree.
     *
     * <pre>{@code
     * m.get(Path.of("params", "Dense_0", "kernel"));   // Some(1)
     * }</pre>
     *
     * @param path the path
     * @return the leaf, if there is one
     */
    public Option<V> get(Path path) {
        return tree.get(path);
    }

    /**
     * Whether a {@code '/'}-joined path names a leaf or a subtree now.
     *
     * <pre>{@code
     * m.contains("params/Dense_0");   // true
     * }</pre>
     *
     * @param path for example {@code "params/Dense_0"}
     * @return true if it exists
     */
    public boolean contains(String path) {
        return tree.contains(path);
    }

    /**
     * Whether a path names a leaf or a subtree now.
     *
     * <pre>{@code
     * m.contains(Path.of("params"));   // true
     * }</pre>
     *
     * @param path the path
     * @return true if it exists
     */
    public boolean contains(Path path) {
        return tree.contains(path);
    }

    /**
     * The top-level keys now, in insertion order.
     *
     * <pre>{@code
     * m.keys();   // Vector(params)
     * }</pre>
     *
     * @return the keys
     */
    public Vector<String> keys() {
        return tree.keys();
    }

    /**
     * The current contents as a new immutable tree, Flax's {@code freeze}. Later changes to this builder
     * do not reach it.
     *
     * <pre>{@code
     * FrozenDict<Integer> a = m.freeze();
     * FrozenDict<Integer> b = m.put("step", 1).freeze();   // a has no "step"
     * }</pre>
     *
     * @return the tree
     */
    public FrozenDict<V> freeze() {
        return tree;
    }

    /**
     * The current contents as Flax's {@code pretty_repr} prints a plain dict: the {@code {...}} block of
     * {@link FrozenDict#toString()} without the {@code FrozenDict(...)} wrapper.
     *
     * @return the pretty representation
     */
    @Override
    public String toString() {
        return PrettyRepr.block(tree, 4);
    }
}
