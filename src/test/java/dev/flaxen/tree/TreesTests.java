package dev.flaxen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Examples; reference values from src/test/resources/dev/flaxen/tree/flax_reference.py (jax 0.10.2,
 * flax 0.12.8), output in flax_reference.out, each citing its line there.
 */
class TreesTests {
    /** t in flax_reference.py: insertion order differs from sorted order at every level. */
    static FrozenDict<Integer> t() {
        return FrozenDict.<Integer>empty()
                .with("params/layers_2/kernel", 3).with("params/layers_2/bias", 4)
                .with("params/layers_0/kernel", 1).with("params/layers_0/bias", 2)
                .with("batch_stats/mean", 5).with("batch_stats/var", 6);
    }

    private static Vector<Path> paths(String... paths) {
        return Vector.of(paths).map(Path::of);
    }

    @Test
    void leavesAndPathsFollowJaxSortedOrder() {
        // leaves: jax.tree_util.tree_leaves(freeze(t)) -> [5, 6, 2, 1, 4, 3]
        assertEquals(Vector.of(5, 6, 2, 1, 4, 3), Trees.leaves(t()));
        // paths: keystr(p, simple=True, separator="/") for p in tree_leaves_with_path(freeze(t))
        Vector<Path> expected = paths("batch_stats/mean", "batch_stats/var", "params/layers_0/bias",
                "params/layers_0/kernel", "params/layers_2/bias", "params/layers_2/kernel");
        assertEquals(expected, Trees.paths(t()));
        assertEquals(expected.zip(Vector.of(5, 6, 2, 1, 4, 3)), Trees.leavesWithPaths(t()));
    }

    @Test
    void leavesSortKeysByCodePoint() {
        // leaves_codepoint: tree_leaves(freeze({"\uffff": 1, "\U00010000": 2, "z": 3, "Z": 4})) -> [4, 3, 1, 2]
        FrozenDict<Integer> t = FrozenDict.<Integer>empty().with("\uffff", 1).with("\ud800\udc00", 2).with("z", 3).with("Z", 4);
        assertEquals(Vector.of(4, 3, 1, 2), Trees.leaves(t));
    }

    @Test
    void flattenKeepsInsertionOrderAsFlaxFlattenDict() {
        // flatten: traverse_util.flatten_dict(freeze(t)) keys in this order
        Vector<Path> expected = paths("params/layers_2/kernel", "params/layers_2/bias", "params/layers_0/kernel",
                "params/layers_0/bias", "batch_stats/mean", "batch_stats/var");
        assertEquals(expected, Trees.flatten(t()).keySet().toVector());
        assertEquals(Vector.of(3, 4, 1, 2, 5, 6), Trees.flatten(t()).values().toVector());
        // flatten_sep / flatten_dot: flatten_dict(freeze(t), sep="/") and sep="."
        assertEquals(expected.map(Path::toString), Trees.flatten(t(), "/").keySet().toVector());
        assertEquals(Vector.of("params.layers_2.kernel", "params.layers_2.bias", "params.layers_0.kernel",
                "params.layers_0.bias", "batch_stats.mean", "batch_stats.var"), Trees.flatten(t(), ".").keySet().toVector());
    }

    @Test
    void flattenDropsEmptySubtreesUnlessAskedToKeepThem() {
        // flatten_empty: flatten_dict(freeze({"a": {}, "b": {"c": 1, "d": {}}})) -> {('b', 'c'): 1}
        FrozenDict<Integer> te = FrozenDict.<Integer>empty().withSubtree("a", FrozenDict.empty())
                .with("b/c", 1).withSubtree("b/d", FrozenDict.empty());
        assertEquals(LinkedHashMap.of(Path.of("b/c"), 1), Trees.flatten(te));
        // flatten_keep: flatten_dict(..., keep_empty_nodes=True) -> {('a',): empty_node, ('b', 'c'): 1, ('b', 'd'): empty_node}
        LinkedHashMap<Path, Option<Integer>> kept = Trees.flattenKeepEmptyNodes(te);
        assertEquals(paths("a", "b/c", "b/d"), kept.keySet().toVector());
        assertEquals(Vector.of(Option.none(), Option.some(1), Option.none()), kept.values().toVector());
        assertEquals(te, Trees.unflattenKeepEmptyNodes(kept));
        // flatten_keep_root: flatten_dict(freeze({}), keep_empty_nodes=True) -> {}
        assertTrue(Trees.flattenKeepEmptyNodes(FrozenDict.empty()).isEmpty());
    }

