package dev.flaxen.nn;

import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code init} from a plan ({@link PlannedInit}): the same tree as the concrete run of {@code initWithOutput}, bit for
 * bit, at any thread count, for every Flax model of the vectors and for trees with large and small leaves; how often
 * and on what a module runs; errors; and the heap it needs.
 */
class PlannedInitTests {
    private static final Array X = Random.normal(PRNGKey.of(7), Shape.of(2, 4));

    private static void assertInitIsTheConcreteRun(Module model, PRNGKey key, Array x) {
        FrozenDict<Array> concrete = Parallelism.withThreads(1, () -> model.initWithOutput(key, x)._2);
        for (int threads : new int[] {1, 2, 7}) {
            assertSameBits(concrete, Parallelism.withThreads(threads, () -> model.init(key, x)));
        }
    }

    @TestFactory
    Stream<DynamicTest> initIsTheConcreteRunForEveryFlaxModel() {
        return NnVectors.FLAX.stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () ->
                assertInitIsTheConcreteRun(FlaxModels.byName(c.get("model_name").asText(), i -> i),
                        NnVectors.key(c), NnVectors.array(c.get("input")))));
    }

    @Test
    void initIsTheConcreteRunForLargeAndSmallLeavesAndSharedModules() {
        Module shared = Dense.of(300);
        Module net = Module.named("Net", (scope, x) -> {
            Array h = scope.call("a", shared, scope.call(Dense.of(300), x));
            h = scope.call("a", shared, h);
            for (int i = 0; i < 12; i++) {
                h = scope.call(LayerNorm.of(), scope.call(Dense.of(40), h));
            }
            Array w = scope.param("w", Initializers.truncatedNormal(0.02), Shape.of(40, 2000), DType.BF16);
            return h.matmul(w.astype(DType.F32));
        });
        for (ThreefryMode mode : ThreefryMode.values()) {
            assertInitIsTheConcreteRun(net, PRNGKey.of(3, mode), X);
        }
    }

    @Test
    void aModelThatCreatesOnlyParametersRunsOnceOnAbstractInputs() {
        List<Boolean> runs = new ArrayList<>();
        Module m = (scope, x) -> {
            runs.add(x.isAbstract());
            return scope.call(Dense.of(3), x);
        };
        m.init(PRNGKey.of(0), X);
        assertEquals(List.of(true), runs);
        m.initWithOutput(PRNGKey.of(0), X);
        assertEquals(List.of(true, false), runs);
    }

    @Test
    void aModelWithOtherCollectionsRunsConcretelyAfterTheAbstractRunStops() {
        List<Boolean> runs = new ArrayList<>();
        Module m = (scope, x) -> {
            runs.add(x.isAbstract());
            scope.variable("batch_stats", "seen", Shape.of(4), DType.F32, () -> x.mean(0));
            runs.add(x.isAbstract());
            return scope.call(Dense.of(3), x);
        };
        Module bn = Sequential.of(Dense.of(5), BatchNorm.of(), Dense.of(2));
        FrozenDict<Array> v = m.init(PRNGKey.of(0), X);
        assertEquals(List.of(true, false, false), runs);
        assertTrue(v.get("batch_stats/seen").get().allClose(X.mean(0)));
        assertInitIsTheConcreteRun(bn, PRNGKey.of(1), X);
    }

    @Test
    void aModuleThatReadsValuesOrFailsIsRunConcretely() {
        Module peeking = (scope, x) -> x.mul(scope.param("w", Initializers.constant(x.getFloat(0, 0)), Shape.of(4)));
        assertEquals(X.getFloat(0, 0), peeking.init(PRNGKey.of(0), X).get("params/w").get().getFloat(2));
        Module wrong = (scope, x) -> scope.param("w", (k, s, d) -> Array.zeros(Shape.of(3)), Shape.of(4));
        String concrete = assertThrows(IllegalArgumentException.class,
                () -> wrong.initWithOutput(PRNGKey.of(0), X)).getMessage();
        assertEquals(concrete, assertThrows(IllegalArgumentException.class, () -> wrong.init(PRNGKey.of(0), X))
                .getMessage());
    }

    /** An MLP of about 3.2M float32 parameters: init allocates at most 1.1 times their bytes, so no second copy. */
    @Test
    void initAllocatesLittleMoreThanTheParameters() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Module mlp = Sequential.of(Dense.of(1024), Fn.relu(), Dense.of(1024), Fn.relu(), Dense.of(1024), Dense.of(10));
        Array x = Array.zeros(Shape.of(1, 1024));
        Parallelism.withThreads(1, () -> mlp.init(PRNGKey.of(1), Array.zeros(Shape.of(1, 8))));
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        FrozenDict<Array> v = Parallelism.withThreads(1, () -> mlp.init(PRNGKey.of(0), x));
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        long bytes = 4L * Trees.leaves(v).map(Array::size).sum().longValue();
        assertEquals(3 * (1024 * 1024 + 1024) + 1024 * 10 + 10, bytes / 4);
        assertTrue(allocated <= 1.1 * bytes, "allocated " + allocated + " bytes for " + bytes + " bytes of parameters");
    }
}
