package dev.flaxen.nn;

import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code init} from a plan ({@link PlannedInit}): which models take the planned path and which run concretely, and
 * that either way {@code init} gives the tree of the concrete run of {@code initWithOutput}, bit for bit, at any thread
 * count, or its error; how often and on what a module runs; and the heap it needs. The fallbacks (other collections,
 * values needed from parameters, input values, errors) are pinned in {@link PlannedInitFallbackTests}.
 */
class PlannedInitTests {
    static final Array X = Random.normal(PRNGKey.of(7), Shape.of(2, 4));
    static final PRNGKey KEY = PRNGKey.of(0);

    /** Whether {@code init} takes the planned path at the current thread count. */
    static boolean isPlanned(Module model, Rngs rngs, Array x) {
        return PlannedInit.variables(model, rngs, new Array[] {x}).isDefined();
    }

    /**
     * At 1, 2 and 7 threads: the planned path is taken exactly when {@code planned} says, and {@code init} gives the
     * concrete run's tree, bit for bit, without an abstract leaf.
     */
    static void assertInitIsTheConcreteRun(Module model, Rngs rngs, Array x, boolean planned) {
        FrozenDict<Array> concrete = Parallelism.withThreads(1, () -> model.initWithOutput(rngs, x)._2);
        for (int threads : new int[] {1, 2, 7}) {
            assertEquals(planned, Parallelism.withThreads(threads, () -> isPlanned(model, rngs, x)),
                    (planned ? "planned" : "concrete") + " path at " + threads + " threads");
            FrozenDict<Array> init = Parallelism.withThreads(threads, () -> model.init(rngs, x));
            assertFalse(Trees.leaves(init).exists(Array::isAbstract), "an abstract leaf at " + threads + " threads");
            assertSameBits(concrete, init);
        }
    }

    static void assertInitIsTheConcreteRun(Module model, Array x, boolean planned) {
        assertInitIsTheConcreteRun(model, Rngs.of(KEY), x, planned);
    }

    private static String kind(Array a) {
        return a.isAbstract() ? "abstract" : "concrete";
    }

    /** Every model of the vectors: planned exactly when it creates nothing but parameters (BatchNorm does not). */
    @TestFactory
    Stream<DynamicTest> initIsTheConcreteRunForEveryModelOfTheVectors() {
        return Stream.concat(NnVectors.FLAX.stream(), NnVectors.extra("nn_init").stream()).map(c ->
                DynamicTest.dynamicTest(c.get("id").asText(), () -> {
                    String name = c.get("model_name").asText();
                    Module model = c.has("variables") ? ExtraModels.byName(name, true)
                            : FlaxModels.byName(name, i -> i);
                    Array x = NnVectors.array(c.get("input"));
                    Rngs rngs = Rngs.of(NnVectors.key(c)).with("noise", PRNGKey.of(1));
                    boolean onlyParams = model.initWithOutput(rngs, x)._2.keys().forAll("params"::equals);
                    assertEquals(!name.startsWith("batchnorm") && !name.equals("bn_mlp"), onlyParams, name);
                    assertInitIsTheConcreteRun(model, rngs, x, onlyParams);
                }));
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
            assertInitIsTheConcreteRun(net, Rngs.of(PRNGKey.of(3, mode)), X, true);
        }
    }

    @Test
    void aModelThatCreatesOnlyParametersRunsOnceOnItsInputWithAbstractParameters() {
        List<String> runs = new ArrayList<>();
        Module m = (scope, x) -> {
            Array y = scope.call(Dense.of(3), x);
            runs.add("x " + kind(x) + ", y " + kind(y));
            return y;
        };
        m.init(KEY, X);
        assertEquals(List.of("x concrete, y abstract"), runs);
        m.initWithOutput(KEY, X);
        assertEquals(List.of("x concrete, y abstract", "x concrete, y concrete"), runs);
        assertInitIsTheConcreteRun(m, X, true);
    }

    @Test
    void aModelWithOtherCollectionsRunsConcretelyAfterTheFirstRunStops() {
        List<String> steps = new ArrayList<>();
        Module m = (scope, x) -> {
            steps.add("before");
            scope.variable("batch_stats", "seen", Shape.of(4), DType.F32, () -> x.mean(0));
            steps.add("after");
            return scope.call(Dense.of(3), x);
        };
        FrozenDict<Array> v = m.init(KEY, X);
        assertEquals(List.of("before", "before", "after"), steps);
        assertSameBits(X.mean(0), v.get("batch_stats/seen").get());
        assertInitIsTheConcreteRun(m, X, false);
        assertInitIsTheConcreteRun(Sequential.of(Dense.of(5), BatchNorm.of(), Dense.of(2)), Rngs.of(PRNGKey.of(1)), X,
                false);
    }

    /** An MLP of about 3.2M float32 parameters: init allocates at most 1.1 times their bytes, so no second copy. */
    @Test
    void initAllocatesLittleMoreThanTheParameters() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Module mlp = Sequential.of(Dense.of(1024), Fn.relu(), Dense.of(1024), Fn.relu(), Dense.of(1024), Dense.of(10));
        Array x = Array.zeros(Shape.of(1, 1024));
        assertTrue(Parallelism.withThreads(1, () -> isPlanned(mlp, Rngs.of(KEY), x)));
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        FrozenDict<Array> v = Parallelism.withThreads(1, () -> mlp.init(KEY, x));
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        long bytes = 4L * Trees.leaves(v).map(Array::size).sum().longValue();
        assertEquals(3 * (1024 * 1024 + 1024) + 1024 * 10 + 10, bytes / 4);
        assertTrue(allocated <= 1.1 * bytes, "allocated " + allocated + " bytes for " + bytes + " bytes of parameters");
    }

    @Test
    void anEmbeddingOfInputIdsIsPlanned() {
        Array ids = Array.of(new int[] {3, 9, 0, -1}, Shape.of(2, 2));
        assertInitIsTheConcreteRun(Embed.of(10, 4), ids, true);
    }
}
