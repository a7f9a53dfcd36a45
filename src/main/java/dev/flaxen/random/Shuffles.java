package dev.flaxen.random;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.util.Arrays;

/** {@code permutation} and {@code choice}: JAX's sort-based shuffle and its draws with and without replacement. */
final class Shuffles {
    private Shuffles() {
    }

    /**
     * JAX's {@code _shuffle} of {@code arange(n)}: {@code ceil(3 ln n / ln(2^32 - 1))} rounds, each splitting the
     * key, drawing 32-bit sort keys from the second half and stably sorting by them (unsigned).
     */
    static int[] permutationIndices(PRNGKey key, int n) {
        int[] x = new int[n];
        Arrays.setAll(x, i -> i);
        int rounds = (int) Math.ceil(3 * Math.log(Math.max(1, n)) / Math.log(4294967295.0));
        long[] packed = new long[n];
        int[] next = new int[n];
        for (int r = 0; r < rounds; r++) {
            var keys = key.split();
            key = keys._1;
            Array sortKeys = IntSamplers.bits(keys._2, Shape.of(n), DType.U32);
            int[] k = sortKeys.toIntArray();
            for (int i = 0; i < n; i++) {
                packed[i] = ((long) (k[i] ^ Integer.MIN_VALUE) << 32) | i;
            }
            Arrays.sort(packed);
            for (int i = 0; i < n; i++) {
                next[i] = x[(int) packed[i]];
            }
            System.arraycopy(next, 0, x, 0, n);
        }
        return x;
    }

    /** {@code x} reordered along {@code axis} by {@code perm}: {@code jnp.take(x, perm, axis)}. */
    static Array take(Array x, int axis, int[] perm) {
        Shape shape = x.shape();
        int outer = 1;
        for (int a = 0; a < axis; a++) {
            outer *= shape.dim(a);
        }
        int len = shape.dim(axis);
        int inner = x.size() / Math.max(1, outer * len);
        long[] raw = new long[x.size()];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < len; i++) {
                int dst = (o * len + i) * inner;
                int src = (o * len + perm[i]) * inner;
                for (int j = 0; j < inner; j++) {
                    raw[dst + j] = x.bitsAt(src + j);
                }
            }
        }
        return fromBits(shape, x.dtype(), raw);
    }

    static Array fromBits(Shape shape, DType dtype, long[] raw) {
        switch (dtype) {
            case F32:
                return Array.generateFloat(shape, out -> {
                    for (int i = 0; i < raw.length; i++) {
                        out[i] = Float.intBitsToFloat((int) raw[i]);
                    }
                });
            case F64:
                return Array.generateDouble(shape, out -> Arrays.setAll(out, i -> Double.longBitsToDouble(raw[i])));
            case I64:
            case U64:
                return Array.generateLong(shape, dtype, out -> System.arraycopy(raw, 0, out, 0, raw.length));
            case I32:
            case U32:
                return Array.generateInt(shape, dtype, out -> Arrays.setAll(out, i -> (int) raw[i]));
            default:
                if (dtype.itemSize() == 2) {
                    return Array.generateShort(shape, dtype, out -> {
                        for (int i = 0; i < raw.length; i++) {
                            out[i] = (short) raw[i];
                        }
                    });
                }
                return Array.generateByte(shape, dtype, out -> {
                    for (int i = 0; i < raw.length; i++) {
                        out[i] = (byte) raw[i];
                    }
                });
        }
    }

    /** Draws with probabilities {@code p} (float32), with replacement: {@code searchsorted(cumsum(p), c[-1] * (1 - u))}. */
    static int[] choiceWeighted(PRNGKey key, float[] p, int draws) {
        float[] c = cumsum(p);
        float total = c[c.length - 1];
        float[] u = FloatSamplers.uniform(key, Shape.of(draws), DType.F32, 0.0, 1.0, Affine.identity(DType.F32)).toFloatArray();
        int[] out = new int[draws];
        for (int i = 0; i < draws; i++) {
            out[i] = searchLeft(c, total * (1f - u[i]));
        }
        return out;
    }

    /** Draws with probabilities {@code p} without replacement: the top {@code draws} of {@code gumbel + log(p)}. */
    static int[] choiceWeightedDistinct(PRNGKey key, float[] p, int draws) {
        int n = p.length;
        float[] g = FloatSamplers.gumbel(key, Shape.of(n), DType.F32).toFloatArray();
        Integer[] order = new Integer[n];
        float[] score = new float[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            score[i] = g[i] + XlaMath.log(p[i]);
        }
        Arrays.sort(order, (a, b) -> Float.compare(score[b], score[a]));
        int[] out = new int[draws];
        for (int i = 0; i < draws; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /** The first index {@code i} with {@code c[i] >= r} (numpy {@code side='left'}), {@code c} non-decreasing. */
    private static int searchLeft(float[] c, float r) {
        int lo = 0;
        int hi = c.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (c[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * XLA:CPU's float32 {@code cumsum}: inclusive sums inside blocks of 16, the block totals summed the same way
     * recursively, and each block's exclusive prefix added to its elements.
     */
    static float[] cumsum(float[] x) {
        float[] out = x.clone();
        int n = x.length;
        for (int b = 0; b < n; b += 16) {
            for (int i = b + 1; i < Math.min(n, b + 16); i++) {
                out[i] = out[i - 1] + out[i];
            }
        }
        if (n <= 16) {
            return out;
        }
        int blocks = (n + 15) / 16;
        float[] totals = new float[blocks];
        for (int b = 0; b < blocks; b++) {
            totals[b] = out[Math.min(n, b * 16 + 16) - 1];
        }
        float[] prefix = cumsum(totals);
        for (int b = 1; b < blocks; b++) {
            for (int i = b * 16; i < Math.min(n, b * 16 + 16); i++) {
                out[i] = out[i] + prefix[b - 1];
            }
        }
        return out;
    }
}
