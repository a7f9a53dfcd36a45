package dev.flaxen.random;

import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.testing.Gens;
import dev.flaxen.testing.QuickTheoriesGens;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of the samplers: determinism at any thread count and block size, shape independence, ranges. Keys, shapes and
 * the bitwise comparisons of the determinism laws come from the test kit ({@code dev.flaxen.testing}).
 */
class RandomProperties {
    /** Every sampler, by name, as a function of key and shape. */
    static final List<String> SAMPLERS = List.of("bits8", "bits16", "bits32", "bits64", "uniform", "uniformBf16",
            "uniformF64", "normal", "normalF16", "normalF64", "truncatedNormal", "bernoulli", "randint", "randint64",
            "exponential", "gumbel", "logistic");

    static Array sample(String name, PRNGKey k, Shape s) {
        switch (name) {
            case "bits8": return Random.bits(k, s, DType.U8);
            case "bits16": return Random.bits(k, s, DType.U16);
            case "bits32": return Random.bits(k, s);
            case "bits64": return Random.bits(k, s, DType.U64);
            case "uniform": return Random.uniform(k, s, -3.7, 2.1);
            case "uniformBf16": return Random.uniform(k, s, DType.BF16, -1, 1);
            case "uniformF64": return Random.uniform(k, s, DType.F64);
            case "normal": return Random.normal(k, s);
            case "normalF16": return Random.normal(k, s, DType.F16);
            case "normalF64": return Random.normal(k, s, DType.F64);
            case "truncatedNormal": return Random.truncatedNormal(k, -2, 2, s);
            case "bernoulli": return Random.bernoulli(k, 0.3, s);
            case "randint": return Random.randint(k, s, -5, 1_000_000);
            case "randint64": return Random.randint(k, s, -5, 1L << 40, DType.I64);
            case "exponential": return Random.exponential(k, s, DType.F32);
            case "gumbel": return Random.gumbel(k, s, DType.F32);
            default: return Random.logistic(k, s, DType.F32);
        }
    }

    static Gen<String> samplers() {
        return Generate.pick(SAMPLERS);
    }

