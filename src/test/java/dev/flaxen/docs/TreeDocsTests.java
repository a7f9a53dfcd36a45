package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.MutableDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.StructureMismatchException;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of {@code dev.flaxen.tree} and the code in docs/trees.md, compiled and checked. */
class TreeDocsTests {
    /** The tree of FrozenDict's class example, which its method examples call {@code t}. */
    private static FrozenDict<Integer> t() {
        return FrozenDict.<Integer>empty()
                .with("params/layers_0/kernel", 1)
                .with("params/layers_0/bias", 2);
    }

    private static FrozenDict<Array> dense() {
        return FrozenDict.<Array>empty()
                .with("params/layers_0/kernel", Array.generateFloat(Shape.of(4, 8), out -> { }))
                .with("params/layers_0/bias", Array.generateFloat(Shape.of(8), out -> { }));
    }

    @Test
    void frozenDictClassExample() {
        FrozenDict<Integer> t = t();
        assertEquals(Option.some(2), t.get("params/layers_0/bias"));
        assertEquals(Vector.of("params"), t.keys());
        assertEquals("""
                FrozenDict({
                    params: {
                        layers_0: {
                            kernel: 1,
                            bias: 2,
                        },
                    },
                })""", t.toString());
    }

    @Test
    void frozenDictFactories() {
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("kernel", 1);
        params.put("bias", 2);
        FrozenDict<Integer> fromJava = FrozenDict.of(java.util.Map.of("params", params));
        assertEquals(Option.some(2), fromJava.get("params/bias"));
        FrozenDict<Integer> fromVavr = FrozenDict.of(io.vavr.collection.LinkedHashMap.of(
                "params", io.vavr.collection.LinkedHashMap.of("kernel", 1, "bias", 2)));
        assertEquals(Vector.of("kernel", "bias"), fromVavr.subtree("params").get().keys());
        assertEquals(Option.some(3), FrozenDict.of(java.util.Map.of("step", 3), Integer.class).get("step"));
        assertEquals(Option.some(3), FrozenDict.of(io.vavr.collection.HashMap.of("step", 3), Integer.class).get("step"));
        assertTrue(FrozenDict.<Array>empty().isEmpty());
    }

    @Test
    void frozenDictLookups() {
        FrozenDict<Integer> t = t();
        assertEquals(Option.some(1), t.get("params/layers_0/kernel"));
        assertEquals(Option.none(), t.get("params"));
        assertEquals(Option.some(2), t.get(Path.of("params", "layers_0", "bias")));
        assertEquals(Vector.of("kernel", "bias"), t.subtree("params/layers_0").get().keys());
        assertTrue(t.subtree(Path.of("params")).isDefined());
        assertTrue(t.node("params/layers_0/bias").get().isRight());
        assertTrue(t.node(Path.of("params")).get().isLeft());
        assertTrue(t.contains("params/layers_0"));
        assertFalse(t.contains("params/layers_9"));
        assertTrue(t.contains(Path.of("params", "layers_0", "kernel")));
        assertTrue(t.items().get("params").get().isLeft());
        assertEquals(1, t.size());
        assertTrue(FrozenDict.empty().isEmpty());
    }

    @Test
    void frozenDictEdits() {
        FrozenDict<Integer> t = t();
        assertEquals(Option.some(3), t.with("params/layers_1/kernel", 3).get("params/layers_1/kernel"));
        FrozenDict<Integer> u = t.with(Path.of("params", "layers_0", "bias"), 7);
        assertEquals(Option.some(7), u.get("params/layers_0/bias"));
        assertEquals(Option.some(2), t.get("params/layers_0/bias"));
        assertEquals(Option.some(0), t.withSubtree("batch_stats", FrozenDict.<Integer>empty().with("mean", 0))
                .get("batch_stats/mean"));
        assertEquals("""
                FrozenDict({
                    params: {
                        layers_0: {},
                    },
                })""", t.withSubtree(Path.of("params", "layers_0"), FrozenDict.empty()).toString());
        assertFalse(t.without("params/layers_0/bias").contains("params/layers_0/bias"));
        assertEquals(Option.none(), t.without(Path.of("params", "layers_0", "bias")).get("params/layers_0/bias"));
    }

    @Test
    void frozenDictCopyPopAndConversions() {
        FrozenDict<Integer> t = t();
        FrozenDict<Integer> vars = t.copy(FrozenDict.<Integer>empty().with("batch_stats/mean", 0));
        assertEquals(Vector.of("params", "batch_stats"), vars.keys());
        FrozenDict<Integer> u = t.copy(java.util.Map.of("params", java.util.Map.of("w", 5)));
        assertEquals(Option.some(5), u.get("params/w"));
        assertFalse(u.contains("params/layers_0"));
        Tuple2<FrozenDict<Integer>, Either<FrozenDict<Integer>, Integer>> r = vars.pop("params");
        assertEquals(Vector.of("batch_stats"), r._1.keys());
        assertEquals(Vector.of("layers_0"), r._2.getLeft().keys());
        assertEquals(Option.some(9), t.unfreeze().put("params/layers_0/bias", 9).freeze().get("params/layers_0/bias"));
        java.util.Map<String, Object> m = t.toJavaMap();
        assertTrue(((java.util.Map<?, ?>) m.get("params")).containsKey("layers_0"));
        assertEquals("FrozenDict({\n    params: {\n        kernel: 1,\n    },\n})",
                FrozenDict.<Integer>empty().with("params/kernel", 1).toString());
    }

