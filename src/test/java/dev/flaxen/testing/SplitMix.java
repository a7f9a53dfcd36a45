package dev.flaxen.testing;

import java.util.random.RandomGenerator;

/**
 * SplitMix64 (Steele, Lea and Flood 2014; the mixer is Stafford's variant 13): the generator behind
 * {@link Gen#fromSeed}. It is written out here, not taken from the JDK, so that a seed gives the same samples on
 * every Java version. Its outputs equal {@code new java.util.SplittableRandom(seed).nextLong()}'s today.
 */
final class SplitMix implements RandomGenerator {
    private static final long GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    SplitMix(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        long z = state += GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
