package dev.flaxen.init;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Every random initializer draws from the distribution its definition names: a Kolmogorov-Smirnov test against the
 * exact distribution (p >= 0.001), the sample mean and variance within 5 standard errors of the distribution's, and
 * every sample within its bounds. The keys are fixed, so the test is deterministic; the samples are large (32768 for
 * kernels), so a wrong fan (a factor 4 in variance between fan_in and fan_out here) fails by far, as
 * {@link #aWrongFanIsRejected()} shows.
 */
class DistributionProperties {
    /** A conv kernel (kh, kw, in, out) with fan_in = 512, fan_out = 2048, fan_avg = 1280, fan_geo_avg = 1024. */
    private static final Shape KERNEL = Shape.of(4, 8, 16, 64);
    private static final double FAN_IN = 512;
    private static final double FAN_OUT = 2048;
    private static final double TRUNC = 0.87962566103423978;
    private static final PRNGKey KEY = PRNGKey.of(20240917);

    private record Case(String name, Initializer init, Shape shape, ContinuousDistribution expected) {
    }

    private static ContinuousDistribution normal(double mean, double sd) {
        return NormalDistribution.of(mean, sd);
    }

    private static ContinuousDistribution truncated(double mean, double sd, double lo, double hi) {
        return TruncatedNormalDistribution.of(mean, sd, mean + lo * sd, mean + hi * sd);
    }

    private static ContinuousDistribution uniform(double lo, double hi) {
        return UniformContinuousDistribution.of(lo, hi);
    }

    /** Variance scaling with variance v: what each distribution must be. */
    private static ContinuousDistribution varianceScaled(Distribution d, double v) {
        switch (d) {
            case TRUNCATED_NORMAL:
                return truncated(0, Math.sqrt(v) / TRUNC, -2, 2);
            case NORMAL:
                return normal(0, Math.sqrt(v));
            default:
                return uniform(-Math.sqrt(3 * v), Math.sqrt(3 * v));
        }
    }

    private static List<Case> cases() {
        Shape flat = Shape.of(40000);
        List<Case> out = new ArrayList<>(List.of(
                new Case("uniform(0.5)", Initializers.uniform(0.5), flat, uniform(0, 0.5)),
                new Case("uniform(-3, 2)", Initializers.uniform(-3, 2), flat, uniform(-3, 2)),
                new Case("normal(0.02)", Initializers.normal(0.02), flat, normal(0, 0.02)),
                new Case("truncatedNormal(0.5, -3, 1)", Initializers.truncatedNormal(0.5, -3, 1), flat,
                        truncated(0, 0.5, -3, 1)),
                new Case("keras.randomNormal(1, 0.1)", KerasInitializers.randomNormal(1, 0.1), flat, normal(1, 0.1)),
                new Case("keras.truncatedNormal(-1, 0.1)", KerasInitializers.truncatedNormal(-1, 0.1), flat,
                        truncated(-1, 0.1, -2, 2)),
                new Case("heNormal: variance 2/fan_in", Initializers.heNormal(), KERNEL,
                        varianceScaled(Distribution.TRUNCATED_NORMAL, 2 / FAN_IN)),
                new Case("heNormal().scaled(0.5)", Initializers.heNormal().scaled(0.5), KERNEL,
                        varianceScaled(Distribution.TRUNCATED_NORMAL, 0.5 / FAN_IN)),
                new Case("torch.kaimingUniform(sqrt 5)", TorchInitializers.kaimingUniform(Math.sqrt(5),
                        FanMode.FAN_IN, "leaky_relu"), KERNEL, uniform(-1 / Math.sqrt(FAN_IN), 1 / Math.sqrt(FAN_IN))),
                new Case("torch.kaimingNormal(fan_out, relu)", TorchInitializers.kaimingNormal(0, FanMode.FAN_OUT,
                        "relu"), KERNEL, normal(0, Math.sqrt(2 / FAN_OUT))),
                new Case("torch.xavierUniform(2)", TorchInitializers.xavierUniform(2), KERNEL,
                        uniform(-2 * Math.sqrt(6 / (FAN_IN + FAN_OUT)), 2 * Math.sqrt(6 / (FAN_IN + FAN_OUT)))),
                new Case("torch.xavierNormal()", TorchInitializers.xavierNormal(), KERNEL,
                        normal(0, Math.sqrt(2 / (FAN_IN + FAN_OUT)))),
                new Case("torch.truncNormal(0.5, 1, 0, 2)", TorchInitializers.truncNormal(0.5, 1, 0, 2), flat,
                        TruncatedNormalDistribution.of(0.5, 1, 0, 2)),
                new Case("mxnet.xavier(gaussian, out, 2)", MxnetInitializers.xavier("gaussian", "out", 2), KERNEL,
                        normal(0, Math.sqrt(2 / FAN_OUT))),
                new Case("mxnet.xavier()", MxnetInitializers.xavier(), KERNEL,
                        uniform(-Math.sqrt(3 / 1280.0), Math.sqrt(3 / 1280.0))),
                new Case("mxnet.msraPrelu()", MxnetInitializers.msraPrelu(), KERNEL,
                        normal(0, Math.sqrt(2 / 1.0625 / 1280)))));
        double[] fans = {FAN_IN, FAN_OUT, 1280, 1024};
        for (FanMode m : FanMode.values()) {
            for (Distribution d : Distribution.values()) {
                out.add(new Case("varianceScaling(3, " + m.jaxName() + ", " + d.jaxName() + ")",
                        Initializers.varianceScaling(3, m, d), KERNEL, varianceScaled(d, 3 / fans[m.ordinal()])));
            }
        }
        return out;
    }

    /** What is wrong with {@code x} as a sample of {@code dist}, or null. */
    private static String misfit(double[] x, ContinuousDistribution dist) {
        double p = KolmogorovSmirnovTest.withDefaults().test(x, dist::cumulativeProbability).getPValue();
        double n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = (v - mean) * (v - mean);
            m2 += d / n;
            m4 += d * d / n;
        }
        double meanSe = Math.sqrt(dist.getVariance() / n);
        double varSe = Math.sqrt((m4 - m2 * m2) / n);
        List<String> problems = new ArrayList<>();
        if (p < 1e-3) {
            problems.add("KS p-value " + p);
        }
        if (Math.abs(mean - dist.getMean()) > 5 * meanSe) {
            problems.add("mean " + mean + ", expected " + dist.getMean());
        }
        if (Math.abs(m2 - dist.getVariance()) > 5 * varSe) {
            problems.add("variance " + m2 + ", expected " + dist.getVariance());
        }
        for (double v : x) {
            if (v < dist.getSupportLowerBound() || v > dist.getSupportUpperBound()) {
                problems.add("sample " + v + " outside [" + dist.getSupportLowerBound() + ", "
                        + dist.getSupportUpperBound() + "]");
                break;
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    @Test
    void everyRandomInitializerDrawsItsDistribution() {
        List<String> failures = new ArrayList<>();
        for (ThreefryMode mode : ThreefryMode.values()) {
            for (Case c : cases()) {
                String m = misfit(c.init().init(KEY.withMode(mode), c.shape()).toDoubleArray(), c.expected());
                if (m != null) {
                    failures.add(c.name() + " (" + mode + "): " + m);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aWrongFanIsRejected() {
        double[] he = Initializers.heNormal().init(KEY, KERNEL).toDoubleArray();
        String wrong = misfit(he, varianceScaled(Distribution.TRUNCATED_NORMAL, 2 / FAN_OUT));
        assertTrue(wrong != null && wrong.contains("KS p-value") && wrong.contains("variance"), String.valueOf(wrong));
    }

    @Test
    void sparseZeroesTheSameShareOfEveryRow() {
        double[] w = TorchInitializers.sparse(0.3, 0.1).init(KEY, Shape.of(200, 100)).toDoubleArray();
        List<Double> nonZero = new ArrayList<>();
        for (int r = 0; r < 200; r++) {
            int zeros = 0;
            for (int c = 0; c < 100; c++) {
                double v = w[r * 100 + c];
                if (v == 0) {
                    zeros++;
                } else {
                    nonZero.add(v);
                }
            }
            assertTrue(zeros == 30, "row " + r + " has " + zeros + " zeros, expected ceil(0.3 * 100) = 30");
        }
        String m = misfit(nonZero.stream().mapToDouble(Double::doubleValue).toArray(), normal(0, 0.1));
        assertTrue(m == null, m);
    }
}
