package dev.flaxen.tree;

import static org.quicktheories.QuickTheory.qt;

import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import io.vavr.collection.Vector;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TreesProperties {
    private static final Function<Integer, Integer> F = x -> 3 * x + 1;
    private static final Function<Integer, String> G = x -> "v" + x;

    @Test
    void mapPreservesStructureAndOrder() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> {
            FrozenDict<String> m = Trees.map(t, G);
            return Trees.structureEquals(t, m) && Trees.paths(m).equals(Trees.paths(t))
                    && Trees.flatten(m).keySet().toVector().equals(Trees.flatten(t).keySet().toVector())
                    && Trees.map(t, x -> x).toString().equals(t.toString());
        });
    }

    @Test
    void mapComposesAndMapsEachLeaf() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> Trees.map(Trees.map(t, F), G).equals(Trees.map(t, F.andThen(G)))
                && Trees.leaves(Trees.map(t, F)).equals(Trees.leaves(t).map(F))
                && Trees.mapWithPath(t, (p, x) -> t.get(p).get()).equals(t));
    }

    @Test
    void leavesComeInSortedPathOrder() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> {
            Vector<Path> paths = Trees.paths(t);
            return paths.equals(paths.sorted()) && paths.equals(Trees.flatten(t).keySet().toVector().sorted())
                    && Trees.leaves(t).equals(paths.map(p -> t.get(p).get()))
                    && Trees.leaves(TreeGen.reversed(t)).equals(Trees.leaves(t));
        });
    }

    @Test
    void unflattenAfterFlattenGivesTheTreeBackInOrder() {
        qt().withExamples(300).forAll(TreeGen.treesWithoutEmptySubtrees()).check(t ->
                Trees.unflatten(Trees.flatten(t)).toString().equals(t.toString())
                        && Trees.unflatten(Trees.flatten(t, "."), ".").toString().equals(t.toString()));
    }

    @Test
    void keepingEmptyNodesMakesTheRoundTripExactForEveryTree() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t ->
                Trees.unflattenKeepEmptyNodes(Trees.flattenKeepEmptyNodes(t)).toString().equals(t.toString())
                        && Trees.flatten(Trees.unflatten(Trees.flatten(t))).equals(Trees.flatten(t)));
    }

    @Test
    void flattenAfterUnflattenGivesTheFlatMapBack() {
        qt().withExamples(300).forAll(TreeGen.flatMaps()).check(flat -> {
            FrozenDict<Integer> t = Trees.unflatten(flat);
            return Trees.flatten(t).equals(flat) && Trees.flatten(t).size() == flat.size()
                    && Trees.flatten(Trees.unflatten(Trees.flatten(t))).keySet().toVector()
                            .equals(Trees.flatten(t).keySet().toVector());
        });
    }

    @Test
    void zipWithPairsLeavesAtTheSamePaths() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> {
            FrozenDict<Integer> r = TreeGen.reversed(t);
            FrozenDict<String> z = Trees.zipWith(t, Trees.map(r, G), (x, s) -> s + "/" + x);
            return z.toString().equals(Trees.map(t, x -> G.apply(x) + "/" + x).toString())
                    && Trees.zipWith(t, t, (x, y) -> x).equals(t);
        });
    }

    @Test
    void requireSameStructureAgreesWithStructureEqualsAndNamesANodeInBoth() {
        qt().withExamples(300).forAll(TreeGen.trees(), TreeGen.trees()).check((a, b) -> {
            try {
                Trees.requireSameStructure(a, b);
                return Trees.structureEquals(a, b) && Trees.structureEquals(b, a);
            } catch (StructureMismatchException e) {
                boolean inBoth = a.contains(e.path()) && b.contains(e.path());
                boolean differs = !a.node(e.path()).get().isRight() || !b.node(e.path()).get().isRight();
                return !Trees.structureEquals(a, b) && !Trees.structureEquals(b, a) && inBoth && differs
                        && !e.expected().equals(e.actual());
            }
        });
    }

    @Test
    void sizesSumOverLeaves() {
        qt().withExamples(300).forAll(TreeGen.trees()).check(t -> {
            FrozenDict<ShapeDtypeStruct> shapes = Trees.map(t, x -> new ShapeDtypeStruct(Shape.of(Math.abs(x) % 5, 3), DType.BF16));
            long count = Trees.leaves(t).map(x -> 3L * (Math.abs(x) % 5)).sum().longValue();
            return Trees.paramCount(shapes) == count && Trees.byteSize(shapes) == 2 * count;
        });
    }
}
