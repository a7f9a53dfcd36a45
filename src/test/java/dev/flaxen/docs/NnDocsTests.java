package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.init.Initializers;
import dev.flaxen.init.MxnetInitializers;
import dev.flaxen.nn.Activations;
import dev.flaxen.nn.BatchNorm;
import dev.flaxen.nn.Conv;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Dropout;
import dev.flaxen.nn.Embed;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.LayerNorm;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.MultiInputModule;
import dev.flaxen.nn.Padding;
import dev.flaxen.nn.Reinit;
import dev.flaxen.nn.Rngs;
import dev.flaxen.nn.SeedChapter;
import dev.flaxen.nn.Sequential;
import dev.flaxen.nn.Variable;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of {@code dev.flaxen.nn} and the code of docs/modules.md and docs/guide.md, run. */
class NnDocsTests {
    private static final Array X = Random.uniform(PRNGKey.of(1), Shape.of(2, 4));
    private static final Module NET = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));

    @Test
    void moduleExamples() {
        FrozenDict<Array> params = NET.init(PRNGKey.of(0), X);
        assertEquals(Vector.of("layers_0", "layers_2"), params.subtree("params").get().keys());
        assertEquals(Shape.of(2, 1), NET.apply(params, X).shape());
        assertEquals(Shape.of(4, 8), params.get("params/layers_0/kernel").get().shape());
        Module scaled = (scope, x) -> x.mul(scope.param("scale", Initializers.ones(), Shape.of(x.shape().dim(-1))));
        assertEquals(X, scaled.apply(scaled.init(PRNGKey.of(0), X), X));
        assertEquals("Dense", Dense.of(8).typeName());
        assertEquals("Leaf", Module.named("Leaf", (scope, x) -> x).typeName());
        Tuple2<Array, FrozenDict<Array>> r = NET.initWithOutput(PRNGKey.of(0), X);
        assertEquals(NET.apply(r._2, X), r._1);
        assertEquals(NET.init(PRNGKey.of(0), X), NET.init(Rngs.of(PRNGKey.of(0)).with("dropout", PRNGKey.of(1)), X));
        assertEquals(new ShapeDtypeStruct(Shape.of(784, 8), DType.F32),
                NET.initShapes(new ShapeDtypeStruct(Shape.of(1024, 784), DType.F32)).get("params/layers_0/kernel").get());
        assertTrue(NET.tabulate(PRNGKey.of(0), X).contains("Total Parameters: 49 (196 B)"));
    }

    @Test
    void scopeAndVariableExamples() {
        Module mlp = Module.named("MLP", (scope, x) -> {
            Array h = Activations.relu(scope.call(Dense.of(16), x));
            Array w = scope.param("w_out", Initializers.lecunNormal(), Shape.of(16, 3));
            return h.matmul(w);
        });
        FrozenDict<Array> v = mlp.init(PRNGKey.of(0), X);
        assertEquals(Vector.of("Dense_0", "w_out"), v.subtree("params").get().keys());
        assertEquals(Shape.of(2, 3), mlp.apply(v, X).shape());
        List<String> paths = new ArrayList<>();
        Module stats = (scope, x) -> {
            Variable mean = scope.variable("batch_stats", "mean", Shape.of(8), DType.F32, () -> Array.zeros(Shape.of(8)));
            Variable count = scope.variable("counter", "n", () -> Array.scalar(0f));
            paths.add(mean.path() + " " + mean.collection() + " " + count.isMutable());
            return x;
        };
        stats.init(PRNGKey.of(0), X);
        assertEquals(List.of("batch_stats/mean batch_stats true"), paths);
    }

    @Test
    void rngsExamples() {
        assertEquals(Vector.of("params", "dropout"), Rngs.of(PRNGKey.of(0)).with("dropout", PRNGKey.of(1)).names());
        assertEquals("Some(PRNGKey([0, 42], partitionable))", Rngs.of(PRNGKey.of(42)).get("params").toString());
        assertEquals(Option.none(), Rngs.of(PRNGKey.of(0)).get("dropout"));
        assertTrue(Rngs.of(PRNGKey.of(0)).has("params"));
        assertTrue(Rngs.empty().names().isEmpty());
        java.util.Map<String, PRNGKey> streams = new java.util.LinkedHashMap<>();
        streams.put("params", PRNGKey.of(0));
        streams.put("dropout", PRNGKey.of(1));
        assertEquals(Rngs.of(PRNGKey.of(0)).with("dropout", PRNGKey.of(1)), Rngs.ofAll(streams));
    }

    @Test
    void layerExamples() {
        Dense custom = Dense.builder().features(8).kernelInit(Initializers.normal(0.01)).build();
        assertEquals(Initializers.normal(0.01), custom.kernelInit());
        assertEquals(Shape.of(3, 4), Embed.of(10, 4).apply(Embed.of(10, 4).init(PRNGKey.of(0),
                Array.of(new int[] {0, 3, 6})), Array.of(new int[] {0, 3, 6})).shape());
        assertEquals(Vector.of("scale", "bias"), LayerNorm.of().init(PRNGKey.of(0), X).subtree("params").get().keys());
        assertEquals(Shape.of(3, 3, 2, 4), Conv.of(4, 3, 3).init(PRNGKey.of(0), Array.zeros(Shape.of(1, 5, 5, 2)))
                .get("params/kernel").get().shape());
        assertEquals(Padding.VALID, Conv.of(4, 3, 3).withPadding(Padding.VALID).padding());
        assertEquals("((1, 1), (1, 1))", Padding.of(1).toString());
        Module bnNet = Sequential.of(Dense.of(5), BatchNorm.of(), Fn.relu(), Dense.of(2));
        FrozenDict<Array> v = bnNet.init(PRNGKey.of(0), X);
        Tuple2<Array, FrozenDict<Array>> r = bnNet.applyWithState(v, X, "batch_stats");
        FrozenDict<Array> next = v.copy(r._2);
        assertNotSame(v.get("batch_stats/layers_1/mean").get(), next.get("batch_stats/layers_1/mean").get());
        assertSame(v.get("params/layers_0/kernel").get(), next.get("params/layers_0/kernel").get());
        Module drop = Sequential.of(Dense.of(6), Dropout.of(0.3), Dense.of(2));
        assertEquals(Shape.of(2, 2), drop.apply(drop.init(PRNGKey.of(0), X), X, Rngs.of("dropout", PRNGKey.of(3)))
                .shape());
    }

    @Test
    void activationExamples() {
        assertEquals(Array.of(new float[] {0, 2}), Activations.relu(Array.of(new float[] {-1, 2})));
        assertEquals("Array([0.841192], dtype=float32)", Activations.gelu(Array.of(new float[] {1})).toString());
        assertEquals("Array([-0.63212055,  2.        ], dtype=float32)",
                Activations.elu(Array.of(new float[] {-1, 2})).toString());
        assertEquals("Array([-0.01,  2.  ], dtype=float32)",
                Activations.leakyRelu(Array.of(new float[] {-1, 2})).toString());
        assertEquals(Array.of(new float[] {0.5f, 0.5f}), Activations.softmax(Array.of(new float[] {0, 0})));
        assertEquals(Array.of(new float[] {0.5f}), Activations.sigmoid(Array.of(new float[] {0})));
        assertEquals(Shape.of(3, 784), Fn.flatten().function().apply(Array.zeros(Shape.of(3, 28, 28, 1))).shape());
    }

    @Test
    void multiInputExamples() {
        MultiInputModule pair = (scope, xs) -> scope.call(Dense.of(3), xs[0]).add(scope.call(Dense.of(3), xs[1]));
        Array y = Array.ones(Shape.of(2, 5));
        FrozenDict<Array> v = pair.init(PRNGKey.of(0), X, y);
        assertEquals(Vector.of("Dense_0", "Dense_1"), v.subtree("params").get().keys());
        assertEquals(Shape.of(2, 3), pair.apply(v, X, y).shape());
        assertEquals("Fuse", MultiInputModule.named("Fuse", (scope, xs) -> xs[0].add(xs[1])).typeName());
    }

    @Test
    void reinitExamples() {
        FrozenDict<Array> params = NET.init(PRNGKey.of(0), X);
        FrozenDict<Array> fresh = Reinit.of(".*kernel", Initializers.xavierUniform())
                .rule(".*bias", Initializers.zeros()).reinit(params, PRNGKey.of(1));
        assertTrue(!fresh.equals(params));
        FrozenDict<Array> onlyFirst = Reinit.of("params/layers_0/.*", Initializers.constant(1))
                .reinit(params, PRNGKey.of(2));
        assertEquals(Array.ones(Shape.of(8)), onlyFirst.get("params/layers_0/bias").get());
        assertSame(params.get("params/layers_2/kernel").get(), onlyFirst.get("params/layers_2/kernel").get());
        FrozenDict<Array> mx = Reinit.reinit(params, PRNGKey.of(3), MxnetInitializers.mixed(Vector.of(".*bias$", ".*"),
                Vector.of(Initializers.zeros(), MxnetInitializers.xavier())));
        assertEquals(params.get("params/layers_0/bias"), mx.get("params/layers_0/bias"));
        FrozenDict<Array> guide = Reinit.of(".*/kernel", Initializers.xavierUniform())
                .rule("params/layers_0/bias", Initializers.constant(0.1)).reinit(params, PRNGKey.of(1));
        assertEquals(0.1f, guide.get("params/layers_0/bias").get().getFloat(0));
    }

    @Test
    void seedChapterExamples() {
        assertEquals("(2, 1)", SeedChapter.steps(0, ThreefryMode.PARTITIONABLE).get(0).printed());
        assertEquals(Shape.of(2, 4), SeedChapter.input(0, ThreefryMode.PARTITIONABLE).shape());
        Array w = Dense.of(8).withKernelInit(SeedChapter.myInit()).init(PRNGKey.of(5), X).get("params/kernel").get();
        for (float f : w.toFloatArray()) {
            assertTrue(f == 0f && Float.floatToRawIntBits(f) == 0 || Math.abs(f) >= 5 && Math.abs(f) < 10, "w " + f);
        }
    }

    @Test
    void guideStepsPrintWhatTheGuideShows() {
        Vector<SeedChapter.Step> steps = SeedChapter.steps(0, ThreefryMode.PARTITIONABLE);
        assertEquals("(Array([0.01945418, 0.01829314, 0.01973047, 0.0029223 ], dtype=float32), Array(0., "
                + "dtype=float32))", steps.get(1).printed());
        assertEquals("(Array([1., 1., 1., 1.], dtype=float32), Array(0., dtype=float32))", steps.get(2).printed());
        assertTrue(steps.get(3).printed().startsWith("(Array([0.6705319 , 0.65948135, 0.67281896, 0.16255635], "
                + "dtype=float32), Array([[42.],"));
        assertEquals("""
                Array([[9.482754, 9.036756],
                       [9.326475, 0.      ],
                       [9.515097, 6.576154],
                       [0.      , 0.      ]], dtype=float32)""", steps.get(4).printed());
        assertEquals("(Array([42.      , 10.326475, 10.515097,  1.      ], dtype=float32), Array([9.482754, 9.326475, "
                + "9.515097, 0.      ], dtype=float32))", steps.get(5).printed());
    }
}
