package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.tree.FrozenDict;
import java.util.Objects;

/**
 * The outcome of partial loading: the tree in the target's structure holding what could be loaded, and the
 * report of what could not.
 *
 * <pre>{@code
 * LoadResult r = Checkpoints.load(Path.of("mlp.msgpack"), target, false);
 * FrozenDict<Array> params = r.tree();   // loaded leaves; the target's own for the rest
 * r.report().missing();                  // Vector(params/head/kernel)
 * }</pre>
 *
 * @param tree the target's structure and key order; a leaf is the checkpoint's when its shape and dtype
 *     match, else the target's array (a {@code ShapeDtypeStruct} target leaf with nothing to load is left out)
 * @param report the missing, unexpected and mismatched entries
 */
public record LoadResult(FrozenDict<Array> tree, LoadReport report) {
    /**
     * Checks the parts are present.
     *
     * @param tree the loaded tree
     * @param report the missing, unexpected and mismatched entries
     * @throws NullPointerException if a part is null
     */
    public LoadResult {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(report, "report");
    }
}
