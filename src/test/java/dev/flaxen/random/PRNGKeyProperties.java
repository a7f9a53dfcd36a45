package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of keys: determinism, distinct children, and the split/foldIn symmetries of JAX's two modes. */
class PRNGKeyProperties {
    static Gen<ThreefryMode> modes() {
        return Generate.enumValues(ThreefryMode.class);
    }

    static Gen<PRNGKey> keys() {
        return integers().all().zip(integers().all(), modes(), (a, b, m) -> PRNGKey.fromWords(a, b, m));
    }

    @Test
    void splitIsDeterministic() {
        qt().forAll(keys(), integers().between(1, 64)).checkAssert((k, n) -> assertEquals(k.split(n), k.split(n)));
    }

    @Test
    void splitChildrenDifferFromEachOtherAndTheParent() {
        qt().forAll(keys(), integers().between(2, 64)).checkAssert((k, n) -> {
            Vector<PRNGKey> ks = k.split(n);
            assertEquals(n, ks.distinct().size());
            assertEquals(false, ks.contains(k));
            assertEquals(true, ks.forAll(c -> c.mode() == k.mode()));
        });
    }

    @Test
    void splitPairIsTheFirstTwoOfSplitIntoTwo() {
        qt().forAll(keys()).checkAssert(k -> {
            var pair = k.split();
            assertEquals(k.split(2), Vector.of(pair._1, pair._2));
        });
    }

    @Test
    void partitionableSplitEqualsFoldInOfTheIndex() {
        qt().forAll(keys(), integers().between(1, 200)).checkAssert((k, n) -> {
            PRNGKey p = k.withMode(ThreefryMode.PARTITIONABLE);
            Vector<PRNGKey> ks = p.split(n);
            for (int i = 0; i < n; i++) {
                assertEquals(p.foldIn(i), ks.get(i));
            }
        });
    }

    @Test
    void foldInIsTheSameInBothModes() {
        qt().forAll(keys(), integers().all()).checkAssert((k, d) -> assertEquals(
                k.withMode(ThreefryMode.LEGACY).foldIn(d).withMode(k.mode()),
                k.withMode(ThreefryMode.PARTITIONABLE).foldIn(d).withMode(k.mode())));
    }

    @Test
    void foldInWithDifferentDataGivesDifferentKeys() {
        qt().forAll(keys(), integers().all(), integers().all()).assuming((k, a, b) -> !a.equals(b))
                .checkAssert((k, a, b) -> assertNotEquals(k.foldIn(a), k.foldIn(b)));
    }

    @Test
    void splitSizesAgreeOnTheirCommonKeysInPartitionableMode() {
        qt().forAll(keys(), integers().between(1, 50), integers().between(1, 50)).checkAssert((k, a, b) -> {
            PRNGKey p = k.withMode(ThreefryMode.PARTITIONABLE);
            int m = Math.min(a, b);
            assertEquals(p.split(a).take(m), p.split(b).take(m));
        });
    }

    @Test
    void usingAKeyNeverChangesIt() {
        qt().forAll(keys()).checkAssert(k -> {
            PRNGKey copy = PRNGKey.fromWords(k.k0(), k.k1(), k.mode());
            k.split(3);
            k.foldIn(9);
            Random.normal(k, dev.flaxen.array.Shape.of(4));
            assertEquals(copy, k);
        });
    }
}
