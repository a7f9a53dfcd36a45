package dev.flaxen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Laws of the generators: deterministic per seed, within their bounds, and covering their ranges. */
class GensProperties {
    private static final int N = 2000;

    /** What {@code f} gives over the samples of seeds {@code 0..n-1}. */
    private static <T, R> Set<R> seen(Gen<T> gen, int n, Function<T, Iterable<R>> f) {
        Set<R> out = HashSet.empty();
        for (int seed = 0; seed < n; seed++) {
            out = out.addAll(f.apply(gen.fromSeed(seed)));
        }
        return out;
    }

    @Test
    void everyGeneratorIsAFunctionOfTheSeed() {
        Vector<Gen<?>> gens = Vector.of(Gens.keys(), Gens.shapes(0, 4, 0, 5), Gens.shapesUpToSize(0, 5, 100),
                Gens.dtypes(), Gens.arrays(Gens.shapes(0, 3, 0, 4), Gens.dtypes()),
                Gens.arraysWithEdgeValues(Gens.shapes(0, 3, 0, 4), Gens.dtypes()), Gens.paramTrees(4, Gens.dtypes()));
        qt().withExamples(200).forAll(longs().all(), integers().between(0, gens.size() - 1))
                .check((seed, i) -> gens.get(i).fromSeed(seed).equals(gens.get(i).fromSeed(seed)));
    }

    @Test
    void shapesStayInTheirBoxAndCoverIt() {
        qt().withExamples(300).forAll(integers().between(0, 3), integers().between(0, 3), integers().between(0, 24),
                longs().all()).check((r0, dr, dims, seed) -> {
                    int d0 = dims / 5;
                    int dd = dims % 5;
                    Shape s = Gens.shapes(r0, r0 + dr, d0, d0 + dd).fromSeed(seed);
                    return s.rank() >= r0 && s.rank() <= r0 + dr
                            && IntStream.of(s.toArray()).allMatch(d -> d >= d0 && d <= d0 + dd);
                });
        Gen<Shape> shapes = Gens.shapes(0, 3, 0, 4);
        assertEquals(HashSet.of(0, 1, 2, 3), seen(shapes, N, s -> Vector.of(s.rank())));
        assertEquals(HashSet.of(0, 1, 2, 3, 4), seen(shapes, N, s -> Vector.ofAll(s.toArray())));
    }

    @Test
    void shapesUpToSizeRespectTheBudgetAndReachIt() {
        qt().withExamples(300).forAll(integers().between(0, 5), integers().between(1, 5000), longs().all())
                .check((rank, size, seed) -> {
                    Shape s = Gens.shapesUpToSize(rank, rank, size).fromSeed(seed);
                    return s.rank() == rank && s.size() >= 1 && s.size() <= size;
                });
        assertTrue(seen(Gens.shapesUpToSize(1, 3, 64), N, s -> Vector.of(s.size())).contains(64L));
        assertEquals(HashSet.of(1, 2, 3), seen(Gens.shapesUpToSize(1, 3, 64), N, s -> Vector.of(s.rank())));
    }

    @Test
    void keysCoverBothModesAndBothKindsOfKeyData() {
        Set<PRNGKey> keys = seen(Gens.keys(), N, Vector::of);
        assertEquals(HashSet.of(ThreefryMode.values()), keys.map(PRNGKey::mode));
        assertTrue(keys.exists(k -> k.k0() == 0 && k.k1() >= 0 && k.k1() <= 1000));
        assertTrue(keys.count(k -> k.k0() != 0) > N / 2, "mostly arbitrary key data");
        assertTrue(seen(Gens.keys(ThreefryMode.LEGACY), 200, Vector::of).forAll(k -> k.mode() == ThreefryMode.LEGACY));
    }

    @Test
    void dtypesCoverTheirChoices() {
        assertEquals(HashSet.of(DType.values()), seen(Gens.dtypes(), N, Vector::of));
        assertEquals(HashSet.of(DType.F64, DType.F32, DType.F16, DType.BF16), seen(Gens.floatDtypes(), N, Vector::of));
        assertEquals(HashSet.of(DType.I8, DType.BOOL), seen(Gens.dtypes(DType.I8, DType.BOOL), N, Vector::of));
    }

