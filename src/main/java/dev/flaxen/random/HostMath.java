package dev.flaxen.random;

/**
 * The float64 C library functions that XLA:CPU calls instead of emitting its own kernel ({@code log},
 * and {@code erf} for {@code truncated_normal}'s bounds), so JAX gives whatever the host's libm gives (glibc on
 * Linux). Flaxen's versions are correctly rounded (in double-double arithmetic, the same on every JVM): they equal
 * glibc's except on the few inputs where glibc is not correctly rounded (about 0.04 % for {@code log}, 1.5 % for
 * {@code erf}), and there differ by one ulp.
 */
final class HostMath {
    private static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
    private static final double TWO_OVER_SQRT_PI_LO = 1.533545961316588e-17;
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    private static final double SQRT2 = 1.4142135623730951;

    private HostMath() {
    }

    /**
     * Natural logarithm, correctly rounded in all but rare cases, as glibc's {@code log} is:
     * {@code e ln 2 + 2 atanh((m - 1)/(m + 1))} with {@code m} in {@code [sqrt(1/2), sqrt 2)}, summed in double-double
     * arithmetic and rounded once. (Java's {@link StrictMath#log} differs from glibc on about 7 % of inputs.)
     */
    static double log(double x) {
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
            return x == 0 ? Double.NEGATIVE_INFINITY : x < 0 || Double.isNaN(x) ? Double.NaN : x;
        }
        int scale = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            scale = -54;
        }
        int e = Math.getExponent(x) + scale;
        double m = x / Math.scalb(1.0, Math.getExponent(x));
        if (m > SQRT2) {
            m /= 2;
            e++;
        }
        double[] den = add(m, 0, 1, 0);
        double q1 = (m - 1) / den[0];
        double q2 = (Math.fma(-q1, den[0], m - 1) - q1 * den[1]) / den[0];
        double[] s = add(q1, q2, 0, 0);
        double[] s2 = mul(s[0], s[1], s[0], s[1]);
        double[] sum = {0, 0};
        for (int k = 30; k >= 0; k--) {
            double[] c = divide(1, 0, 2 * k + 1);
            double[] t = mul(sum[0], sum[1], s2[0], s2[1]);
            sum = add(t[0], t[1], c[0], c[1]);
        }
        double[] logM = mul(2 * s[0], 2 * s[1], sum[0], sum[1]);
        double[] eLn2 = mul(LN2_HI, LN2_LO, e, 0);
        double[] r = add(eLn2[0], eLn2[1], logM[0], logM[1]);
        return r[0] + r[1];
    }

    /**
     * The error function, correctly rounded in all but rare cases (glibc's {@code erf} is too): below 3 the
     * alternating Taylor series summed in double-double arithmetic, from 3 on {@code 1 - erfc(x)} with
     * {@code erfc} from its continued fraction, from 6 on {@code ±1}.
     */
    static double erf(double x) {
        double ax = Math.abs(x);
        if (Double.isNaN(x) || ax == 0) {
            return x;
        }
        double r = ax >= 6.0 ? 1.0 : ax >= 3.0 ? 1.0 - erfcLarge(ax) : erfTaylor(ax);
        return Math.copySign(r, x);
    }

    /** {@code 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1))} in double-double, rounded once at the end. */
    private static double erfTaylor(double x) {
        double x2 = x * x;
        double x2lo = Math.fma(x, x, -x2);
        double tHi = x;
        double tLo = 0;
        double sHi = x;
        double sLo = 0;
        for (int n = 1; Math.abs(tHi) > Math.abs(sHi) * 0x1p-110; n++) {
            double pHi = tHi * x2;
            double pLo = Math.fma(tHi, x2, -pHi) + tHi * x2lo + tLo * x2;
            double[] q = divide(-pHi, -pLo, n);
            tHi = q[0];
            tLo = q[1];
            double[] term = divide(tHi, tLo, 2 * n + 1);
            double[] sum = add(sHi, sLo, term[0], term[1]);
            sHi = sum[0];
            sLo = sum[1];
        }
        double hi = sHi * TWO_OVER_SQRT_PI;
        double lo = Math.fma(sHi, TWO_OVER_SQRT_PI, -hi) + sHi * TWO_OVER_SQRT_PI_LO + sLo * TWO_OVER_SQRT_PI;
        return hi + lo;
    }

    /** {@code erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))}, for {@code x >= 3}. */
    private static double erfcLarge(double x) {
        double x2 = x * x;
        double x2lo = Math.fma(x, x, -x2);
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + (k / 2.0) / f;
        }
        return StrictMath.exp(-x2) * (1.0 - x2lo) * (TWO_OVER_SQRT_PI / 2) / f;
    }

    private static double[] divide(double hi, double lo, int d) {
        double q1 = hi / d;
        double r = Math.fma(-q1, d, hi) + lo;
        double q2 = r / d;
        return add(q1, q2, 0, 0);
    }

    private static double[] mul(double aHi, double aLo, double bHi, double bLo) {
        double p = aHi * bHi;
        double e = Math.fma(aHi, bHi, -p) + (aHi * bLo + aLo * bHi);
        double hi = p + e;
        return new double[] {hi, e - (hi - p)};
    }

    private static double[] add(double aHi, double aLo, double bHi, double bLo) {
        double s = aHi + bHi;
        double bb = s - aHi;
        double e = (aHi - (s - bb)) + (bHi - bb) + aLo + bLo;
        double hi = s + e;
        return new double[] {hi, e - (hi - s)};
    }
}
