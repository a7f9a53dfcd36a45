package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.StructureMismatchException;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.Optional;

/** The first bitwise difference between two arrays or two trees, described for a failure message. */
final class BitDiff {
    private BitDiff() {
    }

    /** The first difference between two trees: structure first, then the leaves in sorted path order. */
    static Optional<String> trees(FrozenDict<Array> expected, FrozenDict<Array> actual) {
        Optional<String> structure = structure(expected, actual);
        if (structure.isPresent()) {
            return structure;
        }
        Vector<Tuple2<Path, Array>> want = Trees.leavesWithPaths(expected);
        Vector<Tuple2<Path, Array>> got = Trees.leavesWithPaths(actual);
        for (int i = 0; i < want.size(); i++) {
            Optional<String> d = arrays("trees differ at " + want.get(i)._1 + ", ", " at " + want.get(i)._1,
                    want.get(i)._2, got.get(i)._2);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first difference in structure (keys, and leaves against subtrees), in sorted path order. */
    static Optional<String> structure(FrozenDict<?> expected, FrozenDict<?> actual) {
        try {
            Trees.requireSameStructure(expected, actual);
            return Optional.empty();
        } catch (StructureMismatchException e) {
            return Optional.of("trees differ in structure at " + (e.path().isRoot() ? "the root" : e.path())
                    + ": expected " + e.expected() + ", got " + e.actual());
        }
    }

    /** The first difference between two arrays. */
    static Optional<String> arrays(Array expected, Array actual) {
        return arrays("arrays differ at ", "", expected, actual);
    }

    /**
     * {@code where} starts the headline of a value difference ({@code "arrays differ at "}); {@code at} ends a
     * shape or dtype difference ({@code " at params/w"}, or empty).
     */
    private static Optional<String> arrays(String where, String at, Array expected, Array actual) {
        ShapeDtypeStruct want = ShapeDtypeStruct.of(expected);
        ShapeDtypeStruct got = ShapeDtypeStruct.of(actual);
        if (!want.equals(got) || expected.isAbstract() != actual.isAbstract()) {
            return Optional.of("expected " + kind(expected) + want + ", got " + kind(actual) + got + at);
        }
        if (expected.isAbstract()) {
            return Optional.empty();
        }
        Differences d = Differences.of(want.dtype(), expected, actual);
        if (d.count == 0) {
            return Optional.empty();
        }
        return Optional.of(where + "index " + Elements.ndIndex(want.shape(), d.first) + " (flat index " + d.first
                + " of " + want + ")\n" + elements(want.dtype(), expected.bitsAt(d.first), actual.bitsAt(d.first))
                + "  " + d.count + " of " + expected.size() + " elements differ"
                + (d.maxUlp != null ? ", by at most " + d.maxUlp + " ulp" : ""));
    }

    /** The first differing flat index, how many elements differ, and the largest ulp distance (null if none). */
    private record Differences(int first, int count, String maxUlp) {
        static Differences of(DType dtype, Array expected, Array actual) {
            int first = -1;
            int count = 0;
            boolean measured = false;
            long max = 0;
            for (int i = 0; i < expected.size(); i++) {
                long a = expected.bitsAt(i);
                long b = actual.bitsAt(i);
                if (a != b) {
                    first = first < 0 ? i : first;
                    count++;
                    if (hasUlps(dtype, a, b)) {
                        long d = Elements.ulpDistance(dtype, a, b);
                        max = !measured || Long.compareUnsigned(d, max) > 0 ? d : max;
                        measured = true;
                    }
                }
            }
            return new Differences(first, count, measured ? Long.toUnsignedString(max) : null);
        }
    }

    private static String elements(DType dtype, long a, long b) {
        String lines = "  expected: " + Elements.hex(dtype, a) + " (" + Elements.value(dtype, a) + ")\n"
                + "  actual:   " + Elements.hex(dtype, b) + " (" + Elements.value(dtype, b) + ")\n";
        if (!dtype.isFloating()) {
            return lines;
        }
        return lines + "  distance: " + (hasUlps(dtype, a, b)
                ? Long.toUnsignedString(Elements.ulpDistance(dtype, a, b)) + " ulp" : "none, a NaN is involved") + "\n";
    }

    /** Whether two elements have an ulp distance: both are floats and neither is a NaN. */
    private static boolean hasUlps(DType dtype, long a, long b) {
        return dtype.isFloating() && !Elements.isNaN(dtype, a) && !Elements.isNaN(dtype, b);
    }

    private static String kind(Array a) {
        return a.isAbstract() ? "abstract " : "";
    }
}
