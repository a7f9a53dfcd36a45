package dev.flaxen.random;

/**
 * The float kernels XLA:CPU runs for JAX's samplers, transcribed so that Java gives the same bits:
 * {@code log}, {@code log1p}, {@code erf} and {@code erf_inv} in float32, and {@code log1p}, {@code erf_inv}
 * in float64. {@link Math#fma} stands exactly where XLA fuses a multiply-add; everything else is a
 * plain, correctly rounded float operation. Constants are written as IEEE bit patterns.
 */
final class XlaMath {
    private static final float SQRT_HALF = Float.intBitsToFloat(0x3F3504F3);
    static final float P0 = Float.intBitsToFloat(0x3d9021bb);
    static final float P1 = Float.intBitsToFloat(0xbdebd1b8);
    static final float P2 = Float.intBitsToFloat(0x3def251a);
    static final float P3 = Float.intBitsToFloat(0xbdfe5d4f);
    static final float P4 = Float.intBitsToFloat(0x3e11e9bf);
    static final float P5 = Float.intBitsToFloat(0xbe2aae50);
    static final float P6 = Float.intBitsToFloat(0x3e4cceac);
    static final float P7 = Float.intBitsToFloat(0xbe7ffffc);
    static final float P8 = Float.intBitsToFloat(0x3eaaaaaa);
    static final float LOG_Q1 = Float.intBitsToFloat(0xb95e8083);
    static final float LOG_Q2 = Float.intBitsToFloat(0x3f318000);
    static final float LOG1P_SMALL = Float.intBitsToFloat(0x3ED413CD);
    static final float LP0 = Float.intBitsToFloat(0x383de04b);
    static final float LP1 = Float.intBitsToFloat(0x3eff40c5);
    static final float LP2 = Float.intBitsToFloat(0x40d284fa);
    static final float LP3 = Float.intBitsToFloat(0x41ef4b9c);
    static final float LP4 = Float.intBitsToFloat(0x4273cc76);
    static final float LP5 = Float.intBitsToFloat(0x426473ad);
    static final float LP6 = Float.intBitsToFloat(0x41a05101);
    static final float LQ0 = Float.intBitsToFloat(0x3f800000);
    static final float LQ1 = Float.intBitsToFloat(0x417101ad);
    static final float LQ2 = Float.intBitsToFloat(0x42a6185b);
    static final float LQ3 = Float.intBitsToFloat(0x435dc32d);
    static final float LQ4 = Float.intBitsToFloat(0x439a8ca3);
    static final float LQ5 = Float.intBitsToFloat(0x43586d8a);
    static final float LQ6 = Float.intBitsToFloat(0x42707982);
    static final float A0 = Float.intBitsToFloat(0x32f16588);
    static final float A1 = Float.intBitsToFloat(0x34b84b36);
    static final float A2 = Float.intBitsToFloat(0xb66c7357);
    static final float A3 = Float.intBitsToFloat(0xb6935ac1);
    static final float A4 = Float.intBitsToFloat(0x396532db);
    static final float A5 = Float.intBitsToFloat(0xbaa45408);
    static final float A6 = Float.intBitsToFloat(0xbb88e4ef);
    static final float A7 = Float.intBitsToFloat(0x3e7c8f63);
    static final float A8 = Float.intBitsToFloat(0x3fc02e2f);
    static final float B0 = Float.intBitsToFloat(0xb951f09b);
    static final float B1 = Float.intBitsToFloat(0x38d3b56b);
    static final float B2 = Float.intBitsToFloat(0x3ab0dc72);
    static final float B3 = Float.intBitsToFloat(0xbb70bde7);
    static final float B4 = Float.intBitsToFloat(0x3bbc127b);
    static final float B5 = Float.intBitsToFloat(0xbbf9c5d7);
    static final float B6 = Float.intBitsToFloat(0x3c1aa57e);
    static final float B7 = Float.intBitsToFloat(0x3f8036db);
    static final float B8 = Float.intBitsToFloat(0x40354f7e);
    private static final float ERF_CLAMP = Float.intBitsToFloat(0x406F9C68);
    private static final float[] ERF_N = floats(0x39702d51, 0x3b5f5da2, 0x3d50b6eb, 0x3e3da740, 0x3f906eba);
    private static final float[] ERF_D = floats(0xb3fd3906, 0x37c588df, 0x3a856d28, 0x3c6687d4, 0x3de34c21,
            0x3efeb44a, 0x3f800000);

