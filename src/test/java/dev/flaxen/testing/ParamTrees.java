package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The trees of {@link Gens#paramTrees(int, Gen)}: a chain of layers with Flax's names, shapes and order. */
final class ParamTrees {
    private enum Layer {
        DENSE("Dense"), CONV("Conv"), LAYER_NORM("LayerNorm"), BATCH_NORM("BatchNorm");

        private final String typeName;

        Layer(String typeName) {
            this.typeName = typeName;
        }
    }

    private final RandomGenerator r;
    private final DType dtype;
    private FrozenDict<Array> tree = FrozenDict.empty();
    private int width;

    private ParamTrees(RandomGenerator r, DType dtype) {
        this.r = r;
        this.dtype = dtype;
    }

    static FrozenDict<Array> generate(RandomGenerator r, int maxLayers, DType dtype) {
        ParamTrees t = new ParamTrees(r, dtype);
        int layers = Draw.between(r, 1, maxLayers);
        boolean sequential = Draw.between(r, 0, 1) == 0;
        boolean block = !sequential && layers > 1 && Draw.oneIn(r, 3);
        t.width = Draw.between(r, 1, 6);
        Map<String, Integer> counters = new HashMap<>();
        for (int i = 0; i < layers; i++) {
            Layer kind = Draw.pick(r, Layer.DENSE, Layer.DENSE, Layer.CONV, Layer.LAYER_NORM, Layer.BATCH_NORM);
            String scope = block && i > 0 ? "Block_0/" : "";
            String name = sequential ? "layers_" + i
                    : kind.typeName + "_" + (counters.merge(scope + kind, 1, Integer::sum) - 1);
            t.add(kind, scope + name);
        }
        return t.tree;
    }

    private void add(Layer kind, String path) {
        int out = Draw.between(r, 1, 8);
        switch (kind) {
            case DENSE -> {
                param(path, "kernel", Shape.of(width, out));
                param(path, "bias", Shape.of(out));
                width = out;
            }
            case CONV -> {
                param(path, "kernel", Shape.of(Draw.between(r, 1, 3), Draw.between(r, 1, 3), width, out));
                param(path, "bias", Shape.of(out));
                width = out;
            }
            case LAYER_NORM -> {
                param(path, "scale", Shape.of(width));
                param(path, "bias", Shape.of(width));
            }
            case BATCH_NORM -> {
                leaf("batch_stats/" + path + "/mean", Shape.of(width));
                leaf("batch_stats/" + path + "/var", Shape.of(width));
                param(path, "scale", Shape.of(width));
                param(path, "bias", Shape.of(width));
            }
        }
    }

    private void param(String module, String name, Shape shape) {
        leaf("params/" + module + "/" + name, shape);
    }

    private void leaf(String path, Shape shape) {
        long[] bits = new long[Math.toIntExact(shape.size())];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = ElementValues.typical(r, dtype);
        }
        tree = tree.with(path, ElementValues.fromBits(shape, dtype, bits));
    }
}
