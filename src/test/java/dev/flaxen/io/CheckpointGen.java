package dev.flaxen.io;

import static org.quicktheories.generators.Generate.range;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** QuickTheories generators of variable trees for the checkpoint properties. */
final class CheckpointGen {
    /** Keys whose UTF-8, UTF-16 and insertion orders differ, with no '.' or '/' so both separators work. */
    static final List<String> KEYS = List.of("params", "kernel", "bias", "layers_10", "layers_2", "B", "a", "\u00e9",
            "\uffff", "\ud800\udc00", "x y", "0");

    private CheckpointGen() {
    }

    /** Trees of up to 3 levels of every dtype, scalars, empty arrays and empty subtrees. */
    static Gen<FrozenDict<Array>> trees() {
        return in -> tree(in, 3, true);
    }

    /** Trees with no empty subtree, the ones a flat format (safetensors) can hold. */
    static Gen<FrozenDict<Array>> flatTrees() {
        return in -> Trees.unflatten(Trees.flatten(tree(in, 3, false)));
    }

    /** A tree and a copy whose key order is reversed at every level. */
    static FrozenDict<Array> reversed(FrozenDict<Array> t) {
        FrozenDict<Array> out = FrozenDict.empty();
        for (String k : t.keys().reverse()) {
            FrozenDict<Array> acc = out;
            out = t.items().get(k).get().fold(sub -> acc.withSubtree(k, reversed(sub)), leaf -> acc.with(k, leaf));
        }
        return out;
    }

    /** The paths of all nodes in insertion order, with empty subtrees: what an order-sensitive comparison needs. */
    static Vector<Tuple2<Path, Option<Array>>> ordered(FrozenDict<Array> t) {
        return Trees.flattenKeepEmptyNodes(t).toVector();
    }

    private static FrozenDict<Array> tree(RandomnessSource in, int depth, boolean empties) {
        FrozenDict<Array> out = FrozenDict.empty();
        int n = range(empties ? 0 : 1, 4).generate(in);
        for (int i = 0; i < n; i++) {
            String key = KEYS.get(range(0, KEYS.size() - 1).generate(in));
            boolean sub = depth > 0 && range(0, 2).generate(in) == 0;
            out = sub ? out.withSubtree(key, tree(in, depth - 1, empties)) : out.with(key, array(in));
        }
        return out;
    }

    /** An array of random dtype, rank 0 to 3 with dimensions 0 to 4, and random bits (NaN payloads included). */
    static Array array(RandomnessSource in) {
        DType dtype = DType.values()[range(0, DType.values().length - 1).generate(in)];
        int[] dims = new int[range(0, 3).generate(in)];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = range(0, 4).generate(in);
        }
        Shape shape = Shape.of(dims);
        long[] bits = new long[(int) shape.size()];
        for (int i = 0; i < bits.length; i++) {
            long hi = range(Integer.MIN_VALUE, Integer.MAX_VALUE).generate(in);
            long lo = range(Integer.MIN_VALUE, Integer.MAX_VALUE).generate(in);
            bits[i] = dtype == DType.BOOL ? lo & 1 : hi << 32 | lo & 0xffffffffL;
        }
        return Reference.fromBits(shape, dtype, bits);
    }
}
