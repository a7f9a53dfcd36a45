package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.init.MxnetInitializers;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import io.vavr.collection.Vector;
import org.junit.jupiter.api.Test;

/** {@link Reinit}: which leaves change, with which keys, and what stays shared. */
class ReinitTests {
    private static final Module NET = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1).withParamDtype(DType.BF16));
    private static final FrozenDict<Array> PARAMS = NET.init(PRNGKey.of(0), Array.ones(Shape.of(2, 4)));

    @Test
    void matchingLeavesGetTheirInitializerWithAPathKeyAndOthersAreShared() {
        PRNGKey key = PRNGKey.of(7);
        FrozenDict<Array> fresh = Reinit.of(".*kernel", Initializers.normal(0.01)).reinit(PARAMS, key);
        assertEquals(Initializers.normal(0.01).init(key.foldIn(RngKeys.pathData("params/layers_0/kernel")),
                Shape.of(4, 8), DType.F32), fresh.get("params/layers_0/kernel").get());
        assertEquals(Initializers.normal(0.01).init(key.foldIn(RngKeys.pathData("params/layers_2/kernel")),
                Shape.of(8, 1), DType.BF16), fresh.get("params/layers_2/kernel").get());
        assertSame(PARAMS.get("params/layers_0/bias").get(), fresh.get("params/layers_0/bias").get());
        assertEquals(PARAMS.keys(), fresh.keys());
    }

    @Test
    void theFirstMatchingRuleWinsAndPatternsMatchWholePaths() {
        Reinit rules = Reinit.of("params/layers_0/.*", Initializers.constant(1)).rule(".*", Initializers.constant(2));
        FrozenDict<Array> fresh = rules.reinit(PARAMS, PRNGKey.of(0));
        assertEquals(1f, fresh.get("params/layers_0/bias").get().getFloat(0));
        assertEquals(2f, fresh.get("params/layers_2/bias").get().getFloat(0));
        assertEquals(io.vavr.control.Option.none(), Reinit.of("kernel", Initializers.zeros())
                .select("params/layers_0/kernel"));
    }

    @Test
    void aLeafsNewValueDoesNotDependOnRuleOrderOrOtherLeaves() {
        PRNGKey key = PRNGKey.of(3);
        FrozenDict<Array> a = Reinit.of(".*kernel", Initializers.lecunNormal()).rule(".*bias", Initializers.zeros())
                .reinit(PARAMS, key);
        FrozenDict<Array> b = Reinit.of(".*bias", Initializers.zeros()).rule(".*kernel", Initializers.lecunNormal())
                .reinit(PARAMS, key);
        FrozenDict<Array> c = Reinit.of("params/layers_2/kernel", Initializers.lecunNormal()).reinit(PARAMS, key);
        assertEquals(a, b);
        assertEquals(a.get("params/layers_2/kernel"), c.get("params/layers_2/kernel"));
        assertNotEquals(PARAMS.get("params/layers_0/kernel"), a.get("params/layers_0/kernel"));
    }

    @Test
    void mxnetMixedRulesWork() {
        FrozenDict<Array> fresh = Reinit.reinit(PARAMS, PRNGKey.of(1), MxnetInitializers.mixed(
                Vector.of(".*bias$", ".*"), Vector.of(Initializers.ones(), Initializers.zeros())));
        assertEquals(Array.ones(Shape.of(8)), fresh.get("params/layers_0/bias").get());
        assertEquals(Array.zeros(Shape.of(4, 8)), fresh.get("params/layers_0/kernel").get());
    }

    @Test
    void anInitializerOfTheWrongShapeIsNamed() {
        assertEquals("Reinit.reinit: expected float32[8], got float32[3] at params/layers_0/bias. The initializer "
                + "must return the shape and dtype it is given", assertThrows(IllegalArgumentException.class,
                        () -> Reinit.of(".*layers_0/bias", (k, s, d) -> Array.zeros(Shape.of(3), d))
                                .reinit(PARAMS, PRNGKey.of(0))).getMessage());
        assertEquals("Reinit.rule: expected a regular expression, got '(': Unclosed group",
                assertThrows(IllegalArgumentException.class, () -> Reinit.of("(", Initializers.zeros())).getMessage());
    }
}
