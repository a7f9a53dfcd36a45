package dev.flaxen.tree;

import io.vavr.collection.Vector;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The address of a node in a {@link FrozenDict}: a list of names from the root, written
 * {@code "params/layers_0/kernel"}, as Flax's {@code tabulate} and {@code flatten_dict(sep="/")} write it.
 *
 * <p>A segment is a non-empty name without {@code '/'}. The root is the path with no segments; it prints
 * as the empty string. Paths compare segment by segment, each segment by Unicode code point, which is the
 * order Python's {@code sorted} gives and so the order of JAX's {@code tree_leaves}.
 *
 * <pre>{@code
 * Path p = Path.of("params/layers_0/kernel");
 * p.segments();                          // Vector(params, layers_0, kernel)
 * p.parent();                            // params/layers_0
 * p.last();                              // "kernel"
 * Path.of("params", "layers_0").child("bias").toString();   // "params/layers_0/bias"
 * }</pre>
 *
 * @param segments the names from the root, each non-empty and without {@code '/'}
 */
public record Path(Vector<String> segments) implements Comparable<Path> {
    private static final Path ROOT = new Path(Vector.empty());

    /**
     * Checks every segment.
     *
     * <pre>{@code
     * new Path(Vector.of("params", "kernel"));   // params/kernel
     * }</pre>
     *
     * @param segments the names from the root
     * @throws NullPointerException if {@code segments} or one of them is null
     * @throws IllegalArgumentException if a segment is empty or contains {@code '/'}
     */
    public Path {
        Objects.requireNonNull(segments, "Path: expected segments, got null");
        segments.forEach(s -> checkSegment("Path", s));
    }

    /**
     * The root: the path with no segments, which names a whole tree.
     *
     * <pre>{@code
     * Path.root().isRoot();     // true
     * Path.root().toString();   // ""
     * }</pre>
     *
     * @return the root path
     */
    public static Path root() {
        return ROOT;
    }

    /**
     * Parses a {@code '/'}-joined path. The empty string is the root, so {@code Path.of(p.toString())}
     * equals {@code p} for every path.
     *
     * <pre>{@code
     * Path.of("params/layers_0/kernel").segments().size();   // 3
     * Path.of("");                                           // the root
     * }</pre>
     *
     * @param path names joined by single {@code '/'}, with no leading or trailing {@code '/'}
     * @return the path
     * @throws IllegalArgumentException if a segment is empty (a leading, trailing or doubled {@code '/'})
     */
    public static Path of(String path) {
        Objects.requireNonNull(path, "Path.of: expected a path, got null");
        if (path.isEmpty()) {
            return ROOT;
        }
        Vector<String> segments = Vector.of(path.split("/", -1));
        if (segments.exists(String::isEmpty)) {
            throw new IllegalArgumentException("Path.of: expected names separated by single '/', got \""
                    + path + "\". Remove the leading, trailing or doubled '/'");
        }
        return new Path(segments);
    }

    /**
     * Makes a path from its segments; no segments gives the root.
     *
     * <pre>{@code
     * Path.of("params", "kernel").toString();   // "params/kernel"
     * }</pre>
     *
     * @param segments the names from the root
     * @return the path
     * @throws IllegalArgumentException if a segment is empty or contains {@code '/'}
     */
    public static Path of(String... segments) {
        for (String s : segments) {
            checkSegment("Path.of", s);
        }
        return new Path(Vector.of(segments));
    }

    /**
     * This path extended by one name.
     *
     * <pre>{@code
     * Path.of("params").child("Dense_0");   // params/Dense_0
     * }</pre>
     *
     * @param segment the name to add, non-empty and without {@code '/'}
     * @return the longer path
     * @throws IllegalArgumentException if the segment is empty or contains {@code '/'}
     */
    public Path child(String segment) {
        checkSegment("Path.child", segment);
        return new Path(segments.append(segment));
    }

    /**
     * This path without its last segment.
     *
     * <pre>{@code
     * Path.of("params/kernel").parent();   // params
     * }</pre>
     *
     * @return the parent path
     * @throws NoSuchElementException if this is the root
     */
    public Path parent() {
        requireNonRoot("Path.parent");
        return new Path(segments.init());
    }

    /**
     * The last segment: the name of the node this path points at.
     *
     * <pre>{@code
     * Path.of("params/kernel").last();   // "kernel"
     * }</pre>
     *
     * @return the last name
     * @throws NoSuchElementException if this is the root
     */
    public String last() {
        requireNonRoot("Path.last");
        return segments.last();
    }

    /**
     * Whether this is the root (no segments).
     *
     * <pre>{@code
     * Path.of("params").parent().isRoot();   // true
     * }</pre>
     *
     * @return true for the root
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * Whether {@code prefix} is this path or one of its ancestors, compared segment by segment.
     *
     * <pre>{@code
     * Path.of("params/kernel").startsWith(Path.of("params"));   // true
     * Path.of("params2").startsWith(Path.of("params"));         // false
     * }</pre>
     *
     * @param prefix the candidate ancestor
     * @return true if this path begins with all of {@code prefix}'s segments
     */
    public boolean startsWith(Path prefix) {
        return segments.startsWith(prefix.segments);
    }

    /**
     * Compares segment by segment, each by Unicode code point (Python's string order), a proper prefix first.
     *
     * <pre>{@code
     * Path.of("a/b").compareTo(Path.of("a/c")) < 0;   // true
     * }</pre>
     *
     * @param other the other path
     * @return negative, zero or positive as this path sorts before, with or after {@code other}
     */
    @Override
    public int compareTo(Path other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = compareKeys(segments.get(i), other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    /**
     * The segments joined by {@code '/'}; the root gives {@code ""}.
     *
     * @return the path as text
     */
    @Override
    public String toString() {
        return segments.mkString("/");
    }

    /** Python's {@code str} order: by code point, so supplementary characters sort after U+FFFF. */
    static int compareKeys(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Throws the error for a bad path segment or tree key, naming {@code op}. */
    static void checkSegment(String op, String segment) {
        if (segment == null) {
            throw new NullPointerException(op + ": expected a name, got null");
        }
        if (segment.isEmpty()) {
            throw new IllegalArgumentException(op + ": expected a non-empty name, got \"\". "
                    + "Names such as \"params\" or \"kernel\" make up a path");
        }
        if (segment.indexOf('/') >= 0) {
            throw new IllegalArgumentException(op + ": expected a name without '/', got \"" + segment
                    + "\". '/' separates path segments; use Path.of(\"" + segment + "\") to split it");
        }
    }

    private void requireNonRoot(String op) {
        if (isRoot()) {
            throw new NoSuchElementException(op + ": expected a path below the root, got the root path. "
                    + "Check isRoot() first");
        }
    }
}