    private static final double LOG1P_SMALL_64 = Double.longBitsToDouble(0x3FDA827999FCEF32L);
    private static final double[] LP64 = {4.5270000862445199635215E-5, 4.9854102823193375972212E-1,
        6.5787325942061044846969E0, 2.9911919328553073277375E1, 6.0949667980987787057556E1,
        5.7112963590585538103336E1, 2.0039553499201281259648E1};
    private static final double[] LQ64 = {1.0, 1.5062909083469192043167E1, 8.3047565967967209469434E1,
        2.2176239823732856465394E2, 3.0909872225312059774938E2, 2.1642788614495947685003E2,
        6.0118660497603843919306E1};
    private static final double[] ERFINV64_A = {-3.64441206401782e-21, -1.6850591381820166e-19,
        1.28584807152564e-18, 1.1157877678025181e-17, -1.333171662854621e-16, 2.0972767875968562e-17,
        6.637638134358324e-15, -4.054566272975207e-14, -8.151934197605472e-14, 2.6335093153082323e-12,
        -1.2975133253453532e-11, -5.415412054294628e-11, 1.0512122733215323e-09, -4.112633980346984e-09,
        -2.9070369957882005e-08, 4.2347877827932404e-07, -1.3654692000834679e-06, -1.3882523362786469e-05,
        0.00018673420803405714, -0.000740702534166267, -0.006033670871430149, 0.24015818242558962,
        1.6536545626831027};
    private static final double[] ERFINV64_B = {2.2137376921775787e-09, 9.075656193888539e-08,
        -2.7517406297064545e-07, 1.8239629214389228e-08, 1.5027403968909828e-06, -4.013867526981546e-06,
        2.9234449089955446e-06, 1.2475304481671779e-05, -4.7318229009055734e-05, 6.828485145957318e-05,
        2.4031110387097894e-05, -0.0003550375203628475, 0.0009532893797373805, -0.0016882755560235047,
        0.002491442096107851, -0.003751208507569241, 0.005370914553590064, 1.0052589676941592,
        3.0838856104922208};
    private static final double[] ERFINV64_C = {-2.7109920616438573e-11, -2.555641816996525e-10,
        1.5076572693500548e-09, -3.789465440126737e-09, 7.61570120807834e-09, -1.496002662714924e-08,
        2.914795345090108e-08, -6.771199775845234e-08, 2.2900482228026655e-07, -9.9298272942317e-07,
        4.526062597223154e-06, -1.968177810553167e-05, 7.599527703001776e-05, -0.00021503011930044477,
        -0.00013871931833623122, 1.0103004648645344, 4.849906401408584};

    private XlaMath() {
    }

