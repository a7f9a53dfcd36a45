package dev.flaxen.tree;

import java.util.Objects;

/**
 * Two trees that had to have the same structure (the same keys at every level, leaves in the same places)
 * differ; thrown by {@link Trees#zipWith} and {@link Trees#requireSameStructure}. It names the first
 * differing path, walking keys in sorted order as JAX does.
 *
 * <pre>{@code
 * try {
 *     Trees.requireSameStructure(params, grads);
 * } catch (StructureMismatchException e) {
 *     e.path();       // params/layers_0
 *     e.expected();   // "keys [bias, kernel]"
 *     e.actual();     // "keys [kernel]"
 * }
 * }</pre>
 */
public final class StructureMismatchException extends IllegalArgumentException {
    /** The first differing path. */
    private final Path path;
    /** What the first tree has there. */
    private final String expected;
    /** What the second tree has there. */
    private final String actual;

    /**
     * Makes the error; the message reads
     * {@code <op>: structures differ at <path>: expected <expected>, got <actual>}.
     *
     * <pre>{@code
     * new StructureMismatchException("Trees.zipWith", Path.of("params"), "a leaf", "keys [w]").getMessage();
     * // "Trees.zipWith: structures differ at params: expected a leaf, got keys [w]"
     * }</pre>
     *
     * @param op the operation that needed equal structures, such as {@code "Trees.zipWith"}
     * @param path the first path where the trees differ; the root reads "the root"
     * @param expected what the first tree has there: {@code "a leaf"} or {@code "keys [bias, kernel]"}
     * @param actual what the second tree has there, in the same form
     */
    public StructureMismatchException(String op, Path path, String expected, String actual) {
        super(message(op, path, expected, actual));
        this.path = Objects.requireNonNull(path, "path");
        this.expected = expected;
        this.actual = actual;
    }

    private static String message(String op, Path path, String expected, String actual) {
        boolean bothKeys = expected.startsWith("keys ") && actual.startsWith("keys ");
        return op + ": structures differ at " + (path.isRoot() ? "the root" : path.toString())
                + ": expected " + expected + ", got " + (bothKeys ? actual.substring("keys ".length()) : actual);
    }

    /**
     * The first path where the trees differ, in sorted-key order.
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * What the first (expected) tree has at {@link #path()}: {@code "a leaf"} or its sorted keys as
     * {@code "keys [bias, kernel]"}.
     *
     * @return the description
     */
    public String expected() {
        return expected;
    }

    /**
     * What the second (actual) tree has at {@link #path()}, in the same form as {@link #expected()}.
     *
     * @return the description
     */
    public String actual() {
        return actual;
    }
}
