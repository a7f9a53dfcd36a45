package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Goodness of fit on {@value #N} samples per fixed key (so every run sees the same numbers): the mean within 5
 * standard errors of the distribution's, the variance within 10 normal-theory standard errors, and a
 * Kolmogorov-Smirnov p-value above {@value #ALPHA}. The
 * negative controls show the tests catch real bugs, such as a mantissa shifted by one bit.
 */
class RandomDistributionTests {
    static final int N = 200_000;
    static final double ALPHA = 1e-4;

    private static void assertFits(double[] x, ContinuousDistribution d, String what) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        var /= x.length - 1;
        double se = Math.sqrt(d.getVariance() / x.length);
        assertEquals(d.getMean(), mean, 5 * se, what + ": mean");
        assertEquals(d.getVariance(), var, 5 * d.getVariance() * Math.sqrt(2.0 / x.length) * 2, what + ": variance");
        double p = pValue(x, d::cumulativeProbability);
        assertTrue(p > ALPHA, what + ": Kolmogorov-Smirnov p = " + p);
    }

    private static double pValue(double[] x, DoubleUnaryOperator cdf) {
        return KolmogorovSmirnovTest.withDefaults().test(x, cdf).getPValue();
    }

    @Test
    void uniformIsUniformInBothModesAndEveryFloatDtype() {
        for (ThreefryMode mode : ThreefryMode.values()) {
            for (DType t : new DType[] {DType.F32, DType.F64, DType.F16}) {
                double[] x = Random.uniform(PRNGKey.of(11, mode), Shape.of(N), t, -3.7, 2.1).toDoubleArray();
                assertFits(x, UniformContinuousDistribution.of(-3.7, 2.1), "uniform " + t + " " + mode);
            }
        }
    }

    @Test
    void normalIsStandardNormalInBothModes() {
        for (ThreefryMode mode : ThreefryMode.values()) {
            for (DType t : new DType[] {DType.F32, DType.F64}) {
                double[] x = Random.normal(PRNGKey.of(12, mode), Shape.of(N), t).toDoubleArray();
                assertFits(x, NormalDistribution.of(0, 1), "normal " + t + " " + mode);
            }
        }
    }

    @Test
    void truncatedNormalFollowsTheTruncatedDensity() {
        double[][] bounds = {{-2, 2}, {0.5, 4}, {-1, 3}, {-3, -2.5}};
        for (ThreefryMode mode : ThreefryMode.values()) {
            for (double[] b : bounds) {
                double[] x = Random.truncatedNormal(PRNGKey.of(13, mode), b[0], b[1], Shape.of(N)).toDoubleArray();
                assertFits(x, TruncatedNormalDistribution.of(0, 1, b[0], b[1]),
                        "truncatedNormal(" + b[0] + ", " + b[1] + ") " + mode);
            }
        }
    }

    @Test
    void exponentialGumbelAndLogisticHaveTheirMeans() {
        double[] e = Random.exponential(PRNGKey.of(14), Shape.of(N), DType.F32).toDoubleArray();
        double[] g = Random.gumbel(PRNGKey.of(15), Shape.of(N), DType.F32).toDoubleArray();
        double[] l = Random.logistic(PRNGKey.of(16), Shape.of(N), DType.F32).toDoubleArray();
        assertTrue(pValue(e, x -> x <= 0 ? 0 : 1 - Math.exp(-x)) > ALPHA, "exponential");
        assertTrue(pValue(g, x -> Math.exp(-Math.exp(-x))) > ALPHA, "gumbel");
        assertTrue(pValue(l, x -> 1 / (1 + Math.exp(-x))) > ALPHA, "logistic");
    }

    @Test
    void bernoulliAndRandintHaveTheirMeans() {
        double[] b = Random.bernoulli(PRNGKey.of(17), 0.3, Shape.of(N)).toDoubleArray();
        double mean = 0;
        for (double v : b) {
            mean += v / N;
        }
        assertEquals(0.3, mean, 5 * Math.sqrt(0.3 * 0.7 / N));
        int[] r = Random.randint(PRNGKey.of(18), Shape.of(N), -3, 7).toIntArray();
        int[] counts = new int[10];
        for (int v : r) {
            counts[v + 3]++;
        }
        for (int c : counts) {
            assertEquals(N / 10.0, c, 5 * Math.sqrt(N * 0.1 * 0.9));
        }
    }

    @Test
    void negativeControlBrokenMantissaShiftIsCaught() {
        int[] bits = Random.bits(PRNGKey.of(11), Shape.of(N)).toIntArray();
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = (bits[i] >>> 10) * 0x1p-23f;
        }
        assertTrue(pValue(x, UniformContinuousDistribution.of(0, 1)::cumulativeProbability) < 1e-10);
    }

    @Test
    void negativeControlNormalWithoutSqrt2IsCaught() {
        Array n = Random.normal(PRNGKey.of(12), Shape.of(N));
        double[] x = n.toDoubleArray();
        for (int i = 0; i < N; i++) {
            x[i] /= 1.4142135623730951;
        }
        assertTrue(pValue(x, NormalDistribution.of(0, 1)::cumulativeProbability) < 1e-10);
    }
}
