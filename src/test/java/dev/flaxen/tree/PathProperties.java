package dev.flaxen.tree;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class PathProperties {
    @Test
    void parsingThePrintedPathGivesItBack() {
        qt().forAll(TreeGen.paths(TreeGen.KEYS, 4)).check(p -> Path.of(p.toString()).equals(p));
    }

    @Test
    void childThenParentIsTheIdentity() {
        qt().forAll(TreeGen.paths(TreeGen.KEYS, 4), org.quicktheories.generators.Generate.pick(TreeGen.KEYS))
                .check((p, name) -> p.child(name).parent().equals(p) && p.child(name).last().equals(name)
                        && p.child(name).startsWith(p));
    }

    @Test
    void orderIsTotalAndConsistentWithEquals() {
        qt().forAll(TreeGen.paths(TreeGen.SMALL_KEYS, 3), TreeGen.paths(TreeGen.SMALL_KEYS, 3))
                .check((p, q) -> Integer.signum(p.compareTo(q)) == -Integer.signum(q.compareTo(p))
                        && (p.compareTo(q) == 0) == p.equals(q));
    }

    @Test
    void aPrefixSortsFirst() {
        qt().forAll(TreeGen.paths(TreeGen.KEYS, 3), TreeGen.paths(TreeGen.KEYS, 3))
                .check((p, q) -> !q.startsWith(p) || p.compareTo(q) <= 0);
    }
}