    @Test
    void unflattenBuildsLevelsInFirstSeenOrder() {
        // unflatten: unflatten_dict({"b/y": 1, "a": 2, "b/x": 3}, sep="/") -> {'b': {'y': 1, 'x': 3}, 'a': 2}
        FrozenDict<Integer> u = Trees.unflatten(LinkedHashMap.of("b/y", 1, "a", 2, "b/x", 3), "/");
        assertEquals("{b: {y: 1, x: 3}, a: 2}", TreeGen.render(u));
        assertEquals(t().toString(), Trees.unflatten(Trees.flatten(t())).toString());
        assertEquals(t().toString(), Trees.unflatten(Trees.flatten(t(), "."), ".").toString());
    }

    @Test
    void mapKeepsInsertionOrderAndCallsInJaxOrder() {
        List<Integer> calls = new ArrayList<>();
        FrozenDict<Integer> m = Trees.map(t(), x -> {
            calls.add(x);
            return x * 10;
        });
        // tree_map: tree_map(lambda x: x * 10, freeze(t)) holds these leaves; JAX prints its keys sorted,
        // Flaxen keeps t's insertion order.
        assertEquals(Vector.of(50, 60, 20, 10, 40, 30), Trees.leaves(m));
        assertEquals("{params: {layers_2: {kernel: 30, bias: 40}, layers_0: {kernel: 10, bias: 20}}, "
                + "batch_stats: {mean: 50, var: 60}}", TreeGen.render(m));
        assertEquals(List.of(5, 6, 2, 1, 4, 3), calls);
    }

    @Test
    void mapWithPathSeesEachLeafsPath() {
        FrozenDict<String> named = Trees.mapWithPath(t(), (path, x) -> path + "=" + x);
        assertEquals(Option.some("params/layers_0/bias=2"), named.get("params/layers_0/bias"));
        assertEquals(Trees.paths(t()).map(Path::toString), Trees.leaves(named).map(s -> s.substring(0, s.indexOf('='))));
    }

    @Test
    void zipWithCombinesLeafPairs() {
        FrozenDict<Integer> sum = Trees.zipWith(t(), Trees.map(t(), x -> 100 * x), Integer::sum);
        assertEquals(Vector.of(505, 606, 202, 101, 404, 303), Trees.leaves(sum));
        assertEquals(t().keys(), sum.keys());
        FrozenDict<Integer> reordered = TreeGen.reversed(t());
        assertEquals(Trees.leaves(sum), Trees.leaves(Trees.zipWith(reordered, Trees.map(t(), x -> 100 * x), Integer::sum)));
    }

    @Test
    void zipWithNamesTheFirstDifferingPath() {
        FrozenDict<Integer> grads = t().without("params/layers_0/bias");
        StructureMismatchException e = assertThrows(StructureMismatchException.class,
                () -> Trees.zipWith(t(), grads, Integer::sum));
        assertEquals("Trees.zipWith: structures differ at params/layers_0: expected keys [bias, kernel], got [kernel]",
                e.getMessage());
        assertEquals(Path.of("params/layers_0"), e.path());
        assertEquals("keys [bias, kernel]", e.expected());
        assertEquals("keys [kernel]", e.actual());
    }

    @Test
    void firstMeansFirstInSortedOrderAndLeafVersusSubtreeIsNamed() {
        FrozenDict<Integer> a = FrozenDict.<Integer>empty().with("b/y", 1).with("a/x", 1);
        FrozenDict<Integer> b = FrozenDict.<Integer>empty().with("b/y", 1).with("b/z", 1).with("a/x/deep", 1);
        assertEquals("Trees.requireSameStructure: structures differ at a/x: expected a leaf, got keys [deep]",
                assertThrows(StructureMismatchException.class, () -> Trees.requireSameStructure(a, b)).getMessage());
        assertEquals("Trees.requireSameStructure: structures differ at a/x: expected keys [deep], got a leaf",
                assertThrows(StructureMismatchException.class, () -> Trees.requireSameStructure(b, a)).getMessage());
        assertEquals("Trees.requireSameStructure: structures differ at the root: expected keys [params], "
                + "got [batch_stats, params]", assertThrows(StructureMismatchException.class,
                        () -> Trees.requireSameStructure(t().pop("batch_stats")._1, t())).getMessage());
    }

    @Test
    void structureEqualsIgnoresLeavesAndOrderButNotEmptySubtrees() {
        assertTrue(Trees.structureEquals(t(), Trees.map(t(), x -> "leaf" + x)));
        assertTrue(Trees.structureEquals(t(), TreeGen.reversed(t())));
        assertFalse(Trees.structureEquals(FrozenDict.<Integer>empty().withSubtree("a", FrozenDict.empty()), FrozenDict.empty()));
        assertFalse(Trees.structureEquals(t(), t().with("params/layers_0", 0)));
    }

