package dev.flaxen.testing;

import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Generators: the seeded source, argument checks, and both adapters in use. */
class GensTests {
    private static void assertRejects(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void fromSeedRunsSplitMix64AsTheJdkImplementsIt() {
        for (long seed : new long[] {0, 1, -1, 42, Long.MIN_VALUE, 0x9e3779b97f4a7c15L}) {
            SplitMix ours = new SplitMix(seed);
            SplittableRandom jdk = new SplittableRandom(seed);
            for (int i = 0; i < 1000; i++) {
                assertEquals(jdk.nextLong(), ours.nextLong(), "seed " + seed + ", output " + i);
            }
        }
    }

    @Test
    void drawsCoverTheirWholeRangeAndZeroGivesTheLowerBound() {
        assertEquals(Integer.MIN_VALUE, Draw.between(() -> 0L, Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(Integer.MAX_VALUE, Draw.between(() -> -1L, Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertEquals(7, Draw.between(() -> 0L, 7, 9));
        assertEquals(9, Draw.between(() -> -1L, 7, 9));
        assertEquals(0.0, Draw.unit(() -> 0L));
        assertEquals(1.0 - 0x1.0p-53, Draw.unit(() -> -1L));
    }

    @Test
    void badBoundsAreRejectedWithTheirValues() {
        assertRejects("Gens.shapes: expected 0 <= minRank <= maxRank, got minRank 3 and maxRank 2",
                () -> Gens.shapes(3, 2, 1, 1));
        assertRejects("Gens.shapes: expected 0 <= minDim <= maxDim, got minDim -1 and maxDim 4",
                () -> Gens.shapes(0, 2, -1, 4));
        assertRejects("Gens.shapesUpToSize: expected maxSize >= 1, got 0", () -> Gens.shapesUpToSize(0, 2, 0));
        assertRejects("Gens.paramTrees: expected maxLayers >= 1, got 0",
                () -> Gens.paramTrees(0, Gens.floatDtypes()));
        assertRejects("Gens.dtypes: expected at least one dtype, got none", () -> Gens.dtypes(new DType[0]));
        assertRejects("Gen.samples: expected n >= 0, got -1", () -> Gens.keys().samples(0, -1));
        assertRejects("JUnitSources.arguments: expected n >= 0 and at least one generator, got n 3 and 0 generators",
                () -> JUnitSources.arguments(0, 3));
    }

    @Test
    void samplesAreFromSeedOfConsecutiveSeeds() {
        Gen<Array> arrays = Gens.arrays(Gens.shapes(0, 3, 0, 4), Gens.dtypes());
        List<Array> samples = arrays.samples(10, 5).collect(Collectors.toList());
        assertEquals(5, samples.size());
        for (int i = 0; i < 5; i++) {
            assertSameBits(arrays.fromSeed(10 + i), samples.get(i));
        }
    }

    @Test
    void junitArgumentsDrawEachListFromItsOwnSeedAndNameTheValues() {
        List<Arguments> args = JUnitSources.arguments(5, 3, Gens.shapes(1, 1, 2, 2).map(Array::zeros),
                Gens.paramTrees(), Gens.keys(ThreefryMode.LEGACY)).collect(Collectors.toList());
        assertEquals(3, args.size());
        for (int i = 0; i < 3; i++) {
            Object[] values = args.get(i).get();
            assertEquals("float32[2]", ((Named<?>) values[0]).getName());
            FrozenDict<?> tree = (FrozenDict<?>) ((Named<?>) values[1]).getPayload();
            assertEquals("tree of " + Trees.leaves(tree).size() + " leaves", ((Named<?>) values[1]).getName());
            assertEquals(((Named<?>) values[2]).getPayload().toString(), ((Named<?>) values[2]).getName());
            assertTrue(((Named<?>) values[2]).getName().endsWith(", legacy)"));
        }
        Named<?> firstOfSecond = (Named<?>) JUnitSources.arguments(5, 2, Gens.keys()).skip(1).findFirst().get()
                .get()[0];
        assertEquals(Gens.keys().fromSeed(6), firstOfSecond.getPayload());
    }

    static Stream<PRNGKey> keys() {
        return Gens.keys().samples(0, 8);
    }

    @ParameterizedTest
    @MethodSource("keys")
    void samplesFeedAMethodSource(PRNGKey key) {
        assertSameBits(Random.uniform(key, Shape.of(5)), Random.uniform(key, Shape.of(5)));
    }

    static Stream<Arguments> keysAndArrays() {
        return JUnitSources.arguments(0, 8, Gens.keys(), Gens.arraysWithEdgeValues(Gens.shapes(0, 2, 0, 3),
                Gens.dtypes()));
    }

    @ParameterizedTest
    @MethodSource("keysAndArrays")
    void argumentsFeedAMethodSource(PRNGKey key, Array x) {
        assertSameBits(Random.permutation(key, x.ndim() == 0 ? x.reshape(1) : x),
                Random.permutation(key, x.ndim() == 0 ? x.reshape(1) : x));
    }

    @Test
    void quickTheoriesShrinksThroughTheAdapterToTheSmallestShape() {
        AssertionError e = assertThrows(AssertionError.class, () -> qt().withFixedSeed(7).withExamples(200)
                .forAll(QuickTheoriesGens.of(Gens.shapes(0, 4, 1, 9))).check(s -> s.rank() < 3));
        assertTrue(e.getMessage().contains("Smallest found falsifying value(s) :-\n(1, 1, 1)"), e.getMessage());
    }

    @Test
    void quickTheoriesRunsKitGeneratorsInForAll() {
        qt().withExamples(50).forAll(QuickTheoriesGens.of(Gens.keys()), QuickTheoriesGens.of(Gens.floatDtypes()))
                .checkAssert((key, dtype) -> assertSameBits(Random.normal(key, Shape.of(3), dtype),
                        Random.normal(key, Shape.of(3), dtype)));
        qt().withExamples(50).forAll(QuickTheoriesGens.of(Gens.arraysWithEdgeValues(Gens.shapes(0, 3, 0, 4),
                Gens.dtypes(DType.I8, DType.U16, DType.BOOL)))).check(a -> a.equals(Array.fromBytes(a.toBytes(),
                        a.shape(), a.dtype())));
    }
}