    static long[] flatBits(Array a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.bitsAt(i);
        }
        return out;
    }

    @Test
    void sameKeyGivesTheSameArray() {
        qt().withExamples(60).forAll(QuickTheoriesGens.of(Gens.keys()), samplers(),
                QuickTheoriesGens.of(Gens.shapesUpToSize(0, 4, 3000)))
                .checkAssert((k, name, s) -> assertSameBits(sample(name, k, s), sample(name, k, s)));
    }

    @Test
    void resultDoesNotDependOnThreadCountOrBlockSize() {
        Gen<Integer> blocks = Generate.pick(List.of(1, 3, 64, 1000, 1024, 5000));
        qt().withExamples(12).forAll(QuickTheoriesGens.of(Gens.keys()), samplers(), integers().between(1, 5), blocks)
                .checkAssert((k, name, threads, block) -> {
                    Shape s = Shape.of(Parallelism.MIN_PARALLEL_ELEMENTS + 777);
                    Array reference = Parallelism.withThreads(1, () -> sample(name, k, s));
                    assertSameBits(reference, BitStreams.withBlockSize(block,
                            () -> Parallelism.withThreads(threads, () -> sample(name, k, s))));
                });
    }

    @Test
    void resultDependsOnlyOnTheElementCountNotTheShape() {
        qt().withExamples(60).forAll(PRNGKeyProperties.keys(), samplers(), integers().between(1, 12), integers().between(1, 12))
                .checkAssert((k, name, a, b) -> {
                    Array matrix = sample(name, k, Shape.of(a, 3, b));
                    Array flat = sample(name, k, Shape.of(a * 3 * b));
                    assertEquals(Shape.of(a, 3, b), matrix.shape());
                    assertArrayEquals(flatBits(flat), flatBits(matrix), name);
                });
    }

    @Test
    void partitionableSamplesArePrefixesOfLongerSamples() {
        qt().withExamples(40).forAll(PRNGKeyProperties.keys(), samplers(), integers().between(1, 2000), integers().between(1, 2000))
                .checkAssert((k, name, a, b) -> {
                    PRNGKey p = k.withMode(ThreefryMode.PARTITIONABLE);
                    long[] x = flatBits(sample(name, p, Shape.of(a)));
                    long[] y = flatBits(sample(name, p, Shape.of(b)));
                    int m = Math.min(a, b);
                    assertArrayEquals(Arrays.copyOf(x, m), Arrays.copyOf(y, m), name);
                });
    }

    @Test
    void truncatedNormalNeverLeavesItsInterval() {
        Gen<DType> dtypes = Generate.pick(List.of(DType.F32, DType.F64, DType.F16, DType.BF16));
        qt().withExamples(80).forAll(PRNGKeyProperties.keys(), doubles().between(-8, 8), doubles().between(0.001, 6), dtypes)
                .checkAssert((k, lower, width, t) -> {
                    double upper = lower + width;
                    double lo = round(lower, t);
                    double hi = round(upper, t);
                    // JAX clips to [nextafter(lo, inf), nextafter(hi, -inf)] in the dtype. When the bounds round to
                    // neighbours (or to one value) those two cross and jnp.clip gives nextafter(hi, -inf): real JAX
                    // 0.10.2 gives -8.0 for every element of truncated_normal(PRNGKey(0), -7.999046634796677,
                    // -7.998046634796677, (64,), float16).
                    double floor = next(lo, t, true);
                    double ceiling = next(hi, t, false);
                    Array x = Random.truncatedNormal(k, lower, upper, Shape.of(2000), t);
                    for (double v : x.toDoubleArray()) {
                        if (floor <= ceiling) {
                            assertTrue(floor <= v && v <= ceiling, v + " outside [" + floor + ", " + ceiling + "] " + t);
                        } else {
                            assertEquals(ceiling, v, 0.0, "crossed clip bounds of " + t);
                        }
                    }
                });
    }

    private static double next(double v, DType t, boolean up) {
        switch (t) {
            case F64:
                return up ? Math.nextUp(v) : Math.nextDown(v);
            case F32:
                return up ? Math.nextUp((float) v) : Math.nextDown((float) v);
            default:
                return Halves.nextAfter((float) v, t, up);
        }
    }

    /**
     * The bound as JAX's {@code truncated_normal} sees it: a Python float is a weak float32 first (x64 off), then
     * converted to the dtype, so half types round twice; not {@code HalfFloats.roundTo}'s single rounding.
     */
    private static double round(double v, DType t) {
        switch (t) {
            case F64:
                return v;
            case F32:
                return (float) v;
            default:
                return Halves.round((float) v, t);
        }
    }

    @Test
    void uniformStaysWithinItsBounds() {
        qt().withExamples(60).forAll(PRNGKeyProperties.keys(), doubles().between(-100, 100), doubles().between(1e-3, 50))
                .checkAssert((k, lo, width) -> {
                    float l = (float) (double) lo;
                    float h = (float) (lo + width);
                    for (float v : Random.uniform(k, Shape.of(1000), lo, lo + width).toFloatArray()) {
                        assertTrue(l <= v && v <= h, v + " outside [" + l + ", " + h + "]");
                    }
                });
    }

    @Test
    void randintStaysWithinItsBoundsForEveryDtype() {
        Gen<DType> dtypes = Generate.pick(List.of(DType.I8, DType.U8, DType.I16, DType.U16, DType.I32, DType.U32, DType.I64));
        qt().withExamples(60).forAll(PRNGKeyProperties.keys(), integers().between(-100, 100), integers().between(1, 120), dtypes)
                .checkAssert((k, lo, width, t) -> {
                    long min = t.isUnsigned() ? Math.abs(lo) : lo;
                    long max = min + width;
                    for (long v : Random.randint(k, Shape.of(500), min, max, t).toLongArray()) {
                        long u = t.isUnsigned() ? v & ((1L << t.bits()) - 1) : v;
                        long top = Math.min(max - 1, t.isUnsigned() ? (1L << t.bits()) - 1 : (1L << (t.bits() - 1)) - 1);
                        assertTrue(min <= u && u <= Math.max(min, top), u + " outside [" + min + ", " + max + ") " + t);
                    }
                });
    }

    @Test
    void permutationIsAPermutationAndChoiceWithoutReplacementIsDistinct() {
        qt().withExamples(60).forAll(PRNGKeyProperties.keys(), integers().between(0, 3000)).checkAssert((k, n) -> {
            int[] p = Random.permutation(k, n).toIntArray();
            int[] sorted = p.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                assertEquals(i, sorted[i]);
            }
            if (n > 0) {
                int draws = Math.min(n, 17);
                int[] c = Random.choice(k, n, Shape.of(draws), false).toIntArray();
                assertEquals(draws, Arrays.stream(c).distinct().count());
            }
        });
    }

    @Test
    void theTwoModesGiveDifferentNumbersForTheSameKeyData() {
        qt().withExamples(30).forAll(PRNGKeyProperties.keys(), samplers()).checkAssert((k, name) -> {
            BiFunction<ThreefryMode, Integer, Array> draw = (m, n) -> sample(name, k.withMode(m), Shape.of(n));
            assertTrue(!draw.apply(ThreefryMode.LEGACY, 64).equals(draw.apply(ThreefryMode.PARTITIONABLE, 64)), name);
        });
    }

    /**
     * The one-pass {@code sample * stddev + mean} samplers against the two-step computation JAX does: the plain sample,
     * then a product and a sum each rounded to the dtype (no sum for a zero mean). Scales and means are multiples of
     * powers of two that every dtype holds exactly, so the check is about the fused pass, not about rounding them.
     */
    @Test
    void scaledSamplersEqualTheSampleTimesTheScalePlusTheMean() {
        Gen<DType> dtypes = Generate.pick(List.of(DType.F32, DType.F64, DType.F16, DType.BF16));
        Gen<String> kinds = Generate.pick(List.of("uniform", "normal", "truncatedNormal"));
        Gen<int[]> scaleAndMean = integers().between(-255, 255).zip(integers().between(-64, 64), (c, m) -> new int[] {c, m});
        qt().withExamples(80).forAll(PRNGKeyProperties.keys(), kinds, dtypes, scaleAndMean)
                .checkAssert((k, kind, t, cm) -> {
                    double scale = cm[0] / 64.0;
                    double mean = kind.equals("uniform") ? 0 : cm[1] / 8.0;
                    Shape s = Shape.of(1 + Math.floorMod(cm[0] * 31 + cm[1], 3000));
                    Array plain;
                    Array fused;
                    if (kind.equals("uniform")) {
                        plain = Random.uniform(k, s, t, -1.5, 2);
                        fused = Random.uniform(k, s, t, -1.5, 2, scale);
                    } else if (kind.equals("normal")) {
                        plain = Random.normal(k, s, t);
                        fused = Random.normal(k, s, t, mean, scale);
                    } else {
                        plain = Random.truncatedNormal(k, -2, 2.5, s, t);
                        fused = Random.truncatedNormal(k, -2, 2.5, s, t, mean, scale);
                    }
                    double[] z = plain.toDoubleArray();
                    double[] y = fused.toDoubleArray();
                    for (int i = 0; i < z.length; i++) {
                        long want = Double.doubleToRawLongBits(twoStep(z[i], scale, mean, t));
                        assertEquals(want, Double.doubleToRawLongBits(y[i]), kind + " " + t + " at " + i);
                    }
                });
    }

    private static double twoStep(double z, double scale, double mean, DType t) {
        switch (t) {
            case F64:
                return mean == 0 ? z * scale : z * scale + mean;
            case F32: {
                float y = (float) z * (float) scale;
                return mean == 0 ? y : y + (float) mean;
            }
            default: {
                float y = Halves.round((float) z * (float) scale, t);
                return mean == 0 ? y : Halves.round(y + (float) mean, t);
            }
        }
    }
}
