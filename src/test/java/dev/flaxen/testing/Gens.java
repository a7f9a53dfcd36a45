package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generators of Flaxen values for property tests: keys, shapes, dtypes, arrays and parameter trees. Each is a
 * {@link Gen}, so {@code Gens.keys().fromSeed(7)} makes a value from a seed, {@code samples} feeds JUnit 5 and
 * {@link QuickTheoriesGens#of} feeds QuickTheories.
 *
 * <pre>{@code
 * Gen<Array> arrays = Gens.arrays(Gens.shapes(0, 3, 0, 4), Gens.floatDtypes());
 * Array x = arrays.fromSeed(11);
 * FrozenDict<Array> params = Gens.paramTrees().fromSeed(11);
 * // {"params": {"layers_0": {"kernel": float32[2,1,4,2], "bias": float32[2]}}}, the same on every run
 * }</pre>
 */
public final class Gens {
    private static final DType[] FLOATS = {DType.F64, DType.F32, DType.F16, DType.BF16};

    private Gens() {
    }

    /**
     * Keys of both Threefry modes, half each. One key in four is {@code PRNGKey.of(seed)} with a seed in
     * {@code [0, 1000]}, as users write them; the others have arbitrary key data, as {@code split} and
     * {@code foldIn} make it.
     *
     * <pre>{@code
     * PRNGKey key = Gens.keys().fromSeed(5);
     * }</pre>
     *
     * @return the generator
     */
    public static Gen<PRNGKey> keys() {
        return r -> keys(Draw.pick(r, ThreefryMode.PARTITIONABLE, ThreefryMode.LEGACY)).generate(r);
    }

    /**
     * Keys of one Threefry mode, made as {@link #keys()} makes them.
     *
     * <pre>{@code
     * PRNGKey legacy = Gens.keys(ThreefryMode.LEGACY).fromSeed(5);
     * }</pre>
     *
     * @param mode the mode of every key
     * @return the generator
     */
    public static Gen<PRNGKey> keys(ThreefryMode mode) {
        Objects.requireNonNull(mode, "mode");
        return r -> Draw.oneIn(r, 4) ? PRNGKey.of(Draw.between(r, 0, 1000), mode)
                : PRNGKey.fromWords((int) r.nextLong(), (int) r.nextLong(), mode);
    }

    /**
     * Shapes of rank {@code minRank..maxRank} (uniform) whose sizes are each uniform in {@code minDim..maxDim}.
     * A {@code minDim} of 0 allows empty arrays; a {@code minRank} of 0 allows scalars.
     *
     * <pre>{@code
     * Gens.shapes(1, 3, 1, 8).samples(0, 4);   // (4, 1, 8), (6, 8), (6, 5), (6,)
     * }</pre>
     *
     * @param minRank the least rank, {@code >= 0}
     * @param maxRank the greatest rank, {@code >= minRank}
     * @param minDim the least size of an axis, {@code >= 0}
     * @param maxDim the greatest size of an axis, {@code >= minDim}
     * @return the generator
     * @throws IllegalArgumentException if a bound is negative or a range is empty
     */
    public static Gen<Shape> shapes(int minRank, int maxRank, int minDim, int maxDim) {
        checkRange("Gens.shapes", "minRank", minRank, "maxRank", maxRank);
        checkRange("Gens.shapes", "minDim", minDim, "maxDim", maxDim);
        return r -> {
            int[] dims = new int[Draw.between(r, minRank, maxRank)];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = Draw.between(r, minDim, maxDim);
            }
            return Shape.of(dims);
        };
    }

    /**
     * Shapes of rank {@code minRank..maxRank} with every size at least 1 and at most {@code maxSize} elements. The
     * axes draw their sizes in a random order, each uniformly from 1 to the {@code k}-th root of the budget left for
     * the {@code k} axes still to draw (the last axis takes any size the budget allows).
     *
     * <pre>{@code
     * Gens.shapesUpToSize(0, 4, 64).samples(0, 4);   // (1, 25, 1, 2), (8, 4), (5, 10), ()
     * }</pre>
     *
     * @param minRank the least rank, {@code >= 0}
     * @param maxRank the greatest rank, {@code >= minRank}
     * @param maxSize the greatest element count, {@code >= 1}
     * @return the generator
     * @throws IllegalArgumentException if a bound is out of range
     */
    public static Gen<Shape> shapesUpToSize(int minRank, int maxRank, int maxSize) {
        checkRange("Gens.shapesUpToSize", "minRank", minRank, "maxRank", maxRank);
        checkAtLeastOne("Gens.shapesUpToSize", "maxSize", maxSize);
        return r -> {
            int[] dims = new int[Draw.between(r, minRank, maxRank)];
            int budget = maxSize;
            int[] order = permutation(r, dims.length);
            for (int i = 0; i < order.length; i++) {
                dims[order[i]] = Draw.between(r, 1, root(budget, order.length - i));
                budget /= dims[order[i]];
            }
            return Shape.of(dims);
        };
    }

    /** The greatest {@code c >= 1} with {@code c^k <= n}, in integers (so the same on every JVM). */
    private static int root(int n, int k) {
        if (k == 1) {
            return n;
        }
        int c = 1;
        while (pow(c + 1, k) <= n) {
            c++;
        }
        return c;
    }

    private static long pow(long c, int k) {
        long p = 1;
        for (int i = 0; i < k && p <= Integer.MAX_VALUE; i++) {
            p *= c;
        }
        return p;
    }

    /**
     * Every dtype, uniformly: float64, float32, float16, bfloat16, the signed and unsigned integers and bool.
     *
     * <pre>{@code
     * DType t = Gens.dtypes().fromSeed(1);
     * }</pre>
     *
     * @return the generator
     */
    public static Gen<DType> dtypes() {
        return dtypes(DType.values());
    }

    /**
     * One of the given dtypes, uniformly.
     *
     * <pre>{@code
     * Gen<DType> halves = Gens.dtypes(DType.F16, DType.BF16);
     * }</pre>
     *
     * @param choices the dtypes, at least one
     * @return the generator
     * @throws IllegalArgumentException if no dtype is given
     */
    public static Gen<DType> dtypes(DType... choices) {
        if (choices.length == 0) {
            throw new IllegalArgumentException("Gens.dtypes: expected at least one dtype, got none");
        }
        DType[] copy = choices.clone();
        return r -> Draw.pick(r, copy);
    }

    /**
     * The floating dtypes, uniformly: float64, float32, float16, bfloat16.
     *
     * <pre>{@code
     * Gens.floatDtypes().fromSeed(2).isFloating();   // true
     * }</pre>
     *
     * @return the generator
     */
    public static Gen<DType> floatDtypes() {
        return dtypes(FLOATS);
    }

    /**
     * Arrays of typical values: floats {@code ±u * 2^e} with {@code u} uniform in {@code [0, 1)} and {@code e} in
     * {@code [-8, 8]}, rounded to the dtype; integers with uniformly random bits (their whole range); bool 0 or 1.
     * The shape is drawn first, then the dtype, then the elements in row-major order.
     *
     * <pre>{@code
     * Array x = Gens.arrays(Gens.shapes(2, 2, 1, 4), Gen.constant(DType.F32)).fromSeed(0);
     * }</pre>
     *
     * @param shapes the generator of shapes
     * @param dtypes the generator of dtypes
     * @return the generator
     */
    public static Gen<Array> arrays(Gen<Shape> shapes, Gen<DType> dtypes) {
        return arrays(shapes, dtypes, false);
    }

    /**
     * Arrays in which each element is, with probability 1/4, an edge value of its dtype, and otherwise a typical
     * value as in {@link #arrays}. Float edge values: ±0, ±infinity, a quiet NaN, ±1, ±the smallest subnormal, the
     * largest subnormal, the smallest normal and ±the largest finite value, for half types in their own format.
     * Integer edge values: 0, 1, all bits set, and the bit patterns of the signed minimum and maximum.
     *
     * <pre>{@code
     * Array x = Gens.arraysWithEdgeValues(Gens.shapes(1, 1, 8, 8), Gens.floatDtypes()).fromSeed(3);
     * }</pre>
     *
     * @param shapes the generator of shapes
     * @param dtypes the generator of dtypes
     * @return the generator
     */
    public static Gen<Array> arraysWithEdgeValues(Gen<Shape> shapes, Gen<DType> dtypes) {
        return arrays(shapes, dtypes, true);
    }

    /**
     * Parameter trees of float32 leaves with up to three layers; see {@link #paramTrees(int, Gen)}.
     *
     * <pre>{@code
     * FrozenDict<Array> params = Gens.paramTrees().fromSeed(4);
     * }</pre>
     *
     * @return the generator
     */
    public static Gen<FrozenDict<Array>> paramTrees() {
        return paramTrees(3, Gen.constant(DType.F32));
    }

    /**
     * Variables trees shaped like Flax's: a chain of 1 to {@code maxLayers} layers whose widths fit together,
     * named either as in a {@code Sequential} ({@code layers_0}, {@code layers_1}, ...) or by type
     * ({@code Dense_0}, {@code LayerNorm_0}, ...), sometimes grouped in a {@code Block_0}. Layers are {@code Dense}
     * ({@code kernel}, {@code bias}), {@code Conv} ({@code kernel (kh, kw, in, out)}, {@code bias}),
     * {@code LayerNorm} ({@code scale}, {@code bias}) and {@code BatchNorm} (also {@code batch_stats/mean},
     * {@code var}). Keys are in creation order; every leaf has one dtype drawn per tree, with typical values.
     *
     * <pre>{@code
     * FrozenDict<Array> t = Gens.paramTrees(5, Gens.floatDtypes()).fromSeed(5);
     * t.get("params/layers_0/kernel");   // Some(Array(...)): seed 5 gives a Sequential-style tree
     * }</pre>
     *
     * @param maxLayers the greatest number of layers, {@code >= 1}
     * @param dtypes the generator of the tree's leaf dtype
     * @return the generator
     * @throws IllegalArgumentException if {@code maxLayers < 1}
     */
    public static Gen<FrozenDict<Array>> paramTrees(int maxLayers, Gen<DType> dtypes) {
        checkAtLeastOne("Gens.paramTrees", "maxLayers", maxLayers);
        Objects.requireNonNull(dtypes, "dtypes");
        return r -> ParamTrees.generate(r, maxLayers, dtypes.generate(r));
    }

    private static Gen<Array> arrays(Gen<Shape> shapes, Gen<DType> dtypes, boolean edges) {
        Objects.requireNonNull(shapes, "shapes");
        Objects.requireNonNull(dtypes, "dtypes");
        return r -> {
            Shape shape = shapes.generate(r);
            DType dtype = dtypes.generate(r);
            long[] bits = new long[Math.toIntExact(shape.size())];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = edges && Draw.oneIn(r, 4) ? ElementValues.edge(r, dtype) : ElementValues.typical(r, dtype);
            }
            return ElementValues.fromBits(shape, dtype, bits);
        };
    }

    /** A random permutation of {@code 0..n-1} (Fisher-Yates). */
    private static int[] permutation(RandomGenerator r, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = Draw.between(r, 0, i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static void checkRange(String op, String minName, int min, String maxName, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException(op + ": expected 0 <= " + minName + " <= " + maxName + ", got "
                    + minName + " " + min + " and " + maxName + " " + max);
        }
    }

    private static void checkAtLeastOne(String op, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(op + ": expected " + name + " >= 1, got " + value);
        }
    }
}
