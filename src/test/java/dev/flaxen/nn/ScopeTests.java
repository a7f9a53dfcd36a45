package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, paths, counters and collections of {@link Scope}, as Flax's compact modules behave. */
class ScopeTests {
    private static final Array X = Array.ones(Shape.of(2, 4));

    private static Vector<String> paths(FrozenDict<Array> tree) {
        return Trees.flatten(tree).keySet().toVector().map(Path::toString);
    }

    @Test
    void autoNamesCountPerTypeNameWithinOneCall() {
        Module net = Module.named("Net", (scope, x) -> {
            Array h = scope.call(Dense.of(3), x);
            h = scope.call(LayerNorm.of(), h);
            return scope.call(Dense.of(2), h);
        });
        assertEquals(Vector.of("params/Dense_0/kernel", "params/Dense_0/bias", "params/LayerNorm_0/scale",
                "params/LayerNorm_0/bias", "params/Dense_1/kernel", "params/Dense_1/bias"),
                paths(net.init(PRNGKey.of(0), X)));
    }

    @Test
    void functionsTakeNoNameAndLambdasAreNamedModule() {
        Module inner = (scope, x) -> scope.call(Dense.of(2), x);
        Module net = Module.named("Net", (scope, x) -> scope.call(inner, scope.call(Fn.relu(), x)));
        assertEquals(Vector.of("params/Module_0/Dense_0/kernel", "params/Module_0/Dense_0/bias"),
                paths(net.init(PRNGKey.of(0), X)));
        assertEquals("Module", inner.typeName());
        assertEquals("Dense", Dense.of(2).typeName());
        assertEquals("relu", Fn.relu().typeName());
    }

    @Test
    void aModuleCalledTwiceGetsTheSameChildNamesAndParameters() {
        Module block = Module.named("Block", (scope, x) -> scope.call(Dense.of(4), x));
        Module net = Module.named("Net", (scope, x) -> scope.call("b", block, scope.call("b", block, x)));
        FrozenDict<Array> v = net.init(PRNGKey.of(0), X);
        assertEquals(Vector.of("params/b/Dense_0/kernel", "params/b/Dense_0/bias"), paths(v));
        Array kernel = v.get("params/b/Dense_0/kernel").get();
        Array once = X.matmul(kernel).add(v.get("params/b/Dense_0/bias").get());
        Array twice = once.matmul(kernel).add(v.get("params/b/Dense_0/bias").get());
        assertTrue(net.apply(v, X).allClose(twice));
    }

    @Test
    void makeRngCountsPerScopeAndStreamAcrossReCalls() {
        List<PRNGKey> keys = new ArrayList<>();
        Module draw = Module.named("Draw", (scope, x) -> {
            keys.add(scope.makeRng("noise"));
            return x;
        });
        Module net = Module.named("Net", (scope, x) -> scope.call("d", draw, scope.call("d", draw, x)));
        PRNGKey noise = PRNGKey.of(5);
        net.apply(FrozenDict.empty(), X, Rngs.of("noise", noise));
        assertEquals(List.of(RngKeys.derive(noise, Vector.of("d"), 1, false),
                RngKeys.derive(noise, Vector.of("d"), 2, false)), keys);
    }

    @Test
    void keysDependOnThePathNotOnCreationOrder() {
        Module ab = Module.named("Net", (scope, x) -> scope.call("b", Dense.of(2), scope.call("a", Dense.of(4), x)));
        Module ba = Module.named("Net", (scope, x) -> {
            Array unused = scope.call("b", Dense.of(2), Array.ones(Shape.of(2, 4)));
            return scope.call("a", Dense.of(4), x).add(unused.sum());
        });
        FrozenDict<Array> first = ab.init(PRNGKey.of(1), X);
        FrozenDict<Array> second = ba.init(PRNGKey.of(1), X);
        assertEquals(first.get("params/a/kernel"), second.get("params/a/kernel"));
        assertEquals(Vector.of("params/a/kernel", "params/a/bias", "params/b/kernel", "params/b/bias"), paths(first));
        assertEquals(Vector.of("params/b/kernel", "params/b/bias", "params/a/kernel", "params/a/bias"), paths(second));
    }

