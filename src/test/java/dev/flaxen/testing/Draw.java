package dev.flaxen.testing;

import java.util.random.RandomGenerator;

/**
 * The kit's draws. Each consumes exactly one {@link RandomGenerator#nextLong()} and nothing else, so samples depend
 * only on the generator's longs (stable across JDK versions for {@link Gen#fromSeed}), and a draw of 0 gives the
 * smallest value, which lets QuickTheories shrink towards small shapes and short trees.
 */
final class Draw {
    private Draw() {
    }

    /** An int in {@code [lo, hi]} (at most 2^32 values): the high 32 bits of the long, scaled. */
    static int between(RandomGenerator r, int lo, int hi) {
        long range = (long) hi - lo + 1;
        return (int) (lo + (((r.nextLong() >>> 32) * range) >>> 32));
    }

    /** True with probability {@code 1/n}. */
    static boolean oneIn(RandomGenerator r, int n) {
        return between(r, 0, n - 1) == n - 1;
    }

    /** A double in {@code [0, 1)} with 53 random bits. */
    static double unit(RandomGenerator r) {
        return (r.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** One of the values. */
    @SafeVarargs
    static <T> T pick(RandomGenerator r, T... values) {
        return values[between(r, 0, values.length - 1)];
    }
}
