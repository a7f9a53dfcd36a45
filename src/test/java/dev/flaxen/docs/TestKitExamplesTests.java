package dev.flaxen.docs;

import static dev.flaxen.testing.FlaxenAssertions.assertDeterministicInit;
import static dev.flaxen.testing.FlaxenAssertions.assertKeySensitivity;
import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static dev.flaxen.testing.FlaxenAssertions.assertTreeUnchanged;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.MultiInputModule;
import dev.flaxen.nn.Sequential;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.testing.Gen;
import dev.flaxen.testing.Gens;
import dev.flaxen.testing.Golden;
import dev.flaxen.testing.JUnitSources;
import dev.flaxen.testing.QuickTheoriesGens;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Javadoc examples of {@code dev.flaxen.testing}, compiled and checked (golden files go to a temporary folder). */
class TestKitExamplesTests {
    private static final Module NET = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
    private static final Array X = Array.ones(Shape.of(2, 4));

    @TempDir
    Path dir;

    @Test
    void genExamples() {
        Gen<Shape> shapes = Gens.shapes(1, 3, 1, 4);
        Shape s = shapes.fromSeed(42);
        assertEquals(s, shapes.fromSeed(42));
        assertEquals(20, shapes.samples(0, 20).count());
        assertEquals((int) s.size(), Gens.shapes(1, 3, 1, 4).map(t -> (int) t.size()).fromSeed(42));
        Array x = Gens.arrays(Gens.shapes(0, 2, 1, 3), Gens.dtypes()).generate(new SplittableRandom(7));
        assertTrue(x.ndim() <= 2);
        assertEquals(Gens.keys().fromSeed(3), Gens.keys().fromSeed(3));
        assertEquals(50, keys().count());
        Gen<Array> zeros = Gens.shapes(1, 2, 1, 5).map(Array::zeros);
        assertEquals(0.0, zeros.fromSeed(1).sum().item());
        Gen<Array> threes = Gens.dtypes().flatMap(t -> Gens.arrays(Gen.constant(Shape.of(3)), Gen.constant(t)));
        assertEquals(Shape.of(3), threes.fromSeed(2).shape());
        assertEquals(Shape.of(2, 3), Gen.constant(Shape.of(2, 3)).fromSeed(99));
    }

    static Stream<PRNGKey> keys() {
        return Gens.keys().samples(0, 50);
    }

    @Test
    void gensExamples() {
        Gen<Array> arrays = Gens.arrays(Gens.shapes(0, 3, 0, 4), Gens.floatDtypes());
        assertTrue(arrays.fromSeed(11).dtype().isFloating());
        FrozenDict<Array> params = Gens.paramTrees().fromSeed(11);
        assertEquals(FrozenDict.<ShapeDtypeStruct>empty()
                .with("params/layers_0/kernel", new ShapeDtypeStruct(Shape.of(2, 1, 4, 2), DType.F32))
                .with("params/layers_0/bias", new ShapeDtypeStruct(Shape.of(2), DType.F32)),
                Trees.map(params, ShapeDtypeStruct::of));
        assertEquals(ThreefryMode.LEGACY, Gens.keys(ThreefryMode.LEGACY).fromSeed(5).mode());
        assertEquals(Arrays.asList(Shape.of(4, 1, 8), Shape.of(6, 8), Shape.of(6, 5), Shape.of(6)),
                Gens.shapes(1, 3, 1, 8).samples(0, 4).toList());
        assertEquals(Arrays.asList(Shape.of(1, 25, 1, 2), Shape.of(8, 4), Shape.of(5, 10), Shape.of()),
                Gens.shapesUpToSize(0, 4, 64).samples(0, 4).toList());
        assertTrue(Gens.dtypes(DType.F16, DType.BF16).fromSeed(1).itemSize() == 2);
        assertTrue(Gens.floatDtypes().fromSeed(2).isFloating());
        assertEquals(2, Gens.arrays(Gens.shapes(2, 2, 1, 4), Gen.constant(DType.F32)).fromSeed(0).ndim());
        assertEquals(Shape.of(8), Gens.arraysWithEdgeValues(Gens.shapes(1, 1, 8, 8), Gens.floatDtypes()).fromSeed(3)
                .shape());
        assertTrue(Gens.paramTrees().fromSeed(4).contains("params"));
        assertTrue(Gens.paramTrees(5, Gens.floatDtypes()).fromSeed(5).get("params/layers_0/kernel").isDefined());
    }

    @Test
    void adapterExamples() {
        qt().withExamples(20).forAll(QuickTheoriesGens.of(Gens.keys()), QuickTheoriesGens.of(Gens.shapes(0, 3, 1, 5)))
                .checkAssert((key, shape) -> assertSameBits(Random.normal(key, shape), Random.normal(key, shape)));
        Gen<Shape> shapes = Gens.shapes(0, 2, 1, 3);
        org.quicktheories.core.Gen<Array> arrays = QuickTheoriesGens.of(Gens.arrays(shapes, Gens.dtypes()));
        qt().withExamples(20).forAll(arrays).check(a -> a.ndim() <= 2);
        assertEquals(10, JUnitSources.arguments(100, 10, Gens.paramTrees(), Gens.keys()).count());
    }

