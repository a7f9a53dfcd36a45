package dev.flaxen.random;

import java.util.Arrays;

/**
 * A quick comparison of two {@link Kernels} on one small block of every kind (Threefry, partitionable words, uniform,
 * normal, a truncated normal with saturated bounds, scaled), with lengths that leave a partial vector. It runs every
 * method once, so an implementation that cannot link or run fails here rather than in the middle of a sampler.
 */
final class KernelCheck {
    private static final int LEN = 71;

    private KernelCheck() {
    }

    /** The first difference between {@code a} and {@code b}, or {@code null} if they agree. */
    static String disagreement(Kernels a, Kernels b) {
        int[] words = words();
        String d = compareInts("threefry", hashed(a, words), hashed(b, words));
        if (d == null) {
            d = compareInts("partitionableBits", partitionable(a), partitionable(b));
        }
        float sat = XlaMath.erfOfScaled(-10f);
        F32Transform[] fs = {F32Transform.uniform(-3.7f, 5.8f).then(0.5f, -0f), F32Transform.normal(),
            F32Transform.truncatedNormal(sat, XlaMath.erfOfScaled(1f) - sat, -9.999999f, 0.99999994f).then(0.02f, 1f)};
        for (int i = 0; i < fs.length && d == null; i++) {
            d = compareFloats(fs[i].toString(), sampled(a, fs[i], words), sampled(b, fs[i], words));
        }
        return d;
    }

    /** Words with the extremes first: 0, all ones, the smallest and largest uniform inputs. */
    private static int[] words() {
        int[] w = new int[LEN];
        int x = 0x9E3779B9;
        for (int i = 0; i < LEN; i++) {
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            w[i] = x;
        }
        w[0] = 0;
        w[1] = -1;
        w[2] = 1 << 9;
        w[3] = -1 << 9;
        return w;
    }

    private static int[] hashed(Kernels k, int[] words) {
        int[] x0 = words.clone();
        int[] x1 = new int[LEN];
        Arrays.setAll(x1, i -> i);
        k.threefry(1, 2, x0, x1, LEN);
        int[] out = Arrays.copyOf(x0, 2 * LEN);
        System.arraycopy(x1, 0, out, LEN, LEN);
        return out;
    }

    private static int[] partitionable(Kernels k) {
        int[] y = new int[LEN];
        k.partitionableBits(3, 4, 1000, y, new int[LEN], LEN);
        return y;
    }

    private static float[] sampled(Kernels k, F32Transform f, int[] words) {
        float[] out = new float[LEN + 5];
        k.f32(f, words, out, 5, LEN);
        return out;
    }

    private static String compareInts(String what, int[] x, int[] y) {
        int i = Arrays.mismatch(x, y);
        return i < 0 ? null : what + " at " + i + ": " + x[i] + " vs " + y[i];
    }

    private static String compareFloats(String what, float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            if (Float.floatToRawIntBits(x[i]) != Float.floatToRawIntBits(y[i])) {
                return what + " at " + i + ": " + x[i] + " vs " + y[i];
            }
        }
        return null;
    }
}