    @Test
    void mutableDictExamples() {
        MutableDict<Integer> m = MutableDict.empty();
        m.put("params/Dense_0/kernel", 1).put("params/Dense_0/bias", 2);
        FrozenDict<Integer> first = m.freeze();
        m.remove("params/Dense_0/bias");
        assertTrue(first.contains("params/Dense_0/bias"));

        m.put("params/Dense_0/bias", 5);
        m.put(Path.of("params", "Dense_0", "bias"), 5);
        assertEquals(Option.some(1), m.get("params/Dense_0/kernel"));
        assertEquals(Option.some(1), m.get(Path.of("params", "Dense_0", "kernel")));
        assertTrue(m.contains("params/Dense_0"));
        assertTrue(m.contains(Path.of("params")));
        assertEquals(Vector.of("params"), m.keys());
        m.putSubtree("batch_stats", FrozenDict.empty());
        m.putSubtree(Path.of("batch_stats"), FrozenDict.empty());
        m.remove("params/Dense_0/bias");
        m.remove(Path.of("params", "Dense_0", "kernel"));
        FrozenDict<Integer> a = m.freeze();
        FrozenDict<Integer> b = m.put("step", 1).freeze();
        assertFalse(a.contains("step"));
        assertTrue(b.contains("step"));
        MutableDict<Array> empty = MutableDict.empty();
        assertTrue(empty.freeze().isEmpty());
    }

    @Test
    void pathExamples() {
        Path p = Path.of("params/layers_0/kernel");
        assertEquals(Vector.of("params", "layers_0", "kernel"), p.segments());
        assertEquals("params/layers_0", p.parent().toString());
        assertEquals("kernel", p.last());
        assertEquals("params/layers_0/bias", Path.of("params", "layers_0").child("bias").toString());
        assertEquals("params/kernel", new Path(Vector.of("params", "kernel")).toString());
        assertTrue(Path.root().isRoot());
        assertEquals("", Path.root().toString());
        assertEquals(3, Path.of("params/layers_0/kernel").segments().size());
        assertTrue(Path.of("").isRoot());
        assertEquals("params/kernel", Path.of("params", "kernel").toString());
        assertEquals("params/Dense_0", Path.of("params").child("Dense_0").toString());
        assertEquals("params", Path.of("params/kernel").parent().toString());
        assertEquals("kernel", Path.of("params/kernel").last());
        assertTrue(Path.of("params").parent().isRoot());
        assertTrue(Path.of("params/kernel").startsWith(Path.of("params")));
        assertFalse(Path.of("params2").startsWith(Path.of("params")));
        assertTrue(Path.of("a/b").compareTo(Path.of("a/c")) < 0);
    }

    @Test
    void treesClassExample() {
        FrozenDict<Integer> t = FrozenDict.<Integer>empty().with("params/kernel", 1).with("params/bias", 2);
        assertEquals(Vector.of(2, 1), Trees.leaves(t));
        assertEquals("LinkedHashSet(params/kernel, params/bias)", Trees.flatten(t, "/").keySet().toString());
        assertEquals("""
                FrozenDict({
                    params: {
                        kernel: 10,
                        bias: 20,
                    },
                })""", Trees.map(t, x -> x * 10).toString());
    }

    @Test
    void treesMapAndLeaves() {
        FrozenDict<Integer> t = FrozenDict.<Integer>empty().with("params/kernel", 1).with("params/bias", 2);
        FrozenDict<ShapeDtypeStruct> shapes = Trees.map(dense(), ShapeDtypeStruct::of);
        assertEquals("float32[4,8]", shapes.get("params/layers_0/kernel").get().toString());
        FrozenDict<Integer> t2 = Trees.mapWithPath(t, (path, x) -> path.last().equals("bias") ? 0 : x);
        assertEquals(Option.some(0), t2.get("params/bias"));
        assertEquals(Vector.of(4, 2), Trees.leaves(Trees.zipWith(t, t, Integer::sum)));
        assertEquals(Vector.of(2, 1), Trees.leaves(FrozenDict.<Integer>empty().with("b", 1).with("a", 2)));
        assertEquals(Path.of("params/bias"), Trees.leavesWithPaths(t).head()._1);
        assertEquals(Vector.of(Path.of("params/bias"), Path.of("params/kernel")), Trees.paths(t));
    }

