package dev.flaxen.io;

import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.Path;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * What partial loading found when it matched a checkpoint against a target tree, as PyTorch's
 * {@code load_state_dict} reports {@code missing_keys} and {@code unexpected_keys}: leaves the target has and
 * the file lacks, entries the file has and the target lacks, and leaves in both whose shape or dtype differ.
 *
 * <pre>{@code
 * LoadReport r = Checkpoints.load(Path.of("mlp.msgpack"), target, false).report();
 * r.isClean();      // false
 * r.missing();      // Vector(params/head/kernel)
 * r.mismatched();   // Vector(params/layers_2/kernel expected float32[8,3], got float32[8,1])
 * }</pre>
 *
 * @param missing target leaves with no entry in the checkpoint, in target order
 * @param unexpected checkpoint entries with no leaf in the target, in file order
 * @param mismatched leaves in both whose shape or dtype differ, in target order
 */
public record LoadReport(Vector<Path> missing, Vector<Path> unexpected, Vector<Mismatch> mismatched) {
    /** Entries listed per kind in {@link #toString()} before the rest are counted. */
    private static final int LISTED = 10;

    /**
     * A leaf whose shape or dtype in the checkpoint differs from the target's.
     *
     * @param path the leaf
     * @param expected the target's shape and dtype
     * @param actual the checkpoint's
     */
    public record Mismatch(Path path, ShapeDtypeStruct expected, ShapeDtypeStruct actual) {
        /**
         * Checks the parts are present.
         *
         * @param path the leaf
     * @param expected the target's shape and dtype
     * @param actual the checkpoint's
     * @throws NullPointerException if a part is null
         */
        public Mismatch {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(actual, "actual");
        }

        /**
         * Prints {@code params/k expected float32[4,8], got float32[8,4]}.
         *
         * @return the leaf and both specs
         */
        @Override
        public String toString() {
            return path + " expected " + expected + ", got " + actual;
        }
    }

    /**
     * Checks the lists are present.
     *
     * @param missing target leaves with no entry in the checkpoint
     * @param unexpected checkpoint entries with no leaf in the target
     * @param mismatched leaves whose shape or dtype differ
     * @throws NullPointerException if a list is null
     */
    public LoadReport {
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(unexpected, "unexpected");
        Objects.requireNonNull(mismatched, "mismatched");
    }

    /**
     * Whether the checkpoint matched the target exactly: nothing missing, unexpected or mismatched.
     *
     * @return true for a clean load
     */
    public boolean isClean() {
        return missing.isEmpty() && unexpected.isEmpty() && mismatched.isEmpty();
    }

    /**
     * Counts and lists the problems, at most 10 of each kind:
     * {@code "1 missing (params/b), 0 unexpected, 1 mismatched (params/k expected float32[4,8], got float32[8,4])"}.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return part(missing, "missing") + ", " + part(unexpected, "unexpected") + ", " + part(mismatched, "mismatched");
    }

    private static String part(Vector<?> items, String kind) {
        if (items.isEmpty()) {
            return "0 " + kind;
        }
        String listed = items.take(LISTED).mkString(", ");
        return items.size() + " " + kind + " (" + listed + (items.size() > LISTED ? ", and " + (items.size() - LISTED)
                + " more" : "") + ")";
    }
}
