package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;

/**
 * The writer process of {@link AtomicWriteTests}: writes a large checkpoint ({@code args[1]} leaves of
 * {@code args[2]} float32 each) over the file {@code args[0]} with {@link Checkpoints#write}, so the test can
 * kill it part-way.
 */
final class CheckpointWriterMain {
    private CheckpointWriterMain() {
    }

    public static void main(String[] args) {
        java.nio.file.Path target = java.nio.file.Path.of(args[0]);
        int leaves = Integer.parseInt(args[1]);
        int floats = Integer.parseInt(args[2]);
        FrozenDict<Array> tree = FrozenDict.empty();
        for (int i = 0; i < leaves; i++) {
            float value = i;
            tree = tree.with("params/layer_" + i + "/kernel", Array.generateFloat(Shape.of(floats), out -> java.util.Arrays.fill(out, value)));
        }
        Checkpoints.write(target, tree);
    }
}
