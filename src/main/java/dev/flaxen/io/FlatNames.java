package dev.flaxen.io;

import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.Map;

/**
 * Flat tensor names to a tree and back: {@code "mlp.layers_0.kernel"} with separator {@code "."} is the path
 * {@code mlp/layers_0/kernel}, as Flax's {@code flatten_dict(sep=...)} and Hugging Face name parameters.
 */
final class FlatNames {
    private FlatNames() {
    }

    /** The path of a name; a corrupt-checkpoint error if a segment is empty or holds {@code '/'}. */
    static Path path(String name, String sep, Origin origin) {
        Vector<String> segments = split(name, sep);
        if (segments.exists(s -> s.isEmpty() || s.contains("/"))) {
            throw origin.corrupt(name, -1, "expected a name that splits on '" + sep
                    + "' into non-empty parts without '/', got '" + name
                    + "'. Read it flat with SafetensorsFile.readAll()"
                    + (sep.equals("/") ? "" : " or choose another separator"));
        }
        return new Path(segments);
    }

    private static Vector<String> split(String name, String sep) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int from = 0;
        for (int at = name.indexOf(sep); at >= 0; at = name.indexOf(sep, from)) {
            parts.add(name.substring(from, at));
            from = at + sep.length();
        }
        parts.add(name.substring(from));
        return Vector.ofAll(parts);
    }

    /** The tree of flat names, in their order; a corrupt-checkpoint error if one name is a prefix of another. */
    static <T> FrozenDict<T> tree(LinkedHashMap<String, T> flat, String sep, Origin origin, Class<T> leafType) {
        Map<String, Object> root = new java.util.LinkedHashMap<>();
        for (Tuple2<String, T> e : flat) {
            insert(root, path(e._1, sep, origin), sep, e._1, e._2, origin);
        }
        return FrozenDict.of(root, leafType);
    }

    @SuppressWarnings("unchecked")
    private static void insert(Map<String, Object> root, Path path, String sep, String name, Object leaf,
            Origin origin) {
        Map<String, Object> node = root;
        Vector<String> segments = path.segments();
        for (int i = 0; i < segments.size() - 1; i++) {
            Object child = node.computeIfAbsent(segments.get(i), k -> new java.util.LinkedHashMap<String, Object>());
            if (!(child instanceof Map<?, ?>)) {
                throw conflict(name, segments.take(i + 1).mkString(sep), origin);
            }
            node = (Map<String, Object>) child;
        }
        if (node.putIfAbsent(segments.last(), leaf) != null) {
            throw conflict(name, name, origin);
        }
    }

    private static CorruptCheckpointException conflict(String name, String prefix, Origin origin) {
        return origin.corrupt(name, -1, "expected names that form a tree, got '" + prefix
                + "' as both a tensor and a prefix of another name. Read it flat with SafetensorsFile.readAll()");
    }
}
