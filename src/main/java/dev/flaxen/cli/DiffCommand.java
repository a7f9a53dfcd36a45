package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flaxen diff A B}: structure and value differences of two checkpoints; status 0 only when identical. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        header = "Compare two checkpoints leaf by leaf; exit status 0 only when identical.",
        description = {"Compare two checkpoints (either format, in any combination) leaf by leaf: leaves only in "
                + "one file, leaves whose shape or dtype differ, and for leaves of the same shape and dtype the "
                + "number of elements whose bits differ, the largest absolute difference and, for floats, the "
                + "largest difference in units in the last place. Leaves are matched by tree path (safetensors "
                + "names split on --sep); key order, format and safetensors metadata are not compared. Prints the "
                + "leaves that differ and a summary.", ""},
        footer = {"", "Exit status: 0 identical (same paths, shapes, dtypes and bits), 1 different, 2 an error."})
final class DiffCommand implements Callable<Integer> {
    private static final int DIFFERENT = 1;

    private final Flaxen cli;

    @Parameters(index = "0", paramLabel = "A", description = "The first checkpoint.")
    private Path a;

    @Parameters(index = "1", paramLabel = "B", description = "The second checkpoint.")
    private Path b;

    @Option(names = "--sep", paramLabel = "SEP", defaultValue = ".",
            description = "Separator of tree paths in safetensors names (default: ${DEFAULT-VALUE}).")
    private String sep;

    DiffCommand(Flaxen cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (CheckpointLeaves la = CheckpointLeaves.open(a, "diff", CheckpointLeaves.BATCH_BYTES);
             CheckpointLeaves lb = CheckpointLeaves.open(b, "diff", CheckpointLeaves.BATCH_BYTES)) {
            cli.out.println("A: " + describe(a, la));
            cli.out.println("B: " + describe(b, lb));
            return compare(la, lb);
        }
    }

    /** How many leaves fell in each class. */
    private static final class Tally {
        int values;
        int onlyA;
        int onlyB;
        int specs;
        int identical;

        boolean isIdentical() {
            return values + onlyA + onlyB + specs == 0;
        }
    }

    /** A leaf in both files with the same shape and dtype: its tree path and its name in each. */
    private record Pair(Vector<String> path, String nameA, String nameB) {
    }

    private int compare(CheckpointLeaves la, CheckpointLeaves lb) {
        LinkedHashMap<Vector<String>, String> inA = byPath(la);
        LinkedHashMap<Vector<String>, String> inB = byPath(lb);
        TextTable t = new TextTable(new String[] {"path", "A", "B", "differing", "max abs", "max ulp"}, 4, 5);
        Tally tally = new Tally();
        Vector<Pair> same = Vector.empty();
        for (Tuple2<Vector<String>, String> e : inA) {
            ShapeDtypeStruct specA = la.entries().get(e._2).get();
            String nameB = inB.get(e._1).getOrNull();
            ShapeDtypeStruct specB = nameB == null ? null : lb.entries().get(nameB).get();
            if (specB == null) {
                tally.onlyA++;
                t.add(display(e._1), specA.toString(), "-", "only in A");
            } else if (!specA.equals(specB)) {
                tally.specs++;
                t.add(display(e._1), specA.toString(), specB.toString(), "shape/dtype");
            } else {
                same = same.append(new Pair(e._1, e._2, nameB));
            }
        }
        for (Tuple2<Vector<String>, String> e : inB.filterKeys(k -> !inA.containsKey(k))) {
            tally.onlyB++;
            t.add(display(e._1), "-", lb.entries().get(e._2).get().toString(), "only in B");
        }
        compareValues(la, lb, same, t, tally);
        if (t.size() > 0) {
            cli.out.print(t.render());
        }
        return summary(tally, la);
    }

    /** Compares the leaves of {@code pairs}, a group of at most 256 MiB (per file) at a time. */
    private static void compareValues(CheckpointLeaves la, CheckpointLeaves lb, Vector<Pair> pairs, TextTable t,
                                      Tally tally) {
        Vector<Pair> rest = pairs;
        while (!rest.isEmpty()) {
            Vector<Pair> group = la.batch(rest, Pair::nameA);
            rest = rest.drop(group.size());
            Map<String, Array> fromA = new HashMap<>();
            la.read(group.map(Pair::nameA), fromA::put);
            Map<String, Pair> byNameB = new HashMap<>();
            group.forEach(p -> byNameB.put(p.nameB(), p));
            lb.read(group.map(Pair::nameB), (nameB, arrayB) -> {
                Pair p = byNameB.get(nameB);
                LeafDiff d = LeafDiff.of(fromA.remove(p.nameA()), arrayB);
                if (d.isIdentical()) {
                    tally.identical++;
                    return;
                }
                tally.values++;
                ShapeDtypeStruct spec = la.entries().get(p.nameA()).get();
                t.add(display(p.path()), spec.toString(), spec.toString(),
                        Formats.count(d.differing()) + " of " + Formats.count(d.size()), Formats.number(d.maxAbs()),
                        spec.dtype().isFloating() ? ulps(d.maxUlp()) : "-");
            });
        }
    }

    private int summary(Tally tally, CheckpointLeaves la) {
        if (tally.isIdentical()) {
            cli.out.println("identical: " + Formats.count(tally.identical) + " leaves, "
                    + Formats.count(la.info().paramCount()) + " parameters");
            return 0;
        }
        cli.out.println("different: " + tally.values + " with other values, " + tally.onlyA + " only in A, "
                + tally.onlyB + " only in B, " + tally.specs + " with another shape or dtype; " + tally.identical
                + " identical");
        return DIFFERENT;
    }

    private LinkedHashMap<Vector<String>, String> byPath(CheckpointLeaves leaves) {
        LinkedHashMap<Vector<String>, String> out = LinkedHashMap.empty();
        for (String name : leaves.entries().keySet()) {
            out = out.put(leaves.segments(name, sep), name);
        }
        return out;
    }

    private static String describe(Path file, CheckpointLeaves leaves) {
        return file + " (" + Formats.format(leaves.info().format()) + ", " + Formats.count(leaves.entries().size())
                + " leaves)";
    }

    private static String display(Vector<String> path) {
        return path.mkString("/");
    }

    private static String ulps(double ulp) {
        return Double.isNaN(ulp) ? "nan" : Formats.count((long) ulp);
    }
}