    @Test
    void paramCountAndByteSizeMatchFlaxForADense() {
        // dense_count 40, dense_bytes 160: nn.Dense(8).init(jax.random.key(0), jnp.ones((1, 4))),
        // summing x.size and x.nbytes over tree_leaves; dense_shapes: kernel (4, 8), bias (8,)
        FrozenDict<Array> params = FrozenDict.<Array>empty()
                .with("params/kernel", Array.generateFloat(Shape.of(4, 8), out -> { }))
                .with("params/bias", Array.generateFloat(Shape.of(8), out -> { }));
        assertEquals(40, Trees.paramCount(params));
        assertEquals(160, Trees.byteSize(params));
        FrozenDict<ShapeDtypeStruct> shapes = Trees.map(params, ShapeDtypeStruct::of);
        assertEquals(40, Trees.paramCount(shapes));
        assertEquals(160, Trees.byteSize(shapes));
        FrozenDict<ShapeDtypeStruct> mixed = shapes.with("batch_stats/mean", new ShapeDtypeStruct(Shape.of(8), DType.BF16));
        assertEquals(48, Trees.paramCount(mixed));
        assertEquals(176, Trees.byteSize(mixed));
        assertEquals(0, Trees.paramCount(FrozenDict.empty()));
    }

    @Test
    void sizesRejectLeavesThatAreNotArrays() {
        FrozenDict<Object> t = FrozenDict.<Object>empty().with("params/name", "dense");
        assertEquals("Trees.paramCount: expected an Array or ShapeDtypeStruct leaf, got java.lang.String at params/name. "
                + "Map the leaves to arrays or shapes first",
                assertThrows(IllegalArgumentException.class, () -> Trees.paramCount(t)).getMessage());
        assertEquals("Trees.byteSize: expected an Array or ShapeDtypeStruct leaf, got java.lang.String at params/name. "
                + "Map the leaves to arrays or shapes first",
                assertThrows(IllegalArgumentException.class, () -> Trees.byteSize(t)).getMessage());
    }

    @Test
    void badSeparatorsAndConflictingFlatMapsAreRejected() {
        FrozenDict<Integer> dotted = FrozenDict.<Integer>empty().with("params/layers.0", 1);
        assertEquals("Trees.flatten: expected keys without the separator \".\", got \"layers.0\" at params/layers.0. "
                + "Choose a separator no key contains",
                assertThrows(IllegalArgumentException.class, () -> Trees.flatten(dotted, ".")).getMessage());
        assertEquals("Trees.flatten: expected a non-empty separator, got \"\". Use \"/\" or \".\"",
                assertThrows(IllegalArgumentException.class, () -> Trees.flatten(dotted, "")).getMessage());
        assertEquals("Trees.unflatten: expected either a leaf or a subtree at a, got both. "
                + "The flat map holds a and paths below it", assertThrows(IllegalArgumentException.class,
                        () -> Trees.unflatten(LinkedHashMap.of("a", 1, "a/b", 2), "/")).getMessage());
        assertEquals("Trees.unflatten: expected either a leaf or a subtree at a, got both. "
                + "The flat map holds a and paths below it", assertThrows(IllegalArgumentException.class,
                        () -> Trees.unflatten(LinkedHashMap.of("a/b", 2, "a", 1), "/")).getMessage());
        assertEquals("Trees.unflatten: expected names separated by single \".\", got \"a..b\". "
                + "Remove the leading, trailing or doubled \".\"", assertThrows(IllegalArgumentException.class,
                        () -> Trees.unflatten(LinkedHashMap.of("a..b", 1), ".")).getMessage());
        assertEquals("Trees.unflatten: expected names without '/', got \"a/b.c\". "
                + "'/' separates path segments, so unflatten this map with sep \"/\"", assertThrows(
                        IllegalArgumentException.class, () -> Trees.unflatten(LinkedHashMap.of("a/b.c", 1), ".")).getMessage());
        assertEquals("Trees.unflatten: expected a path below the root, got the root path. "
                + "Every flat key names a leaf, such as \"params/kernel\"", assertThrows(IllegalArgumentException.class,
                        () -> Trees.unflatten(LinkedHashMap.of(Path.root(), 1))).getMessage());
    }

    @Test
    void mapRefusesNullResultsAndPrettyReprRefusesNegativeIndents() {
        assertEquals("Trees.map: expected a leaf, got null at batch_stats/mean. Trees hold no null leaves",
                assertThrows(NullPointerException.class, () -> Trees.map(t(), x -> null)).getMessage());
        assertEquals("Trees.prettyRepr: expected numSpaces >= 0, got -1. Flax's default is 4",
                assertThrows(IllegalArgumentException.class, () -> Trees.prettyRepr(t(), -1)).getMessage());
    }
}