    @Test
    void edgeValueArraysHoldEveryEdgeOfEveryDtype() {
        for (DType t : DType.values()) {
            Gen<Array> gen = Gens.arraysWithEdgeValues(Gen.constant(Shape.of(64)), Gen.constant(t));
            Set<Long> bits = seen(gen, 40, a -> IntStream.range(0, a.size()).mapToObj(a::bitsAt).toList());
            Set<Long> edges = seen(r -> ElementValues.edge(r, t), 2000, Vector::of);
            assertTrue(bits.containsAll(edges), t + " misses " + edges.removeAll(bits));
            assertEquals(t.isBool() ? 2 : t.isFloating() ? 13 : 5, edges.size(), t.toString());
        }
        Set<Long> f32 = seen(r -> ElementValues.edge(r, DType.F32), 2000, Vector::of);
        assertEquals(HashSet.of(0L, 0x80000000L, 0x7f800000L, 0xff800000L, 0x7fc00000L, 0x3f800000L, 0xbf800000L, 1L,
                0x80000001L, 0x7fffffL, 0x800000L, 0x7f7fffffL, 0xff7fffffL), f32);
        Set<Long> i16 = seen(r -> ElementValues.edge(r, DType.I16), 2000, Vector::of);
        assertEquals(HashSet.of(0L, 1L, 0xffffL, 0x8000L, 0x7fffL), i16);
    }

    @Test
    void typicalArraysAreFiniteAndSpreadOverMagnitudes() {
        Gen<Array> gen = Gens.arrays(Gen.constant(Shape.of(100)), Gen.constant(DType.F32));
        Set<Integer> exponents = seen(gen, 50, a -> Vector.ofAll(a.toDoubleArray()).map(v -> {
            assertTrue(Double.isFinite(v) && Math.abs(v) < 256);
            return Math.getExponent(v);
        }));
        assertTrue(exponents.containsAll(Vector.range(-8, 8)), exponents.toString());
        assertEquals(256, seen(Gens.arrays(Gen.constant(Shape.of(50)), Gen.constant(DType.U8)), 100,
                a -> Vector.ofAll(a.toIntArray())).size(), "uint8 values over their whole range");
    }

    @Test
    void paramTreesLookLikeFlaxsAndTheirWidthsChain() {
        Gen<FrozenDict<Array>> trees = Gens.paramTrees(5, Gens.floatDtypes());
        Set<String> names = seen(trees, 500, t -> Trees.paths(t).map(GensProperties::shape));
        assertEquals(HashSet.of("params/layers_N/kernel", "params/layers_N/bias", "params/layers_N/scale",
                "batch_stats/layers_N/mean", "batch_stats/layers_N/var", "params/Dense_N/kernel", "params/Dense_N/bias",
                "params/Conv_N/kernel", "params/Conv_N/bias", "params/LayerNorm_N/scale", "params/LayerNorm_N/bias",
                "params/BatchNorm_N/scale", "params/BatchNorm_N/bias", "batch_stats/BatchNorm_N/mean",
                "batch_stats/BatchNorm_N/var", "params/Block_N/Dense_N/kernel", "params/Block_N/Dense_N/bias",
                "params/Block_N/Conv_N/kernel", "params/Block_N/Conv_N/bias", "params/Block_N/LayerNorm_N/scale",
                "params/Block_N/LayerNorm_N/bias", "params/Block_N/BatchNorm_N/scale",
                "params/Block_N/BatchNorm_N/bias", "batch_stats/Block_N/BatchNorm_N/mean",
                "batch_stats/Block_N/BatchNorm_N/var"), names);
        for (int seed = 0; seed < 300; seed++) {
            FrozenDict<Array> t = trees.fromSeed(seed);
            assertEquals(1, Trees.leaves(t).map(Array::dtype).distinct().size());
            int width = -1;
            for (Tuple2<Path, Array> leaf : Trees.flatten(t.subtree("params").get())) {
                int[] dims = leaf._2.shape().toArray();
                int in = leaf._1.last().equals("kernel") ? dims[dims.length - 2] : dims[0];
                assertTrue(width < 0 || in == width,
                        "seed " + seed + ": " + leaf._1 + " takes " + in + ", not " + width);
                width = leaf._1.last().equals("kernel") ? dims[dims.length - 1] : in;
            }
        }
    }

    /** A path with every number replaced by N. */
    private static String shape(Path p) {
        return p.toString().replaceAll("_\\d+", "_N");
    }
}