    @Test
    void theSeparatorOptionChangesEveryKey() {
        Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
        FrozenDict<Array> plain = net.init(PRNGKey.of(0), X);
        FrozenDict<Array> separated = net.init(Rngs.of(PRNGKey.of(0)).withFixRngSeparator(true), X);
        assertNotEquals(plain.get("params/layers_0/kernel"), separated.get("params/layers_0/kernel"));
        assertEquals(Integer.toUnsignedLong(0xE20097F8), Integer.toUnsignedLong(
                RngKeys.foldInData(Vector.of("layers_0"), 1, true)));
    }

    @Test
    void scopeReportsPathTypeAndMode() {
        List<String> seen = new ArrayList<>();
        Module leaf = Module.named("Leaf", (scope, x) -> {
            seen.add(scope.path() + "|" + scope.typeName() + "|" + scope.isInitializing() + "|" + scope.op());
            return x;
        });
        Module net = Module.named("Net", (scope, x) -> scope.call("inner", Module.named("Inner",
                (s, y) -> s.call(leaf, y)), x));
        FrozenDict<Array> v = net.init(PRNGKey.of(0), X);
        net.apply(v, X);
        net.initShapes(X);
        assertEquals(List.of("inner/Leaf_0|Leaf|true|Leaf(inner/Leaf_0).init",
                "inner/Leaf_0|Leaf|false|Leaf(inner/Leaf_0).apply",
                "inner/Leaf_0|Leaf|true|Leaf(inner/Leaf_0).initShapes"), seen);
    }

    @Test
    void variablesNeedNoKeyAndApplyWithStateReturnsOnlyTheMutableCollections() {
        Module counter = Module.named("Counter", (scope, x) -> {
            Variable n = scope.variable("counter", "n", () -> Array.scalar(0f));
            if (!scope.isInitializing()) {
                n.set(n.value().add(1));
            }
            return x.mul(scope.param("w", Initializers.ones(), Shape.of(4)));
        });
        FrozenDict<Array> v = counter.init(PRNGKey.of(0), X);
        assertEquals(Vector.of("counter", "params"), v.keys());
        assertEquals(RngKeys.derive(PRNGKey.of(0), Vector.empty(), 1, false), capturedKeyOfW());
        Tuple2<Array, FrozenDict<Array>> r = counter.applyWithState(v, X, "counter");
        assertEquals(Vector.of("counter"), r._2.keys());
        assertEquals(1f, r._2.get("counter/n").get().getFloat());
        assertEquals(0f, v.get("counter/n").get().getFloat());
        FrozenDict<Array> next = v.copy(r._2);
        assertEquals(2f, counter.applyWithState(next, X, "counter")._2.get("counter/n").get().getFloat());
    }

    /** The key the first (and only) param of a root module receives: suffix (1,), as the variable took no count. */
    private static PRNGKey capturedKeyOfW() {
        List<PRNGKey> keys = new ArrayList<>();
        Module m = (scope, x) -> {
            scope.variable("counter", "n", () -> Array.scalar(0f));
            return scope.param("w", (k, s, d) -> {
                keys.add(k);
                return Array.ones(s, d);
            }, Shape.of(4));
        };
        m.init(PRNGKey.of(0), X);
        return keys.get(0);
    }

    @Test
    void applyNeverChangesTheGivenTree() {
        BatchNorm bn = BatchNorm.of();
        FrozenDict<Array> v = bn.init(PRNGKey.of(0), X);
        String before = v.toString();
        Tuple2<Array, FrozenDict<Array>> r = bn.applyWithState(v, Array.arange(8).reshape(2, 4).astype(DType.F32),
                "batch_stats");
        assertEquals(before, v.toString());
        assertNotEquals(v.get("batch_stats/mean"), r._2.get("batch_stats/mean"));
    }

