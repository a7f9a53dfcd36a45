package dev.flaxen.random;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;

/** {@code bits}, {@code randint} and {@code bernoulli}, as JAX computes them. */
final class IntSamplers {
    private IntSamplers() {
    }

    /** {@code jax.random.bits(key, shape, dtype)} for an unsigned dtype. */
    static Array bits(PRNGKey key, Shape shape, DType dtype) {
        int n = (int) shape.size();
        switch (dtype) {
            case U8:
                return Array.generateByte(shape, dtype, out -> BitStreams.ints(key, 8, n, (v, s, len) -> {
                    for (int j = 0; j < len; j++) {
                        out[s + j] = (byte) v[j];
                    }
                }));
            case U16:
                return Array.generateShort(shape, dtype, out -> BitStreams.ints(key, 16, n, (v, s, len) -> {
                    for (int j = 0; j < len; j++) {
                        out[s + j] = (short) v[j];
                    }
                }));
            case U32:
                return Array.generateInt(shape, dtype, out -> BitStreams.ints(key, 32, n,
                        (v, s, len) -> System.arraycopy(v, 0, out, s, len)));
            default:
                return Array.generateLong(shape, dtype, out -> longBits(key, n, out));
        }
    }

    private static void longBits(PRNGKey key, int n, long[] out) {
        BitStreams.longs(key, n, (hi, lo, s, len) -> {
            for (int j = 0; j < len; j++) {
                out[s + j] = ((long) hi[j] << 32) | (lo[j] & 0xffffffffL);
            }
        });
    }

    /** {@code uniform(key, shape, float32) < p}. */
    static Array bernoulli(PRNGKey key, double p, Shape shape) {
        float pf = (float) p;
        Array u = FloatSamplers.uniform(key, shape, DType.F32, 0.0, 1.0, Affine.identity(DType.F32));
        float[] uf = u.toFloatArray();
        return Array.generateByte(shape, DType.BOOL, out -> {
            for (int i = 0; i < uf.length; i++) {
                out[i] = (byte) (uf[i] < pf ? 1 : 0);
            }
        });
    }

    /**
     * {@code jax.random.randint}: {@code minval + ((hi % span) * mult + lo % span) % span} on unsigned words
     * with wrap-around, {@code hi}/{@code lo} from the two halves of {@code split(key)} and
     * {@code mult = (2^(nbits/2) % span)^2 % span}. 8/16-bit dtypes are sampled as int32 and narrowed.
     */
    static Array randint(PRNGKey key, Shape shape, long minval, long maxval, DType dtype) {
        int n = (int) shape.size();
        var keys = key.split();
        if (dtype.bits() == 64) {
            long[] hi = new long[n];
            long[] lo = new long[n];
            longBits(keys._1, n, hi);
            longBits(keys._2, n, lo);
            return Array.generateLong(shape, dtype, out -> randint64(hi, lo, minval, maxval, dtype, out));
        }
        int[] hi = words(keys._1, n);
        int[] lo = words(keys._2, n);
        long min = dtype == DType.U32 ? 0 : dtype.bits() == 32 ? Integer.MIN_VALUE : bound(dtype, false);
        long max = dtype == DType.U32 ? 0xFFFFFFFFL : dtype.bits() == 32 ? Integer.MAX_VALUE : bound(dtype, true);
        long mn = Math.max(min, Math.min(max, minval));
        long mx = Math.max(min, Math.min(dtype.bits() < 32 ? max + 1 : max, maxval));
        boolean outOfRange = dtype.bits() == 32 && maxval > max;
        int[] r = randint32(hi, lo, mn, mx, outOfRange);
        if (dtype.bits() == 32) {
            return Array.generateInt(shape, dtype, out -> System.arraycopy(r, 0, out, 0, n));
        } else if (dtype.bits() == 16) {
            return Array.generateShort(shape, dtype, out -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (short) r[i];
                }
            });
        }
        return Array.generateByte(shape, dtype, out -> {
            for (int i = 0; i < n; i++) {
                out[i] = (byte) r[i];
            }
        });
    }

    private static long bound(DType dtype, boolean upper) {
        int bits = dtype.bits();
        if (dtype.isUnsigned()) {
            return upper ? (1L << bits) - 1 : 0;
        }
        return upper ? (1L << (bits - 1)) - 1 : -(1L << (bits - 1));
    }

    private static int[] words(PRNGKey key, int n) {
        int[] out = new int[n];
        BitStreams.ints(key, 32, n, (v, s, len) -> System.arraycopy(v, 0, out, s, len));
        return out;
    }

    private static int[] randint32(int[] hi, int[] lo, long mn, long mx, boolean maxOutOfRange) {
        int span = mx <= mn ? 1 : (int) (mx - mn);
        if (maxOutOfRange && mx > mn) {
            span += 1;
        }
        int mult = Integer.remainderUnsigned(1 << 16, span);
        mult = Integer.remainderUnsigned(mult * mult, span);
        int[] out = new int[hi.length];
        for (int i = 0; i < out.length; i++) {
            int off = Integer.remainderUnsigned(hi[i], span) * mult + Integer.remainderUnsigned(lo[i], span);
            out[i] = (int) mn + Integer.remainderUnsigned(off, span);
        }
        return out;
    }

    private static void randint64(long[] hi, long[] lo, long minval, long maxval, DType dtype, long[] out) {
        long mn = dtype == DType.U64 ? Math.max(0, minval) : minval;
        long mx = dtype == DType.U64 ? Math.max(0, maxval) : maxval;
        long span = mx <= mn ? 1 : mx - mn;
        long mult = Long.remainderUnsigned(1L << 32, span);
        mult = Long.remainderUnsigned(mult * mult, span);
        for (int i = 0; i < out.length; i++) {
            long off = Long.remainderUnsigned(hi[i], span) * mult + Long.remainderUnsigned(lo[i], span);
            out[i] = mn + Long.remainderUnsigned(off, span);
        }
    }
}
