package dev.flaxen.random;

/**
 * The float64 C library functions that XLA:CPU calls instead of emitting its own kernel ({@code log},
 * and {@code erf} for {@code truncated_normal}'s bounds). JAX then gives whatever the host's libm gives
 * (glibc on Linux), so float64 results that pass through these are reproduced to within a few ulp, not bit
 * for bit. Flaxen's versions are the same on every JVM.
 */
final class HostMath {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;

    private HostMath() {
    }

    /** Natural logarithm: {@link StrictMath#log} (fdlibm, under 1 ulp; glibc agrees on most inputs). */
    static double log(double x) {
        return StrictMath.log(x);
    }

    /**
     * The error function to about 1 ulp: {@code erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_k (2x^2)^k x / (2k+1)!!},
     * a series of positive terms, with {@code x^2} carried in two parts so {@code exp} gets it exactly.
     */
    static double erf(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (ax >= 6.0) {
            return Math.copySign(1.0, x);
        }
        double x2 = ax * ax;
        double x2lo = Math.fma(ax, ax, -x2);
        double term = ax;
        double sum = ax;
        for (int k = 1; term > sum * 0x1p-60; k++) {
            term = term * (2 * x2) / (2 * k + 1);
            sum += term;
        }
        double e = StrictMath.exp(-x2) * (1.0 - x2lo);
        return Math.copySign(Math.min(1.0, TWO_OVER_SQRT_PI * e * sum), x);
    }
}
