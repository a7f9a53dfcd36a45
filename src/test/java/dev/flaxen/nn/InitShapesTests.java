package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.init.Initializer;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code initShapes}: the tree {@code init} would give, computed on abstract arrays without making parameters. */
class InitShapesTests {
    private static final Initializer NEVER = (key, shape, dtype) -> {
        throw new AssertionError("initShapes called an initializer");
    };

    @TestFactory
    Stream<DynamicTest> initShapesEqualsTheShapesOfInitForEveryVectorModel() {
        return Stream.concat(NnVectors.FLAX.stream(), NnVectors.extra("nn_init").stream()).map(c ->
                DynamicTest.dynamicTest(c.get("id").asText(), () -> {
                    String name = c.get("model_name").asText();
                    Module model = c.has("variables") ? ExtraModels.byName(name, true) : FlaxModels.byName(name, i -> i);
                    Array x = NnVectors.array(c.get("input"));
                    FrozenDict<Array> real = model.init(Rngs.of(NnVectors.key(c)).with("noise", PRNGKey.of(1)), x);
                    FrozenDict<ShapeDtypeStruct> shapes = model.initShapes(x);
                    assertEquals(Trees.map(real, ShapeDtypeStruct::of), shapes);
                    assertEquals(Trees.flatten(real).keySet().toList(), Trees.flatten(shapes).keySet().toList());
                }));
    }

    @Test
    void noInitializerRunsAndParametersAreAbstract() {
        List<Boolean> abstractParams = new ArrayList<>();
        Module net = Module.named("Net", (scope, x) -> {
            Array w = scope.param("w", NEVER, Shape.of(x.shape().dim(-1), 3));
            abstractParams.add(w.isAbstract());
            return scope.call(Dense.of(2).withKernelInit(NEVER).withBiasInit(NEVER), x.matmul(w));
        });
        FrozenDict<ShapeDtypeStruct> shapes = net.initShapes(new ShapeDtypeStruct(Shape.of(5, 4), DType.F32));
        assertEquals(new ShapeDtypeStruct(Shape.of(4, 3), DType.F32), shapes.get("params/w").get());
        assertEquals(new ShapeDtypeStruct(Shape.of(3, 2), DType.F32), shapes.get("params/Dense_0/kernel").get());
        assertEquals(List.of(true), abstractParams);
    }

    @Test
    void declaredVariablesAreNotMade() {
        Module stats = Module.named("Stats", (scope, x) -> {
            scope.variable("batch_stats", "mean", Shape.of(4), DType.F32, () -> {
                throw new AssertionError("initShapes called a variable initializer");
            });
            return x;
        });
        assertEquals(new ShapeDtypeStruct(Shape.of(4), DType.F32),
                stats.initShapes(Array.ones(Shape.of(2, 4))).get("batch_stats/mean").get());
    }

    @Test
    void aModelFarLargerThanTheHeapHasItsShapesComputed() {
        Dense huge = Dense.of(45_000);
        ShapeDtypeStruct x = new ShapeDtypeStruct(Shape.of(1, 45_000), DType.F32);
        FrozenDict<ShapeDtypeStruct> shapes = huge.initShapes(x);
        assertEquals(2_025_045_000L, Trees.paramCount(shapes));
        assertEquals(8_100_180_000L, Trees.byteSize(shapes));
        assertTrue(huge.tabulate(PRNGKey.of(0), Array.ones(Shape.of(1, 45_000)))
                .contains("Total Parameters: 2,025,045,000 (8.1 GB)"));
    }

    @Test
    void readingAValueInsideInitShapesSaysWhy() {
        Module peek = (scope, x) -> Array.scalar(scope.param("w", (k, s, d) -> Array.ones(s, d), Shape.of(2))
                .getFloat(0));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> peek.initShapes(Array.ones(Shape.of(2))));
        assertTrue(e.getMessage().startsWith("Array: expected a concrete array, got an abstract float32[2]"));
    }

    @Test
    void aTwoInputModuleTakesShapesForBothInputs() {
        FrozenDict<ShapeDtypeStruct> shapes = ExtraModels.pair().initShapes(
                new ShapeDtypeStruct(Shape.of(2, 4), DType.F32), new ShapeDtypeStruct(Shape.of(2, 5), DType.F32));
        assertEquals(new ShapeDtypeStruct(Shape.of(5, 3), DType.F32), shapes.get("params/Dense_1/kernel").get());
    }
}
