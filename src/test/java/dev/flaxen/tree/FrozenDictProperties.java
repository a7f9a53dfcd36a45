package dev.flaxen.tree;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class FrozenDictProperties {
    @Test
    void withLeavesTheSourceIntactAndSetsTheLeaf() {
        qt().withExamples(300).forAll(TreeGen.trees(), TreeGen.paths(TreeGen.KEYS, 4), integers().all()).check((t, p, v) -> {
            String before = TreeGen.render(t);
            try {
                FrozenDict<Integer> u = t.with(p, v);
                return u.get(p).equals(Option.some(v)) && TreeGen.render(t).equals(before);
            } catch (IllegalArgumentException e) {
                return TreeGen.render(t).equals(before);
            }
        });
    }

    @Test
    void withoutLeavesTheSourceIntactAndRemovesThePath() {
        qt().withExamples(300).forAll(TreeGen.treesWithAPath()).check(tp -> {
            FrozenDict<Integer> t = tp._1;
            Path p = tp._2;
            FrozenDict<Integer> copy = FrozenDict.of(t.toJavaMap());
            FrozenDict<Integer> u = t.without(p);
            return !u.contains(p) && u.contains(p.parent()) && t.equals(copy) && t.contains(p);
        });
    }

    @Test
    void withThenWithoutOfANewKeyGivesTheSameTreeBack() {
        qt().withExamples(300).forAll(TreeGen.trees(), integers().all()).check((t, v) -> {
            FrozenDict<Integer> u = t.with("fresh", v).without("fresh");
            return u.equals(t) && TreeGen.render(u).equals(TreeGen.render(t));
        });
    }

    @Test
    void replacingAKeyKeepsItsPlace() {
        qt().withExamples(300).forAll(TreeGen.nonEmptyTrees(), integers().all()).check((t, v) -> {
            String first = t.keys().head();
            return t.with(Path.of(first), v).keys().equals(t.keys())
                    && t.withSubtree(Path.of(first), FrozenDict.empty()).keys().equals(t.keys());
        });
    }

    @Test
    void equalityAndHashIgnoreInsertionOrder() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> {
            FrozenDict<Integer> r = TreeGen.reversed(t);
            return r.equals(t) && t.equals(r) && r.hashCode() == t.hashCode();
        });
    }

    @Test
    void changingOneLeafBreaksEquality() {
        qt().withExamples(300).forAll(TreeGen.treesWithAPath()).check(tp -> {
            FrozenDict<Integer> t = tp._1;
            Path p = tp._2;
            return t.get(p).forAll(v -> !t.with(p, v + 1).equals(t))
                    && !t.withSubtree(p, FrozenDict.<Integer>empty().with("x", 0)).equals(t)
                    && !t.withSubtree(p, FrozenDict.<Integer>empty().with("x", 0))
                            .equals(t.withSubtree(p, FrozenDict.<Integer>empty().with("x", 1)));
        });
    }

    @Test
    void javaMapRoundTripKeepsContentAndOrder() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> {
            FrozenDict<Integer> back = FrozenDict.of(t.toJavaMap());
            return back.equals(t) && back.toString().equals(t.toString())
                    && TreeGen.render(t.toJavaMap()).equals(TreeGen.render(t));
        });
    }

    @Test
    void unfreezeThenFreezeIsTheIdentity() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> {
            FrozenDict<Integer> back = t.unfreeze().freeze();
            return back.equals(t) && back.toString().equals(t.toString());
        });
    }

    @Test
    void copyReplacesWholeTopLevelNodes() {
        qt().withExamples(300).forAll(TreeGen.trees(), TreeGen.trees()).check((t, add) -> {
            FrozenDict<Integer> merged = t.copy(add);
            boolean added = add.keys().forAll(k -> merged.node(k).equals(add.node(k)));
            boolean kept = t.keys().filter(k -> !add.keys().contains(k)).forAll(k -> merged.node(k).equals(t.node(k)));
            boolean order = merged.keys().equals(t.keys().appendAll(add.keys().removeAll(t.keys())));
            return added && kept && order;
        });
    }

    @Test
    void popSplitsOffOneTopLevelNode() {
        qt().withExamples(300).forAll(TreeGen.nonEmptyTrees()).check(t -> {
            String key = t.keys().last();
            var r = t.pop(key);
            return t.node(key).contains(r._2) && r._1.keys().equals(t.keys().init())
                    && (r._2.isLeft() ? r._1.withSubtree(key, r._2.getLeft()) : r._1.with(key, r._2.get())).equals(t);
        });
    }
}
