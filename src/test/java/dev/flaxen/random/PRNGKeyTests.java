package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/** Seeding, split and fold_in against JAX's own tests and JAX 0.10.2 (spec sections 9.2 to 9.5). */
class PRNGKeyTests {
    private static PRNGKey key(long k0, long k1, ThreefryMode mode) {
        return PRNGKey.fromWords((int) k0, (int) k1, mode);
    }

    @Test
    void seedsKeepTheirLow32BitsLikeJaxWithoutX64() {
        long[][] table = {
            {0, 0, 0}, {1, 0, 1}, {42, 0, 42}, {1L << 31, 0, 2147483648L}, {1L << 32, 0, 0}, {(1L << 32) + 1, 0, 1},
            {(1L << 40) + 5, 0, 5}, {Long.MAX_VALUE, 0, 4294967295L}, {-1, 0, 4294967295L}, {-2, 0, 4294967294L},
            {-(1L << 31), 0, 2147483648L}, {-(1L << 31) - 1, 0, 2147483647L}, {Long.MIN_VALUE, 0, 0},
        };
        for (long[] row : table) {
            assertEquals(key(row[1], row[2], ThreefryMode.PARTITIONABLE), PRNGKey.of(row[0]), "seed " + row[0]);
        }
    }

    @Test
    void x64SeedsGiveHighAndLowWordsLikeJaxWithX64() {
        long[][] table = {
            {0, 0, 0}, {42, 0, 42}, {1L << 31, 0, 2147483648L}, {1L << 32, 1, 0}, {(1L << 32) + 1, 1, 1},
            {(1L << 40) + 5, 256, 5}, {Long.MAX_VALUE, 2147483647L, 4294967295L}, {-1, 4294967295L, 4294967295L},
            {-2, 4294967295L, 4294967294L}, {-(1L << 31), 4294967295L, 2147483648L},
            {-(1L << 31) - 1, 4294967295L, 2147483647L}, {Long.MIN_VALUE, 2147483648L, 0},
        };
        for (long[] row : table) {
            assertEquals(key(row[1], row[2], ThreefryMode.LEGACY), PRNGKey.ofX64(row[0], ThreefryMode.LEGACY),
                    "seed " + row[0]);
        }
    }

    @Test
    void legacySplitOfSeedZeroMatchesCommonGotchasNotebook() {
        var ks = PRNGKey.of(0, ThreefryMode.LEGACY).split();
        assertEquals(key(4146024105L, 967050713L, ThreefryMode.LEGACY), ks._1);
        assertEquals(key(2718843009L, 1272950319L, ThreefryMode.LEGACY), ks._2);
    }

    @Test
    void legacySplitIntoFourMatchesJaxTestPrngValues() {
        Vector<PRNGKey> ks = PRNGKey.of(0, ThreefryMode.LEGACY).split(4);
        assertEquals(Vector.of(key(2285895361L, 1501764800L, ThreefryMode.LEGACY),
                key(1518642379L, 4090693311L, ThreefryMode.LEGACY), key(433833334L, 4221794875L, ThreefryMode.LEGACY),
                key(839183663L, 3740430601L, ThreefryMode.LEGACY)), ks);
    }

    @Test
    void legacyFoldInMatchesJaxTestPrngValues() {
        assertEquals(key(2285895361L, 433833334L, ThreefryMode.LEGACY), PRNGKey.of(0, ThreefryMode.LEGACY).foldIn(4));
    }

    @Test
    void partitionableSplitMatchesJaxJs() {
        Vector<PRNGKey> ks = PRNGKey.of(42).split(4);
        assertEquals(Vector.of(key(1832780943L, 270669613L, ThreefryMode.PARTITIONABLE),
                key(64467757L, 2916123636L, ThreefryMode.PARTITIONABLE),
                key(2465931498L, 255383827L, ThreefryMode.PARTITIONABLE),
                key(3134548294L, 894150801L, ThreefryMode.PARTITIONABLE)), ks);
    }

    @Test
    void foldInReadsDataAsUnsigned() {
        PRNGKey k = PRNGKey.of(0);
        assertEquals(key(743310391L, 3789761811L, ThreefryMode.PARTITIONABLE), k.foldIn(-1));
        assertEquals(k.foldIn(-1), k.foldIn(4294967295L));
    }

    @Test
    void foldInKeepsTheMode() {
        assertEquals(ThreefryMode.LEGACY, PRNGKey.of(3, ThreefryMode.LEGACY).foldIn(1).mode());
    }

    @Test
    void wordsAreAFreshCopy() {
        PRNGKey k = PRNGKey.of(7);
        int[] w = k.words();
        w[1] = 99;
        assertArrayEquals(new int[] {0, 7}, k.words());
    }

    @Test
    void toStringShowsUnsignedWordsAndMode() {
        assertEquals("PRNGKey([4294967295, 4294967295], legacy)", PRNGKey.ofX64(-1, ThreefryMode.LEGACY).toString());
        assertEquals("PRNGKey([0, 42], partitionable)", PRNGKey.of(42).toString());
    }

    @Test
    void withModeKeepsTheWords() {
        PRNGKey k = PRNGKey.of(5).withMode(ThreefryMode.LEGACY);
        assertEquals(PRNGKey.of(5, ThreefryMode.LEGACY), k);
    }

    @Test
    void splitIntoFewerThanOneKeyIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> PRNGKey.of(0).split(0));
        assertEquals("PRNGKey.split: expected n >= 1, got 0", e.getMessage());
    }

    @Test
    void foldInOfALongOutsideUint32IsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> PRNGKey.of(0).foldIn(1L << 32));
        assertEquals("PRNGKey.foldIn: expected data in [0, 4294967295], got 4294967296. Pass an int to fold in its "
                + "uint32 bits", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PRNGKey.of(0).foldIn(-1L));
    }

    @Test
    void aKeyWithoutModeIsRejected() {
        assertThrows(NullPointerException.class, () -> PRNGKey.fromWords(0, 0, null));
    }
}
