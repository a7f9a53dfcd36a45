package dev.flaxen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * Examples; the Flax reference values come from src/test/resources/dev/flaxen/tree/flax_reference.py
 * (jax 0.10.2, flax 0.12.8), output in flax_reference.out, and each cites its line there.
 */
class FrozenDictTests {
    /** {"params": {"layers_0": {"kernel": 1, "bias": 2}, "layers_2": {"kernel": 3, "bias": 4}}}. */
    static FrozenDict<Integer> nested() {
        return FrozenDict.<Integer>empty()
                .with("params/layers_0/kernel", 1).with("params/layers_0/bias", 2)
                .with("params/layers_2/kernel", 3).with("params/layers_2/bias", 4);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private record MultilineLeaf() {
        @Override
        public String toString() {
            return "Leaf(\n  1,\n  2)";
        }
    }

    @Test
    void prettyReprMatchesFlaxForNestedTrees() {
        // repr_nested: pretty_repr(freeze({"params": {"layers_0": {"kernel": 1, "bias": 2},
        //                                              "layers_2": {"kernel": 3, "bias": 4}}}))
        assertEquals("FrozenDict({\n    params: {\n        layers_0: {\n            kernel: 1,\n            bias: 2,\n"
                + "        },\n        layers_2: {\n            kernel: 3,\n            bias: 4,\n        },\n    },\n})",
                nested().toString());
        // repr_spaces2: freeze(nested).pretty_repr(num_spaces=2)
        assertEquals("FrozenDict({\n  params: {\n    layers_0: {\n      kernel: 1,\n      bias: 2,\n    },\n"
                + "    layers_2: {\n      kernel: 3,\n      bias: 4,\n    },\n  },\n})", Trees.prettyRepr(nested(), 2));
        assertEquals(nested().toString(), Trees.prettyRepr(nested()));
    }

    @Test
    void prettyReprMatchesFlaxForEmptyAndFlatTrees() {
        // repr_empty: pretty_repr(freeze({}))
        assertEquals("FrozenDict({})", FrozenDict.empty().toString());
        // repr_empty_sub: pretty_repr(freeze({"params": {}, "batch_stats": {"mean": 0}}))
        assertEquals("FrozenDict({\n    params: {},\n    batch_stats: {\n        mean: 0,\n    },\n})",
                FrozenDict.of(map("params", map(), "batch_stats", map("mean", 0))).toString());
        // repr_flat: pretty_repr(freeze({"b": 1.5, "a": -2}))
        assertEquals("FrozenDict({\n    b: 1.5,\n    a: -2,\n})", FrozenDict.of(map("b", 1.5, "a", -2)).toString());
    }

    @Test
    void prettyReprIndentsEveryLineOfAMultilineLeaf() {
        // repr_multiline: pretty_repr(freeze({"params": {"w": Multi()}})), Multi's repr being "Leaf(\n  1,\n  2)"
        assertEquals("FrozenDict({\n    params: {\n        w: Leaf(\n          1,\n          2),\n    },\n})",
                FrozenDict.<MultilineLeaf>empty().with("params/w", new MultilineLeaf()).toString());
    }

    @Test
    void ofFreezesNestedMapsInTheirOrder() {
        FrozenDict<Integer> t = FrozenDict.of(map("params", map("layers_0", map("kernel", 1, "bias", 2),
                "layers_2", io.vavr.collection.LinkedHashMap.of("kernel", 3, "bias", 4))));
        assertEquals(nested(), t);
        assertEquals(nested().toString(), t.toString());
        assertEquals(Vector.of("kernel", "bias"), t.subtree("params/layers_2").get().keys());
        assertEquals(t, FrozenDict.of(io.vavr.collection.LinkedHashMap.of("params", t.subtree("params").get())));
    }

    @Test
    void ofCopiesItsInput() {
        Map<String, Object> inner = map("kernel", 1);
        Map<String, Object> outer = map("params", inner);
        FrozenDict<Integer> t = FrozenDict.of(outer);
        inner.put("bias", 2);
        outer.put("extra", 3);
        assertEquals("{params: {kernel: 1}}", TreeGen.render(t));
    }

    @Test
    void getSubtreeNodeAndContainsFollowPaths() {
        FrozenDict<Integer> t = nested();
        assertEquals(Option.some(2), t.get("params/layers_0/bias"));
        assertEquals(Option.some(3), t.get(Path.of("params", "layers_2", "kernel")));
        assertEquals(Option.none(), t.get("params/layers_0"));
        assertEquals(Option.none(), t.get("params/layers_0/bias/deeper"));
        assertEquals(Option.none(), t.get("nothing"));
        assertEquals(Vector.of("kernel", "bias"), t.subtree("params/layers_0").get().keys());
        assertEquals(Option.none(), t.subtree("params/layers_0/bias"));
        assertSame(t, t.subtree(Path.root()).get());
        assertEquals(Option.some(Either.right(1)), t.node("params/layers_0/kernel"));
        assertTrue(t.node("params").get().isLeft());
        assertTrue(t.contains("params/layers_2") && t.contains(Path.root()));
        assertFalse(t.contains("params/layers_1"));
    }

    @Test
    void keysSizeAndItemsDescribeOneLevel() {
        FrozenDict<Integer> t = nested();
        assertEquals(Vector.of("params"), t.keys());
        assertEquals(1, t.size());
        assertEquals(2, t.subtree("params").get().size());
        assertEquals(Vector.of("layers_0", "layers_2"), t.subtree("params").get().items().keySet().toVector());
        assertTrue(FrozenDict.empty().isEmpty());
        assertFalse(t.isEmpty());
    }

    @Test
    void withAddsLeavesAndLeavesTheSourceIntact() {
        FrozenDict<Integer> t = nested();
        String before = t.toString();
        FrozenDict<Integer> u = t.with("params/layers_0/bias", 7).with("batch_stats/mean", 0);
        assertEquals(before, t.toString());
        assertEquals(Option.some(7), u.get("params/layers_0/bias"));
        assertEquals(Vector.of("kernel", "bias"), u.subtree("params/layers_0").get().keys());
        assertEquals(Vector.of("params", "batch_stats"), u.keys());
    }

    @Test
    void withReplacesASubtreeByALeafAndWithSubtreeTheReverse() {
        FrozenDict<Integer> t = nested().with("params/layers_0", 5);
        assertEquals(Option.some(5), t.get("params/layers_0"));
        assertEquals(Vector.of("layers_0", "layers_2"), t.subtree("params").get().keys());
        FrozenDict<Integer> u = t.withSubtree("params/layers_0", FrozenDict.<Integer>empty().with("w", 1));
        assertEquals(Option.some(1), u.get("params/layers_0/w"));
        assertSame(t, nested().withSubtree(Path.root(), t));
    }

    @Test
    void withoutRemovesANodeAndKeepsEmptiedParents() {
        FrozenDict<Integer> t = nested();
        FrozenDict<Integer> u = t.without("params/layers_0/kernel").without("params/layers_0/bias");
        assertEquals("{params: {layers_0: {}, layers_2: {kernel: 3, bias: 4}}}", TreeGen.render(u));
        assertEquals(nested(), t);
        assertEquals("{params: {layers_0: {kernel: 1, bias: 2}}}", TreeGen.render(t.without("params/layers_2")));
    }

    @Test
    void copyIsAShallowTopLevelMergeAsInFlax() {
        // copy: freeze({"params": {"w": 1}, "batch_stats": {"m": 0}}).copy({"params": {"v": 2}, "cache": {}})
        FrozenDict<Integer> v = FrozenDict.of(map("params", map("w", 1), "batch_stats", map("m", 0)));
        assertEquals("FrozenDict({\n    params: {\n        v: 2,\n    },\n    batch_stats: {\n        m: 0,\n    },\n"
                + "    cache: {},\n})", v.copy(map("params", map("v", 2), "cache", map())).toString());
        assertEquals(v.copy(map("params", map("v", 2), "cache", map())),
                v.copy(FrozenDict.of(map("params", map("v", 2), "cache", map()))));
        assertEquals("{params: {w: 1}, batch_stats: {m: 0}}", TreeGen.render(v));
    }

    @Test
    void popReturnsTheRestAndTheRemovedNode() {
        // pop: freeze({"params": {"w": 1}, "batch_stats": {"m": 0}}).pop("params")
        FrozenDict<Integer> v = FrozenDict.of(map("params", map("w", 1), "batch_stats", map("m", 0)));
        Tuple2<FrozenDict<Integer>, Either<FrozenDict<Integer>, Integer>> r = v.pop("params");
        assertEquals("FrozenDict({\n    batch_stats: {\n        m: 0,\n    },\n})", r._1.toString());
        assertEquals("FrozenDict({\n    w: 1,\n})", r._2.getLeft().toString());
        assertEquals(Either.right(1), r._2.getLeft().pop("w")._2);
        assertEquals(2, v.size());
    }

    @Test
    void unfreezeGivesABuilderThatNeverChangesTheSource() {
        FrozenDict<Integer> t = nested();
        MutableDict<Integer> m = t.unfreeze();
        m.put("params/layers_0/kernel", 9).remove("params/layers_2");
        assertEquals(nested(), t);
        assertEquals("{params: {layers_0: {kernel: 9, bias: 2}}}", TreeGen.render(m.freeze()));
        assertEquals(t, t.unfreeze().freeze());
    }

    @Test
    void toJavaMapIsANestedUnmodifiableCopyInOrder() {
        Map<String, Object> m = nested().toJavaMap();
        assertEquals("{params: {layers_0: {kernel: 1, bias: 2}, layers_2: {kernel: 3, bias: 4}}}", TreeGen.render(m));
        assertThrows(UnsupportedOperationException.class, () -> m.put("x", 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) m.get("params");
        assertThrows(UnsupportedOperationException.class, () -> params.remove("layers_0"));
        assertEquals(nested(), FrozenDict.of(m));
    }

    @Test
    void equalityIgnoresOrderButNotStructure() {
        // eq_order: freeze({"a": 1, "b": 2}) == freeze({"b": 2, "a": 1})  -> True
        assertEquals(FrozenDict.of(map("a", 1, "b", 2)), FrozenDict.of(map("b", 2, "a", 1)));
        assertEquals(FrozenDict.of(map("a", 1, "b", 2)).hashCode(), FrozenDict.of(map("b", 2, "a", 1)).hashCode());
        // eq_empty_sub: freeze({"a": {}}) == freeze({})  -> False
        assertNotEquals(FrozenDict.of(map("a", map())), FrozenDict.empty());
        // eq_leaf_vs_sub: freeze({"a": {"b": 1}}) == freeze({"a": 1})  -> False
        assertNotEquals(FrozenDict.of(map("a", map("b", 1))), FrozenDict.of(map("a", 1)));
        assertNotEquals(FrozenDict.of(map("a", 1)), FrozenDict.of(map("a", 2)));
    }

    @Test
    void arrayLeavesCompareBitwise() {
        Array zero = Array.generateFloat(Shape.of(2), out -> out[1] = 0f);
        Array sameZero = Array.generateFloat(Shape.of(2), out -> out[1] = 0f);
        Array negativeZero = Array.generateFloat(Shape.of(2), out -> out[1] = -0f);
        FrozenDict<Array> t = FrozenDict.<Array>empty().with("params/kernel", zero);
        assertEquals(t, FrozenDict.<Array>empty().with("params/kernel", sameZero));
        assertNotEquals(t, FrozenDict.<Array>empty().with("params/kernel", negativeZero));
    }

    @Test
    void missingPathsAreNamedWithTheKeysPresent() {
        // pop_missing: freeze({...}).pop("cache") raises KeyError 'cache'; Flaxen throws NoSuchElementException.
        FrozenDict<Integer> v = FrozenDict.of(map("params", map("w", 1), "batch_stats", map("m", 0)));
        assertEquals("FrozenDict.pop: expected one of the keys [params, batch_stats], got \"cache\". "
                + "Use contains() to test for it first",
                assertThrows(NoSuchElementException.class, () -> v.pop("cache")).getMessage());
        assertEquals("FrozenDict.without: expected one of the keys [kernel, bias], got \"scale\" at params/layers_0. "
                + "Use contains() to test for it first",
                assertThrows(NoSuchElementException.class, () -> nested().without("params/layers_0/scale")).getMessage());
        assertEquals("FrozenDict.without: expected one of the keys [layers_0, layers_2], got \"layers_1\" at params. "
                + "Use contains() to test for it first",
                assertThrows(NoSuchElementException.class, () -> nested().without("params/layers_1/kernel")).getMessage());
    }

    @Test
    void pathsThroughLeavesAndAtTheRootAreRejected() {
        assertEquals("FrozenDict.with: expected a subtree at params/layers_0/kernel, got a leaf. "
                + "The path params/layers_0/kernel/x runs through that leaf",
                assertThrows(IllegalArgumentException.class, () -> nested().with("params/layers_0/kernel/x", 1)).getMessage());
        assertEquals("FrozenDict.without: expected a subtree at params/layers_0/kernel, got a leaf. "
                + "The path params/layers_0/kernel/x runs through that leaf",
                assertThrows(IllegalArgumentException.class, () -> nested().without("params/layers_0/kernel/x")).getMessage());
        assertEquals("FrozenDict.with: expected a path below the root, got the root path. "
                + "A leaf needs a name, such as \"params/kernel\"",
                assertThrows(IllegalArgumentException.class, () -> nested().with(Path.root(), 1)).getMessage());
        assertEquals("FrozenDict.without: expected a path below the root, got the root path. The root cannot be removed",
                assertThrows(IllegalArgumentException.class, () -> nested().without("")).getMessage());
        assertEquals("FrozenDict.pop: expected a name without '/', got \"params/layers_0\". "
                + "'/' separates path segments; use Path.of(\"params/layers_0\") to split it",
                assertThrows(IllegalArgumentException.class, () -> nested().pop("params/layers_0")).getMessage());
    }

    @Test
    void nullLeavesAndBadKeysAreRejected() {
        assertEquals("FrozenDict.with: expected a leaf, got null at params/kernel. Trees hold no null leaves",
                assertThrows(NullPointerException.class, () -> nested().with("params/kernel", null)).getMessage());
        assertEquals("FrozenDict.of: expected a leaf or a nested map, got null at params/kernel. Trees hold no null leaves",
                assertThrows(NullPointerException.class,
                        () -> FrozenDict.of(map("params", map("kernel", null)))).getMessage());
        assertEquals("FrozenDict.of: expected a key without '/', got \"a/b\" at params. "
                + "'/' separates path segments; nest the maps instead",
                assertThrows(IllegalArgumentException.class, () -> FrozenDict.of(map("params", map("a/b", 1)))).getMessage());
        assertEquals("FrozenDict.of: expected a non-empty key, got \"\". Every node needs a name",
                assertThrows(IllegalArgumentException.class, () -> FrozenDict.of(map("", 1))).getMessage());
        assertEquals("FrozenDict.of: expected String keys, got 0 (java.lang.Integer) at layers. "
                + "Flax state dicts use string keys such as \"0\"",
                assertThrows(IllegalArgumentException.class,
                        () -> FrozenDict.of(map("layers", Map.of(0, 1)))).getMessage());
        assertEquals("FrozenDict.of: expected a leaf or a nested map, got a MutableDict at params. Call freeze() on it first",
                assertThrows(IllegalArgumentException.class,
                        () -> FrozenDict.of(map("params", MutableDict.empty()))).getMessage());
    }

    @Test
    void ofWithALeafTypeChecksEveryLeaf() {
        assertEquals(nested(), FrozenDict.of(nested().toJavaMap(), Integer.class));
        assertEquals(nested(), FrozenDict.of(io.vavr.collection.HashMap.of("params", nested().subtree("params").get()),
                Integer.class));
        assertEquals("FrozenDict.of: expected a leaf of type java.lang.Integer, got java.lang.String at params/name. "
                + "Check the value stored there",
                assertThrows(IllegalArgumentException.class,
                        () -> FrozenDict.of(map("params", map("w", 1, "name", "x")), Integer.class)).getMessage());
        FrozenDict<Object> mixed = FrozenDict.<Object>empty().with("params/w", 1).with("params/name", "x");
        assertEquals("FrozenDict.of: expected a leaf of type java.lang.Integer, got java.lang.String at params/name. "
                + "Check the value stored there",
                assertThrows(IllegalArgumentException.class,
                        () -> FrozenDict.of(map("params", mixed.subtree("params").get()), Integer.class)).getMessage());
    }
}
