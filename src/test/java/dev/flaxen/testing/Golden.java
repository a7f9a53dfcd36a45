package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.tree.FrozenDict;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Golden digests: a test records the SHA-256 of a tree's canonical bytes in a file once, and every later run, on any
 * machine, JDK or Flaxen version, checks that the tree is still bit for bit the same. The canonical bytes
 * ({@code flaxen-tree-1}) list every leaf in sorted path order with its path, dtype, shape and little-endian data,
 * so the digest does not depend on insertion order; docs/testing.md specifies them byte by byte.
 *
 * <pre>{@code
 * FrozenDict<Array> params = net.init(PRNGKey.of(0), x);
 * Golden.assertDigest(Path.of("src/test/resources/golden/mlp-seed0.digest"), params);
 * Golden.digest(params);   // "945a4710...e421" (64 hex digits) for the seed chapter's net and a (2, 4) input
 * }</pre>
 */
public final class Golden {
    private static final String OP = "Golden.assertDigest";

    /** What {@link #assertDigest} does when the file is missing or differs. */
    public enum Mode {
        /** Record a missing file; compare an existing one (the default). */
        RECORD,
        /** Compare only: a missing file fails (for CI). */
        STRICT,
        /** Write the file whenever it is missing or differs, and never fail (to re-record on purpose). */
        UPDATE;

        /**
         * The mode the system property {@code flaxen.golden} names ({@code record}, {@code strict} or
         * {@code update}, any case); when it is not set, {@code STRICT} if the environment variable {@code CI} is set
         * (and not {@code false}), as CI services set it, else {@code RECORD}.
         *
         * <pre>{@code
         * // mvn test -Dflaxen.golden=update
         * Golden.Mode.fromEnvironment();   // UPDATE
         * }</pre>
         *
         * @return the mode
         * @throws IllegalArgumentException if the property holds another value
         */
        public static Mode fromEnvironment() {
            return of(System.getProperty("flaxen.golden"), System.getenv("CI"));
        }

        static Mode of(String property, String ci) {
            if (property == null || property.isBlank()) {
                return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") ? STRICT : RECORD;
            }
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(property.strip())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("Golden.Mode: expected the system property flaxen.golden to be record, "
                    + "strict or update, got '" + property + "'");
        }
    }

    /** What happened to the golden file. */
    public enum Status {
        /** The file held this tree's digest. */
        MATCHED,
        /** The file was missing and now holds the digest. */
        RECORDED,
        /** The file held another digest and was rewritten ({@link Mode#UPDATE}). */
        UPDATED
    }

    /**
     * The result of a successful {@link #assertDigest}.
     *
     * <pre>{@code
     * Golden.assertDigest(file, params, Golden.Mode.RECORD).status();   // RECORDED the first time, then MATCHED
     * }</pre>
     *
     * @param status what happened
     * @param digest the tree's digest, 64 hex digits
     * @param message one line saying what happened, naming the file
     */
    public record Outcome(Status status, String digest, String message) {
    }

    private Golden() {
    }