    static Stream<Arguments> keysAndShapes() {
        return JUnitSources.arguments(0, 25, Gens.keys(), Gens.shapes(0, 3, 1, 5));
    }

    @ParameterizedTest
    @MethodSource("keysAndShapes")
    void normalIsDeterministic(PRNGKey key, Shape shape) {
        assertSameBits(Random.normal(key, shape), Random.normal(key, shape));
    }

    @Test
    void assertionExamples() {
        PRNGKey key = PRNGKey.of(0);
        Shape shape = Shape.of(3, 4);
        assertSameBits(Random.normal(key, shape), Random.normal(key, shape));
        assertDeterministicInit(NET, PRNGKey.of(0), X);
        assertKeySensitivity(NET, X);
        FrozenDict<Array> params = NET.init(key, X);
        Array y = assertTreeUnchanged(params, p -> NET.apply(p, X));
        assertSameBits(NET.apply(params, X), y);
        Shape big = Shape.of(1 << 17);
        assertSameBits(Parallelism.withThreads(1, () -> Random.normal(key, big)), Random.normal(key, big));
        Path file = dir.resolve("net.msgpack");
        Checkpoints.write(file, params);
        assertSameBits(NET.init(key, X), Checkpoints.read(file));
        assertKeySensitivity(NET, X, "params/pos_table");
        assertKeySensitivity(NET, X, PRNGKey.of(7, ThreefryMode.LEGACY), PRNGKey.of(8, ThreefryMode.LEGACY));
        assertTreeUnchanged(params, p -> p.with("params/layers_0/bias", Array.ones(Shape.of(8))));
    }

    @Test
    void multiInputExamples() {
        MultiInputModule pairModel = MultiInputModule.named("Pair", (scope, xs) -> scope.call(Dense.of(2), xs[0])
                .mul(scope.call(Dense.of(2), xs[1])));
        Array x = X;
        Array y = Array.ones(Shape.of(2, 3));
        assertDeterministicInit(pairModel, PRNGKey.of(0), x, y);
        assertKeySensitivity(pairModel, new Array[] {x, y});
    }

    @Test
    void theMessagesInTheJavadocAreTheKits() {
        Array a = Array.of(new float[] {0, 0, 1, 0}, 2, 2);
        assertEquals("""
                assertSameBits: arrays differ at index [1, 0] (flat index 2 of float32[2,2])
                  expected: 0x3f800000 (1.0)
                  actual:   0x3f800001 (1.0000001)
                  distance: 1 ulp
                  1 of 4 elements differ, by at most 1 ulp""",
                assertThrows(AssertionError.class, () -> assertSameBits(a, a.at(1, 0).set(Math.nextUp(1f))))
                        .getMessage());
        Array k = Array.zeros(Shape.of(4, 8));
        FrozenDict<Array> t = FrozenDict.<Array>empty().with("params/Dense_0/kernel", k);
        String message = assertThrows(AssertionError.class, () -> assertSameBits(t, t.with("params/Dense_0/kernel",
                k.at(0, 2).set(1)))).getMessage();
        assertEquals("assertSameBits: trees differ at params/Dense_0/kernel, index [0, 2] (flat index 2 of "
                + "float32[4,8])", message.lines().findFirst().get());
    }

    @Test
    void goldenExamples() {
        FrozenDict<Array> params = NET.init(PRNGKey.of(0), X);
        Path file = dir.resolve("mlp-seed0.digest");
        Golden.Outcome first = Golden.assertDigest(file, params, Golden.Mode.RECORD);   // RECORD: CI may set strict
        assertTrue(first.message().startsWith("Golden.assertDigest: recorded " + file + " (tree 945a"),
                first.message());
        assertTrue(first.message().endsWith(", 4 entries). Commit it; later runs compare against it"));
        assertEquals(Golden.Status.MATCHED, Golden.assertDigest(file, params, Golden.Mode.STRICT).status());
        assertTrue(Golden.digest(params).startsWith("945a4710") && Golden.digest(params).endsWith("e421"));
        assertEquals("45b15bc78641ad015b0551b1c5d382c38e6149ba586eb42cb1d82476ae970135",
                Golden.digest(FrozenDict.<Array>empty().with("w", Array.scalar(1f))));
        byte[] b = Golden.canonicalBytes(params);
        assertArrayEquals("flaxen-tree-1".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(b, 13));
        String previous = System.getProperty("flaxen.golden");
        System.setProperty("flaxen.golden", "update");
        try {
            assertEquals(Golden.Mode.UPDATE, Golden.Mode.fromEnvironment());
        } finally {
            if (previous == null) {
                System.clearProperty("flaxen.golden");
            } else {
                System.setProperty("flaxen.golden", previous);
            }
        }
        Array x = Gens.arrays(Gen.constant(Shape.of(2, 4)), Gen.constant(DType.F32)).fromSeed(1);
        assertDeterministicInit(NET, PRNGKey.of(0), x);
        assertKeySensitivity(NET, x);
        assertEquals(Golden.Status.RECORDED, Golden.assertDigest(dir.resolve("net.digest"), NET.init(PRNGKey.of(0), x),
                Golden.Mode.RECORD).status());
    }
}