    @Test
    void untouchedParametersAreSharedBetweenApplyInputAndState() {
        BatchNorm bn = BatchNorm.of();
        FrozenDict<Array> v = bn.init(PRNGKey.of(0), X);
        FrozenDict<Array> next = v.copy(bn.applyWithState(v, X, "batch_stats")._2);
        assertSame(v.get("params/scale").get(), next.get("params/scale").get());
    }

    @Test
    void aModelWithoutVariablesInitialisesToAnEmptyTree() {
        assertTrue(Fn.relu().init(PRNGKey.of(0), X).isEmpty());
        assertTrue(Dropout.of(0.5).withDeterministic(true).init(PRNGKey.of(0), X).isEmpty());
        assertEquals(X, Dropout.of(0.5).withDeterministic(true).apply(FrozenDict.empty(), X));
    }

    @Test
    void dropoutKeepsOrZeroesAndScales() {
        Array x = Array.ones(Shape.of(1000));
        Array y = Dropout.of(0.25).apply(FrozenDict.empty(), x, Rngs.of("dropout", PRNGKey.of(3)));
        float[] v = y.toFloatArray();
        int kept = 0;
        for (float f : v) {
            assertTrue(f == 0f || f == (float) (1 / 0.75), "value " + f);
            kept += f == 0f ? 0 : 1;
        }
        assertTrue(kept > 700 && kept < 800, "kept " + kept);
        assertEquals(Array.zeros(Shape.of(1000)), Dropout.of(1).apply(FrozenDict.empty(), x));
    }

    @Test
    void dropoutBroadcastDimsShareTheMask() {
        Array y = Dropout.of(0.5).withBroadcastDims(Vector.of(0)).apply(FrozenDict.empty(), Array.ones(Shape.of(3, 50)),
                Rngs.of("dropout", PRNGKey.of(1)));
        assertEquals(y.index(0, 0), y.index(0, 1));
        assertEquals(y.index(0, 0), y.index(0, 2));
    }

    @Test
    void denseWithADtypeComputesInIt() {
        Dense d = Dense.of(3).withDtype(DType.BF16);
        FrozenDict<Array> v = d.init(PRNGKey.of(0), X);
        assertEquals(DType.F32, v.get("params/kernel").get().dtype());
        assertEquals(DType.BF16, d.apply(v, X).dtype());
    }

    @Test
    void convAcceptsAnUnbatchedImageAndExtraBatchAxes() {
        Conv conv = Conv.of(2, 3, 3);
        FrozenDict<Array> v = conv.init(PRNGKey.of(0), Array.ones(Shape.of(5, 5, 1)));
        assertEquals(Shape.of(5, 5, 2), conv.apply(v, Array.ones(Shape.of(5, 5, 1))).shape());
        Array batched = conv.apply(v, Array.ones(Shape.of(2, 3, 5, 5, 1)));
        assertEquals(Shape.of(2, 3, 5, 5, 2), batched.shape());
        assertEquals(conv.apply(v, Array.ones(Shape.of(5, 5, 1))), batched.index(0, 1).index(0, 2));
    }

    @Test
    void specsAreValuesWithBuildersAndCopies() {
        Dense a = Dense.builder().features(8).useBias(false).build();
        assertEquals(Dense.of(8).withUseBias(false), a);
        assertFalse(a.useBias());
        assertEquals(8, a.features());
        assertEquals(Initializers.lecunNormal(), a.kernelInit());
        assertEquals(Sequential.of(Dense.of(8), Fn.relu()), Sequential.of(Dense.of(8), Fn.relu()));
        assertEquals(0.99, BatchNorm.of().momentum());
        assertEquals(1e-6, LayerNorm.of().epsilon());
        assertEquals(Padding.SAME, Conv.of(4, 3, 3).padding());
        assertEquals("((1, 0), (2, 1))", Padding.explicit(1, 0, 2, 1).toString());
    }
}
