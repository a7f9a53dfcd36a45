package dev.flaxen.nn;

import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code tabulate}'s table as Flax's {@code flax/linen/summary.py} lays it out (plain text, the same box
 * characters, no colours): title {@code "<Root> Summary"}; columns {@code path}, {@code module}, {@code inputs},
 * {@code outputs} and one per collection, in the order of the variables tree (Flax iterates a Python set here, whose
 * order varies with {@code PYTHONHASHSEED}); one row per module call in pre-order (a path seen before is
 * skipped); each collection cell lists the module's own variables sorted by name, a blank line and
 * {@code N (B)}; a {@code Total} row; and the caption {@code Total Parameters: N (B)} over all collections.
 */
final class Summary {
    private Summary() {
    }

    static String render(String rootType, Vector<CallRecord> calls, FrozenDict<ShapeDtypeStruct> variables) {
        Vector<String> collections = variables.keys();
        List<Vector<String>> rows = new ArrayList<>();
        Set<Path> seen = HashSet.empty();
        for (CallRecord call : calls) {
            if (!seen.contains(call.path())) {
                seen = seen.add(call.path());
                rows.add(row(call, collections, variables));
            }
        }
        Vector<String> header = Vector.of("path", "module", "inputs", "outputs").appendAll(collections);
        Vector<String> footer = Vector.of("", "", "", "Total");
        long count = 0;
        long bytes = 0;
        for (String c : collections) {
            Vector<ShapeDtypeStruct> leaves = variables.subtree(c).map(Trees::leaves).get();
            long n = leaves.map(s -> s.shape().size()).sum().longValue();
            long b = leaves.map(ShapeDtypeStruct::byteSize).sum().longValue();
            footer = footer.append(sizeAndBytes(n, b));
            count += n;
            bytes += b;
        }
        return Table.render(rootType + " Summary", header, rows, footer,
                "Total Parameters: " + sizeAndBytes(count, bytes));
    }

    private static Vector<String> row(CallRecord call, Vector<String> collections,
                                      FrozenDict<ShapeDtypeStruct> variables) {
        return Vector.of(call.path().toString(), call.typeName(),
                call.inputs().map(ShapeDtypeStruct::toString).mkString("\n"),
                call.output().map(ShapeDtypeStruct::toString).getOrElse(""))
                .appendAll(collections.map(c -> cell(variables, c, call.path())));
    }

    private static Vector<io.vavr.Tuple2<String, ShapeDtypeStruct>> ownLeaves(FrozenDict<ShapeDtypeStruct> variables,
                                                                               String collection, Path module) {
        Path at = new Path(module.segments().prepend(collection));
        return variables.subtree(at).map(t -> t.items().toVector()
                .filter(item -> item._2.isRight())
                .map(item -> io.vavr.Tuple.of(item._1, item._2.get()))
                .sortBy(item -> item._1)).getOrElse(Vector.empty());
    }

    private static String cell(FrozenDict<ShapeDtypeStruct> variables, String collection, Path module) {
        Vector<io.vavr.Tuple2<String, ShapeDtypeStruct>> own = ownLeaves(variables, collection, module);
        if (own.isEmpty()) {
            return "";
        }
        long count = own.map(t -> t._2.shape().size()).sum().longValue();
        long bytes = own.map(t -> t._2.byteSize()).sum().longValue();
        return own.map(t -> t._1 + ": " + t._2).mkString("\n") + "\n\n" + sizeAndBytes(count, bytes);
    }

    /** Flax's {@code _size_and_bytes_repr}: {@code 1,024 (4.1 KB)}; empty for 0. */
    static String sizeAndBytes(long size, long bytes) {
        return size == 0 ? "" : String.format(Locale.ROOT, "%,d", size) + " (" + bytesRepr(bytes) + ")";
    }

    /** Flax's {@code _bytes_repr}: decimal units with one decimal above 1e3, 1e6, 1e9. */
    static String bytesRepr(long bytes) {
        if (bytes > 1e9) {
            return String.format(Locale.ROOT, "%,.1f GB", bytes / 1e9);
        } else if (bytes > 1e6) {
            return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
        } else if (bytes > 1e3) {
            return String.format(Locale.ROOT, "%,.1f KB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%,d B", bytes);
    }
}