    @Test
    void treesFlattenAndUnflatten() {
        FrozenDict<Integer> t = FrozenDict.<Integer>empty().with("params/kernel", 1).with("params/bias", 2);
        assertEquals("LinkedHashSet(params/kernel, params/bias)", Trees.flatten(t).keySet().toString());
        assertEquals("LinkedHashSet(params.kernel, params.bias)", Trees.flatten(t, ".").keySet().toString());
        assertEquals("LinkedHashMap((a, None))",
                Trees.flattenKeepEmptyNodes(FrozenDict.<Integer>empty().withSubtree("a", FrozenDict.empty())).toString());
        assertEquals(t, Trees.unflatten(Trees.flatten(t)));
        assertEquals(t, Trees.unflatten(io.vavr.collection.LinkedHashMap.of("params.kernel", 1, "params.bias", 2), "."));
        assertEquals("FrozenDict({\n    a: {},\n})", Trees.unflattenKeepEmptyNodes(
                io.vavr.collection.LinkedHashMap.of(Path.of("a"), Option.<Integer>none())).toString());
    }

    @Test
    void treesSizesStructureAndRepr() {
        FrozenDict<Array> params = dense();
        assertEquals(40, Trees.paramCount(params));
        assertEquals(160, Trees.byteSize(params));
        assertTrue(Trees.structureEquals(params, Trees.map(params, ShapeDtypeStruct::of)));
        FrozenDict<Array> grads = params.without("params/layers_0/bias");
        StructureMismatchException e = assertThrows(StructureMismatchException.class,
                () -> Trees.requireSameStructure(params, grads));
        assertEquals("Trees.requireSameStructure: structures differ at params/layers_0: expected keys [bias, kernel], "
                + "got [kernel]", e.getMessage());
        assertEquals(Path.of("params/layers_0"), e.path());
        assertEquals("keys [bias, kernel]", e.expected());
        assertEquals("keys [kernel]", e.actual());
        assertEquals("Trees.zipWith: structures differ at params: expected a leaf, got keys [w]",
                new StructureMismatchException("Trees.zipWith", Path.of("params"), "a leaf", "keys [w]").getMessage());
        assertEquals("FrozenDict({})", Trees.prettyRepr(FrozenDict.empty()));
        assertEquals("FrozenDict({\n  a: 1,\n})", Trees.prettyRepr(FrozenDict.<Integer>empty().with("a", 1), 2));
    }

    @Test
    void treesMdExamples() {
        FrozenDict<Integer> t = t();
        assertEquals(Vector.of("kernel", "bias"), t.subtree("params/layers_0").get().keys());
        assertEquals(Option.none(), t.get("params"));
        assertEquals(1, t.size());
        assertEquals("params/layers_0", Path.of("params/layers_0/kernel").parent().toString());
        assertEquals(Path.of("params/layers_0/kernel"), Path.of("params", "layers_0", "kernel"));
        assertEquals("Path.of: expected names separated by single '/', got \"a//b\". "
                + "Remove the leading, trailing or doubled '/'",
                assertThrows(IllegalArgumentException.class, () -> Path.of("a//b")).getMessage());

        FrozenDict<Integer> u = t.with("params/layers_0/bias", 7);
        assertEquals(Option.some(7), u.get("params/layers_0/bias"));
        assertEquals(Option.some(2), t.get("params/layers_0/bias"));
        FrozenDict<Integer> vars = t.copy(FrozenDict.<Integer>empty().with("batch_stats/mean", 0));
        var popped = vars.pop("params");
        assertEquals(Either.left(t.subtree("params").get()), popped._2);
        assertEquals(Vector.of("batch_stats"), popped._1.keys());
        assertEquals("FrozenDict.without: expected one of the keys [kernel, bias], got \"scale\" at params/layers_0. "
                + "Use contains() to test for it first", assertThrows(java.util.NoSuchElementException.class,
                        () -> t.without("params/layers_0/scale")).getMessage());

        MutableDict<Integer> m = t.unfreeze();
        m.put("params/layers_0/bias", 9).remove("params/layers_0/kernel");
        FrozenDict<Integer> first = m.freeze();
        FrozenDict<Integer> second = m.put("step", 1).freeze();
        assertFalse(first.contains("step"));
        assertTrue(second.contains("step"));
        assertEquals(t(), t);

        FrozenDict<Array> params = dense();
        assertEquals("LinkedHashSet(params.layers_0.kernel, params.layers_0.bias)",
                Trees.flatten(params, ".").keySet().toString());
        assertEquals("""
                FrozenDict({
                    params: {
                        layers_0: {},
                    },
                    batch_stats: {
                        mean: 0,
                    },
                })""", t.withSubtree("params/layers_0", FrozenDict.empty()).with("batch_stats/mean", 0).toString());
    }
}
