package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Matches a checkpoint against a target tree leaf by leaf. The checkpoint is read once, and only the data of
 * leaves whose path, shape and dtype the target has; everything else is reported.
 */
final class PartialLoad {
    private PartialLoad() {
    }

    /**
     * Loads into {@code target} (leaves {@code Array} or {@code ShapeDtypeStruct}) from {@code source}, which
     * reads a checkpoint's leaves, keeping the data of those the selector accepts.
     */
    static LoadResult load(FrozenDict<?> target, Function<BiPredicate<Path, ShapeDtypeStruct>, FrozenDict<Leaf>> source,
            boolean strict, String op, String sourceName) {
        LinkedHashMap<Path, ? extends Option<?>> targetFlat = Trees.flattenKeepEmptyNodes(target);
        LinkedHashMap<Path, ShapeDtypeStruct> want = LinkedHashMap.empty();
        for (Tuple2<Path, ? extends Option<?>> e : targetFlat) {
            if (e._2.isDefined()) {
                want = want.put(e._1, spec(e._2.get(), e._1, op));
            }
        }
        LinkedHashMap<Path, ShapeDtypeStruct> wanted = want;
        LinkedHashMap<Path, Leaf> got = Trees.flatten(source.apply((path, spec) -> wanted.get(path).contains(spec)));
        LoadReport report = report(wanted, got);
        if (strict && !report.isClean()) {
            throw new CheckpointMismatchException(op, sourceName, report);
        }
        return new LoadResult(tree(targetFlat, got), report);
    }

    /** The target's structure with each leaf loaded, or the target's own array, or left out. */
    private static FrozenDict<Array> tree(LinkedHashMap<Path, ? extends Option<?>> targetFlat,
            LinkedHashMap<Path, Leaf> got) {
        LinkedHashMap<Path, Option<Array>> out = LinkedHashMap.empty();
        for (Tuple2<Path, ? extends Option<?>> e : targetFlat) {
            if (e._2.isEmpty()) {
                out = out.put(e._1, Option.none());
                continue;
            }
            Object own = e._2.get();
            Option<Array> leaf = got.get(e._1).flatMap(Leaf::array)
                    .orElse(() -> own instanceof Array a ? Option.some(a) : Option.none());
            if (leaf.isDefined()) {
                out = out.put(e._1, leaf);
            }
        }
        return Trees.unflattenKeepEmptyNodes(out);
    }

    private static LoadReport report(LinkedHashMap<Path, ShapeDtypeStruct> want, LinkedHashMap<Path, Leaf> got) {
        Vector<Path> missing = want.keySet().filter(p -> !got.containsKey(p)).toVector();
        Vector<Path> unexpected = got.keySet().filter(p -> !want.containsKey(p)).toVector();
        Vector<LoadReport.Mismatch> mismatched = want.toVector()
                .filter(e -> got.get(e._1).exists(leaf -> !leaf.spec().equals(e._2)))
                .map(e -> new LoadReport.Mismatch(e._1, e._2, got.get(e._1).get().spec()));
        return new LoadReport(missing, unexpected, mismatched);
    }

    private static ShapeDtypeStruct spec(Object leaf, Path path, String op) {
        if (leaf instanceof Array a) {
            return ShapeDtypeStruct.of(a);
        }
        if (leaf instanceof ShapeDtypeStruct s) {
            return s;
        }
        throw new IllegalArgumentException(op + ": expected target leaves of type Array or ShapeDtypeStruct, got "
                + leaf.getClass().getName() + " at " + path + ". Pass the tree init or initShapes returns");
    }

    /** A source over a tree already in memory. */
    static Function<BiPredicate<Path, ShapeDtypeStruct>, FrozenDict<Leaf>> of(FrozenDict<Array> tree) {
        return load -> Trees.mapWithPath(tree, (path, a) -> {
            ShapeDtypeStruct spec = ShapeDtypeStruct.of(a);
            return new Leaf(spec, load.test(path, spec) ? Option.some(a) : Option.none());
        });
    }
}
