package dev.flaxen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MutableDictTests {
    @Test
    void putCreatesMissingSubtreesAndChains() {
        MutableDict<Integer> m = MutableDict.empty();
        assertSame(m, m.put("params/Dense_0/kernel", 1).put(Path.of("params", "Dense_0", "bias"), 2));
        assertEquals("{params: {Dense_0: {kernel: 1, bias: 2}}}", TreeGen.render(m.freeze()));
        assertEquals(Option.some(2), m.get("params/Dense_0/bias"));
        assertEquals(Option.some(1), m.get(Path.of("params/Dense_0/kernel")));
        assertTrue(m.contains("params/Dense_0") && m.contains(Path.of("params")));
        assertFalse(m.contains("batch_stats"));
        assertEquals(Vector.of("params"), m.keys());
    }

    @Test
    void freezingTwiceGivesTwoIndependentTrees() {
        MutableDict<Integer> m = MutableDict.<Integer>empty().put("params/w", 1);
        FrozenDict<Integer> first = m.freeze();
        FrozenDict<Integer> second = m.put("params/w", 2).put("step", 0).freeze();
        m.remove("params");
        assertEquals("{params: {w: 1}}", TreeGen.render(first));
        assertEquals("{params: {w: 2}, step: 0}", TreeGen.render(second));
        assertEquals("{step: 0}", TreeGen.render(m.freeze()));
        assertNotSame(first, second);
    }

    @Test
    void putSubtreeAndRemoveEditInPlace() {
        MutableDict<Integer> m = FrozenDictTests.nested().unfreeze();
        m.putSubtree("batch_stats", FrozenDict.<Integer>empty().with("mean", 0))
                .putSubtree(Path.of("params", "layers_2"), FrozenDict.empty())
                .remove(Path.of("params", "layers_0", "bias"));
        assertEquals("{params: {layers_0: {kernel: 1}, layers_2: {}}, batch_stats: {mean: 0}}", TreeGen.render(m.freeze()));
        m.putSubtree(Path.root(), FrozenDict.<Integer>empty().with("x", 1));
        assertEquals("{x: 1}", TreeGen.render(m.freeze()));
    }

    @Test
    void printsLikeFlaxPrettyReprOfAPlainDict() {
        // repr_dict: pretty_repr({"params": {"kernel": 1, "bias": 2}}) in flax_reference.py
        MutableDict<Integer> m = MutableDict.<Integer>empty().put("params/kernel", 1).put("params/bias", 2);
        assertEquals("{\n    params: {\n        kernel: 1,\n        bias: 2,\n    },\n}", m.toString());
    }

    @Test
    void failedEditsLeaveTheBuilderUnchanged() {
        MutableDict<Integer> m = MutableDict.<Integer>empty().put("params/w", 1);
        assertEquals("MutableDict.put: expected a subtree at params/w, got a leaf. The path params/w/x runs through that leaf",
                assertThrows(IllegalArgumentException.class, () -> m.put("params/w/x", 2)).getMessage());
        assertEquals("MutableDict.remove: expected one of the keys [w], got \"v\" at params. Use contains() to test for it first",
                assertThrows(NoSuchElementException.class, () -> m.remove("params/v")).getMessage());
        assertEquals("MutableDict.put: expected a leaf, got null at params/v. Trees hold no null leaves",
                assertThrows(NullPointerException.class, () -> m.put("params/v", null)).getMessage());
        assertEquals("MutableDict.putSubtree: expected a subtree, got null",
                assertThrows(NullPointerException.class, () -> m.putSubtree("params", null)).getMessage());
        assertEquals("MutableDict.remove: expected a path below the root, got the root path. The root cannot be removed",
                assertThrows(IllegalArgumentException.class, () -> m.remove(Path.root())).getMessage());
        assertEquals("{params: {w: 1}}", TreeGen.render(m.freeze()));
    }
}