    private static float[] floats(int... bits) {
        float[] out = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            out[i] = Float.intBitsToFloat(bits[i]);
        }
        return out;
    }

    /** XLA:CPU's float32 natural logarithm (Cephes/Eigen structure); subnormal inputs count as 0. */
    static float log(float v) {
        if (!(v > 0f)) {
            return v == 0f ? Float.NEGATIVE_INFINITY : Float.NaN;
        }
        if (v == Float.POSITIVE_INFINITY) {
            return v;
        }
        if (v < Float.MIN_NORMAL) {
            return Float.NEGATIVE_INFINITY;
        }
        int bits = Float.floatToRawIntBits(v);
        float e1 = (float) ((bits >>> 23) - 126);
        float m = Float.intBitsToFloat((bits & 0x807FFFFF) | 0x3F000000);
        float xx;
        float e2;
        if (m < SQRT_HALF) {
            xx = (m - 1f) + m;
            e2 = e1 - 1f;
        } else {
            xx = m - 1f;
            e2 = e1;
        }
        return logPolynomial(xx, e2);
    }

    /** The polynomial part of {@link #log(float)}: {@code xx} is the reduced mantissa, {@code e} the exponent. */
    static float logPolynomial(float xx, float e) {
        return logFinish(xx, e, logSeries(xx, e));
    }

    /** The first half of {@link #logPolynomial}: the series {@code y} in {@code xx^3} plus {@code e * Q1}. */
    static float logSeries(float xx, float e) {
        float x3 = xx * xx * xx;
        float ya = Math.fma(Math.fma(xx, P0, P1), xx, P2);
        float yb = Math.fma(Math.fma(xx, P3, P4), xx, P5);
        float yc = Math.fma(Math.fma(xx, P6, P7), xx, P8);
        float y = Math.fma(ya, x3, yb);
        y = Math.fma(y, x3, yc);
        return Math.fma(y, x3, e * LOG_Q1);
    }

    /** The second half of {@link #logPolynomial}: {@code e * Q2 + (xx - xx^2 / 2 + y)}, fused as XLA does. */
    static float logFinish(float xx, float e, float y) {
        float z = Math.fma(-0.5f, xx * xx, xx);
        return Math.fma(e, LOG_Q2, z + y);
    }

    /** XLA's float32 {@code log1p}: a Cephes rational below {@code sqrt(2) - 1}, else {@code log(1 + t)}. */
    static float log1p(float t) {
        if (Math.abs(t) < LOG1P_SMALL) {
            return log1pSmall(t);
        }
        return log(t + 1f);
    }

    /** The rational branch of {@link #log1p(float)}, for {@code |t| < sqrt(2) - 1}. */
    static float log1pSmall(float t) {
        float t2 = t * t;
        float p = Math.fma(t, Math.fma(t, Math.fma(t, Math.fma(t, Math.fma(t, Math.fma(t, LP0, LP1), LP2), LP3),
            LP4), LP5), LP6);
        float q = Math.fma(t, Math.fma(t, Math.fma(t, Math.fma(t, Math.fma(t, Math.fma(t, LQ0, LQ1), LQ2), LQ3),
            LQ4), LQ5), LQ6);
        float r = (t * t2) * (p / q);
        return t + Math.fma(-0.5f, t2, r);
    }

    /** StableHLO's float32 {@code erf_inv} (Giles 2010) over XLA's {@link #log1p}. */
    static float erfInv(float x) {
        float l = log1p(x * -x);
        float p = l > -5f ? erfInvCentral(l) : erfInvTail(l);
        if (Math.abs(x) == 1f) {
            p = Float.POSITIVE_INFINITY;
        }
        return x * p;
    }

    /** The {@code w < 5} polynomial of {@link #erfInv(float)} at {@code l = log1p(-x*x) > -5}. */
    static float erfInvCentral(float l) {
        float z = -2.5f - l;
        return Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z,
            Math.fma(z, A0, A1), A2), A3), A4), A5), A6), A7), A8);
    }

    /** The {@code w >= 5} polynomial of {@link #erfInv(float)} at {@code l = log1p(-x*x) <= -5}. */
    static float erfInvTail(float l) {
        float z = (float) Math.sqrt(-l) - 3f;
        return Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z, Math.fma(z,
            Math.fma(z, B0, B1), B2), B3), B4), B5), B6), B7), B8);
    }

    /**
     * XLA:CPU's float32 {@code erf} as it runs for {@code truncated_normal}'s bounds ("variant A" of the spec:
     * saturates to ±1 from {@code |x| >= 3.7439213}).
     */
    static float erf(float x) {
        if (Math.abs(x) >= ERF_CLAMP) {
            return Math.copySign(1f, x);
        }
        float x2 = x * x;
        float p = Math.fma(x2, ERF_N[0], ERF_N[1]);
        for (int i = 2; i < 5; i++) {
            p = Math.fma(p, x2, ERF_N[i]);
        }
        float num = x * p;
        float q = Math.fma(x2, ERF_D[0], ERF_D[1]);
        for (int i = 2; i < 7; i++) {
            q = Math.fma(q, x2, ERF_D[i]);
        }
        return num / q;
    }

    /** {@code erf(bound / sqrt 2)} as {@code truncated_normal} computes it: XLA multiplies by {@code 1/sqrt 2}. */
    static float erfOfScaled(float bound) {
        return erf(bound * SQRT_HALF);
    }

    /**
     * XLA:CPU's float64 {@code log1p}: the Cephes rational below {@code sqrt(2) - 1}, else the host C
     * library's {@code log(1 + t)}, here {@link HostMath#log}.
     */
    static double log1p(double t) {
        if (Math.abs(t) >= LOG1P_SMALL_64) {
            return HostMath.log(t + 1.0);
        }
        double t2 = t * t;
        double p = LP64[0];
        double q = LQ64[0];
        for (int i = 1; i < 7; i++) {
            p = Math.fma(t, p, LP64[i]);
            q = Math.fma(t, q, LQ64[i]);
        }
        double r = (t * t2) * (p / q);
        return t + Math.fma(-0.5, t2, r);
    }

    /** StableHLO's float64 {@code erf_inv} (Giles 2010, three branches) over {@link #log1p(double)}. */
    static double erfInv(double x) {
        double l = log1p(x * -x);
        double[] c;
        double z;
        if (l > -6.25) {
            c = ERFINV64_A;
            z = -3.125 - l;
        } else if (l > -16.0) {
            c = ERFINV64_B;
            z = Math.sqrt(-l) - 3.25;
        } else {
            c = ERFINV64_C;
            z = Math.sqrt(-l) - 5.0;
        }
        double p = c[0];
        for (int i = 1; i < c.length; i++) {
            p = Math.fma(z, p, c[i]);
        }
        if (Math.abs(x) == 1.0) {
            p = Double.POSITIVE_INFINITY;
        }
        return x * p;
    }
}
