package dev.flaxen.tree;

import io.vavr.control.Either;
import java.util.NoSuchElementException;

/** The path-wise edits behind {@link FrozenDict#with}, {@link FrozenDict#without} and {@link MutableDict}. */
final class Updates {
    private Updates() {
    }

    /** A leaf node, refusing null with a message that names the operation and the path. */
    static <V> Either<FrozenDict<V>, V> leaf(String op, Path path, V leaf) {
        if (leaf == null) {
            throw new NullPointerException(op + ": expected a leaf, got null" + at(path) + ". Trees hold no null leaves");
        }
        return Either.right(leaf);
    }

    /** The tree with {@code node} at {@code path}, creating missing subtrees on the way. */
    static <V> FrozenDict<V> put(String op, FrozenDict<V> tree, Path path, Either<FrozenDict<V>, V> node) {
        if (path.isRoot()) {
            throw new IllegalArgumentException(op + ": expected a path below the root, got the root path. "
                    + "A leaf needs a name, such as \"params/kernel\"");
        }
        return put(op, tree, path, 0, node);
    }

    private static <V> FrozenDict<V> put(String op, FrozenDict<V> dict, Path path, int depth,
            Either<FrozenDict<V>, V> node) {
        String key = path.segments().get(depth);
        if (depth == path.segments().size() - 1) {
            return new FrozenDict<>(dict.items().put(key, node));
        }
        FrozenDict<V> child = dict.items().get(key)
                .map(n -> subtreeOnTheWay(op, n, path, depth))
                .getOrElse(FrozenDict::empty);
        return new FrozenDict<>(dict.items().put(key, Either.left(put(op, child, path, depth + 1, node))));
    }

    /** The tree without the node at {@code path}, which must exist. */
    static <V> FrozenDict<V> remove(String op, FrozenDict<V> tree, Path path) {
        if (path.isRoot()) {
            throw new IllegalArgumentException(op + ": expected a path below the root, got the root path. "
                    + "The root cannot be removed");
        }
        return remove(op, tree, path, 0);
    }

    private static <V> FrozenDict<V> remove(String op, FrozenDict<V> dict, Path path, int depth) {
        String key = path.segments().get(depth);
        Either<FrozenDict<V>, V> node = dict.items().get(key)
                .getOrElseThrow(() -> missing(op, dict, key, prefix(path, depth)));
        if (depth == path.segments().size() - 1) {
            return new FrozenDict<>(dict.items().remove(key));
        }
        FrozenDict<V> child = subtreeOnTheWay(op, node, path, depth);
        return new FrozenDict<>(dict.items().put(key, Either.left(remove(op, child, path, depth + 1))));
    }

    /** The error for a missing key: names the key, where it was looked for, and the keys there. */
    static NoSuchElementException missing(String op, FrozenDict<?> dict, String key, Path at) {
        return new NoSuchElementException(op + ": expected one of the keys " + dict.keys().mkString("[", ", ", "]")
                + ", got \"" + key + "\"" + at(at) + ". Use contains() to test for it first");
    }

    private static <V> FrozenDict<V> subtreeOnTheWay(String op, Either<FrozenDict<V>, V> node, Path path, int depth) {
        if (node.isRight()) {
            throw new IllegalArgumentException(op + ": expected a subtree at " + prefix(path, depth + 1)
                    + ", got a leaf. The path " + path + " runs through that leaf");
        }
        return node.getLeft();
    }

    private static Path prefix(Path path, int length) {
        return new Path(path.segments().take(length));
    }

    /** {@code " at <path>"}, or nothing at the root. */
    static String at(Path path) {
        return path.isRoot() ? "" : " at " + path;
    }
}