    /**
     * Checks the tree against its golden file in the {@link Mode#fromEnvironment() mode the environment sets}, and
     * prints the outcome's message to {@code System.err} when the file was recorded or updated. Give a path in the
     * source tree (such as {@code src/test/resources/golden/...}; Maven runs tests from the project directory), not
     * under {@code target}, and commit the file.
     *
     * <pre>{@code
     * Golden.assertDigest(Path.of("src/test/resources/golden/mlp-seed0.digest"), params);
     * // first run prints: Golden.assertDigest: recorded src/test/resources/golden/mlp-seed0.digest (tree 945a...,
     * // 4 entries). Commit it; later runs compare against it
     * }</pre>
     *
     * @param goldenFile the file
     * @param tree the tree, of concrete arrays
     * @return what happened
     * @throws AssertionError if the digest differs (naming both digests and the first entry that changed), or the
     *     file is missing in strict mode
     * @throws IllegalArgumentException if the file is not a golden file, or the tree holds an abstract array
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static Outcome assertDigest(Path goldenFile, FrozenDict<Array> tree) {
        Outcome outcome = assertDigest(goldenFile, tree, Mode.fromEnvironment());
        if (outcome.status() != Status.MATCHED) {
            System.err.println(outcome.message());
        }
        return outcome;
    }

    /**
     * Checks the tree against its golden file in the given mode, printing nothing.
     *
     * <pre>{@code
     * Golden.assertDigest(file, params, Golden.Mode.STRICT).status();   // MATCHED, or an AssertionError
     * }</pre>
     *
     * @param goldenFile the file
     * @param tree the tree, of concrete arrays
     * @param mode what to do with a missing or different file
     * @return what happened
     * @throws AssertionError if the digest differs (except in {@code UPDATE} mode), or the file is missing in
     *     {@code STRICT} mode
     * @throws IllegalArgumentException if the file is not a golden file, or the tree holds an abstract array
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public static Outcome assertDigest(Path goldenFile, FrozenDict<Array> tree, Mode mode) {
        Objects.requireNonNull(goldenFile, "goldenFile");
        Objects.requireNonNull(mode, "mode");
        Vector<CanonicalBytes.Entry> entries = CanonicalBytes.entries(OP, tree);
        GoldenFile.Content got = GoldenFile.Content.of(OP, entries, CanonicalBytes.digest(OP, tree));
        if (!Files.exists(goldenFile)) {
            if (mode == Mode.STRICT) {
                throw new AssertionError(OP + ": expected a golden file at " + goldenFile + ", got none. Strict mode "
                        + "(-Dflaxen.golden=strict, or the environment variable CI) records nothing: run the test once "
                        + "locally and commit the file");
            }
            write(goldenFile, got);
            return new Outcome(Status.RECORDED, got.tree(), OP + ": recorded " + goldenFile + " (tree " + got.tree()
                    + ", " + entries.size() + " entries). Commit it; later runs compare against it");
        }
        GoldenFile.Content want = GoldenFile.parse(OP, read(goldenFile), goldenFile);
        if (want.tree().equals(got.tree())) {
            return new Outcome(Status.MATCHED, got.tree(),
                    OP + ": " + goldenFile + " matches (tree " + got.tree() + ")");
        }
        if (mode == Mode.UPDATE) {
            write(goldenFile, got);
            return new Outcome(Status.UPDATED, got.tree(), OP + ": updated " + goldenFile + " (tree " + got.tree()
                    + ", was " + want.tree() + ")");
        }
        throw new AssertionError(OP + ": expected the tree recorded in " + goldenFile + ", got a different one\n"
                + "  expected: tree " + want.tree() + "\n"
                + "  actual:   tree " + got.tree() + "\n"
                + GoldenFile.firstDifference(want, got).map(d -> "  first difference: " + d + "\n").orElse("")
                + "  If the change is intended, re-record: delete the file, or run with -Dflaxen.golden=update");
    }

    /**
     * The SHA-256 of the tree's canonical bytes, as 64 lowercase hex digits. Equal trees (bitwise, as
     * {@code FrozenDict.equals}) have equal digests, whatever their insertion order.
     *
     * <pre>{@code
     * Golden.digest(FrozenDict.<Array>empty().with("w", Array.scalar(1f)));
     * // "45b15bc78641ad015b0551b1c5d382c38e6149ba586eb42cb1d82476ae970135"
     * }</pre>
     *
     * @param tree the tree, of concrete arrays
     * @return the digest
     * @throws IllegalArgumentException if the tree holds an abstract array or a key that is not valid Unicode
     */
    public static String digest(FrozenDict<Array> tree) {
        return CanonicalBytes.digest("Golden.digest", tree);
    }

    /**
     * The tree's canonical bytes ({@code flaxen-tree-1}, docs/testing.md), whose SHA-256 {@link #digest} is; to
     * check the digest with another tool.
     *
     * <pre>{@code
     * byte[] b = Golden.canonicalBytes(params);   // starts with the ASCII of "flaxen-tree-1"
     * }</pre>
     *
     * @param tree the tree, of concrete arrays
     * @return a fresh byte array
     * @throws IllegalArgumentException if the tree holds an abstract array or a key that is not valid Unicode
     */
    public static byte[] canonicalBytes(FrozenDict<Array> tree) {
        return CanonicalBytes.bytes("Golden.canonicalBytes", tree);
    }

    private static java.util.List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(OP + ": cannot read " + file, e);
        }
    }

    private static void write(Path file, GoldenFile.Content content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content.render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(OP + ": cannot write " + file, e);
        }
    }
}
