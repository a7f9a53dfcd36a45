package dev.flaxen.random;

import java.util.function.Supplier;

/**
 * JAX's {@code random_bits} counter layouts for both {@link ThreefryMode}s, produced block by block
 * (and slice by slice across threads) into sinks that turn the bits into sample values.
 *
 * <ul>
 *   <li>partitionable: element {@code i} hashes the counter {@code (hi32(i), lo32(i))}; a 32-bit value
 *       is {@code y0 ^ y1}, 8/16-bit values are its low bits, a 64-bit value is {@code y0 << 32 | y1};</li>
 *   <li>legacy: the {@code w} words (padded to even) are hashed as pairs {@code (j, h + j)},
 *       {@code h = ceil(w / 2)}; word {@code j} is {@code y0}, word {@code h + j} is {@code y1};
 *       8/16-bit values are the little-endian pieces of the words, a 64-bit value {@code i} of {@code n}
 *       is {@code y0 << 32 | y1} of the pair {@code (i, n + i)}.</li>
 * </ul>
 * Every value depends only on the key, the mode, the element count and the flat index, so block size
 * and thread count never change the result.
 */
final class BitStreams {
    static final int DEFAULT_BLOCK = 1024;
    private static final ScopedOverride<Integer> BLOCK = new ScopedOverride<>();

    private BitStreams() {
    }

    /** Receives {@code len} values in {@code vals[0..len)}, for output elements {@code [outStart, outStart + len)}. */
    @FunctionalInterface
    interface IntSink {
        void accept(int[] vals, int outStart, int len);
    }

    /** Receives 64-bit values {@code hi[j] << 32 | lo[j]} for output elements {@code [outStart, outStart + len)}. */
    @FunctionalInterface
    interface PairSink {
        void accept(int[] hi, int[] lo, int outStart, int len);
    }

    /**
     * Runs {@code body} with another block size on this thread, and in the tasks of {@link Parallelism#invokeAll} it
     * calls (tests use it to show the result does not change).
     */
    static <T> T withBlockSize(int size, Supplier<T> body) {
        return BLOCK.with(size, body);
    }

    /**
     * {@code task} as it should run on another thread: with this thread's block size of {@link #withBlockSize}, if
     * any. Call it on the thread that hands the task over ({@link Parallelism#invokeAll} does).
     */
    static <T> Supplier<T> carry(Supplier<T> task) {
        return BLOCK.carry(task);
    }

    /** The block size on this thread: {@link #withBlockSize}'s, else {@value #DEFAULT_BLOCK}. */
    static int blockSize() {
        Integer b = BLOCK.get();
        return b != null ? b : DEFAULT_BLOCK;
    }

    /** {@code random_bits(key, width, (n,))} for width 8, 16 or 32, as zero-extended ints. */
    static void ints(PRNGKey key, int width, int n, IntSink sink) {
        if (n == 0) {
            return;
        }
        if (key.mode() == ThreefryMode.PARTITIONABLE) {
            partitionableWords(key, width, n, sink);
        } else if (width == 32) {
            legacyWords(key, n, n, sink);
        } else {
            int per = 32 / width;
            int words = (n + per - 1) / per;
            legacyWords(key, words, n, pieces(width, n, sink));
        }
    }

    /** {@code random_bits(key, 64, (n,))} as (high word, low word) pairs. */
    static void longs(PRNGKey key, int n, PairSink sink) {
        if (n == 0) {
            return;
        }
        if (key.mode() == ThreefryMode.PARTITIONABLE) {
            partitionable(key, n, sink);
            return;
        }
        Kernels kernels = KernelSelection.current();
        int block = blockSize();
        Parallelism.forEachSlice(n, n, 64, (from, to) -> {
            int[] x0 = new int[block];
            int[] x1 = new int[block];
            for (long s = from; s < to; s += block) {
                int len = (int) Math.min(block, to - s);
                for (int j = 0; j < len; j++) {
                    x0[j] = (int) (s + j);
                    x1[j] = (int) (n + s + j);
                }
                kernels.threefry(key.k0(), key.k1(), x0, x1, len);
                sink.accept(x0, x1, (int) s, len);
            }
        });
    }

    /** Partitionable {@code y0 ^ y1} of the counters {@code (0, i)}, {@code i < n}, cut to their low {@code width} bits. */
    private static void partitionableWords(PRNGKey key, int width, int n, IntSink sink) {
        Kernels kernels = KernelSelection.current();
        int block = blockSize();
        int mask = width == 32 ? -1 : (1 << width) - 1;
        Parallelism.forEachSlice(n, n, 64, (from, to) -> {
            int[] y = new int[block];
            int[] work = new int[block];
            for (long s = from; s < to; s += block) {
                int len = (int) Math.min(block, to - s);
                kernels.partitionableBits(key.k0(), key.k1(), (int) s, y, work, len);
                if (mask != -1) {
                    for (int j = 0; j < len; j++) {
                        y[j] &= mask;
                    }
                }
                sink.accept(y, (int) s, len);
            }
        });
    }

    /**
     * Hashes counters {@code (hi32(i), lo32(i))} for {@code i < n} and hands over {@code (y0, y1)}; as {@code n} is an
     * int, {@code hi32(i)} is always 0.
     */
    private static void partitionable(PRNGKey key, int n, PairSink sink) {
        Kernels kernels = KernelSelection.current();
        int block = blockSize();
        Parallelism.forEachSlice(n, n, 64, (from, to) -> {
            int[] x0 = new int[block];
            int[] x1 = new int[block];
            for (long s = from; s < to; s += block) {
                int len = (int) Math.min(block, to - s);
                int start = (int) s;
                for (int j = 0; j < len; j++) {
                    x0[j] = 0;
                    x1[j] = start + j;
                }
                kernels.threefry(key.k0(), key.k1(), x0, x1, len);
                sink.accept(x0, x1, (int) s, len);
            }
        });
    }

    /** Legacy {@code threefry_2x32(key, iota(words))}: word {@code j} to the sink at position {@code j}. */
    private static void legacyWords(PRNGKey key, int words, long elements, IntSink sink) {
        Kernels kernels = KernelSelection.current();
        int block = blockSize();
        int half = (words + 1) / 2;
        Parallelism.forEachSlice(half, elements, 64, (from, to) -> {
            int[] x0 = new int[block];
            int[] x1 = new int[block];
            for (long s = from; s < to; s += block) {
                int len = (int) Math.min(block, to - s);
                for (int j = 0; j < len; j++) {
                    int p = (int) s + j;
                    x0[j] = p;
                    x1[j] = half + p < words ? half + p : 0;
                }
                kernels.threefry(key.k0(), key.k1(), x0, x1, len);
                sink.accept(x0, (int) s, len);
                int second = Math.min(len, words - half - (int) s);
                if (second > 0) {
                    sink.accept(x1, half + (int) s, second);
                }
            }
        });
    }

    /** Splits 32-bit words into their little-endian 8/16-bit pieces, dropping pieces past {@code n}. */
    private static IntSink pieces(int width, int n, IntSink sink) {
        int per = 32 / width;
        int mask = (1 << width) - 1;
        return (words, wordStart, len) -> {
            int[] vals = new int[len * per];
            int first = wordStart * per;
            int count = Math.min(len * per, n - first);
            for (int e = 0; e < count; e++) {
                vals[e] = (words[e / per] >>> (width * (e % per))) & mask;
            }
            sink.accept(vals, first, count);
        };
    }
}
