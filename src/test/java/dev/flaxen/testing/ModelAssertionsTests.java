package dev.flaxen.testing;

import static dev.flaxen.testing.FlaxenAssertions.assertDeterministicInit;
import static dev.flaxen.testing.FlaxenAssertions.assertKeySensitivity;
import static dev.flaxen.testing.FlaxenAssertions.assertTreeUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializers;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Embed;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.LayerNorm;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.MultiInputModule;
import dev.flaxen.nn.Sequential;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Parallelism;
import dev.flaxen.random.Random;
import dev.flaxen.tree.FrozenDict;
import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** {@code assertDeterministicInit}, {@code assertKeySensitivity} and {@code assertTreeUnchanged}, word for word. */
class ModelAssertionsTests {
    private static final Array X = Array.ones(Shape.of(2, 4));
    private static final String KEY0 = "PRNGKey([0, 0], partitionable)";
    private static final String KEY1 = "PRNGKey([0, 1], partitionable)";

    private static void assertFails(String message, Executable assertion) {
        assertEquals(message, assertThrows(AssertionError.class, assertion).getMessage());
    }

    /** A model with one parameter "w" of the given shape, made by the given initializer. */
    private static Module oneParam(Shape shape, dev.flaxen.init.Initializer init) {
        return Module.named("One", (scope, x) -> x.sum().mul(scope.param("w", init, shape)));
    }

    @Test
    void flaxenLayersAreDeterministicAtAnyThreadCount() {
        assertDeterministicInit(Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1)), PRNGKey.of(0), X);
        // a 256 x 256 kernel has 65536 elements: the samplers split it across threads
        Array wide = Array.ones(Shape.of(1, 256));
        assertDeterministicInit(Sequential.of(Dense.of(256), LayerNorm.of()), PRNGKey.of(3), wide);
    }

    @Test
    void aModelWithHiddenStateFailsTheSecondInit() {
        AtomicInteger calls = new AtomicInteger();
        Module counting = oneParam(Shape.of(2), (k, s, d) -> Array.full(s, calls.incrementAndGet(), d));
        assertFails("assertDeterministicInit: init(" + KEY0 + ", x) twice: trees differ at params/w, index [0] "
                + "(flat index 0 of float32[2])\n"
                + "  expected: 0x3f800000 (1.0)\n"
                + "  actual:   0x40000000 (2.0)\n"
                + "  distance: 8388608 ulp\n"
                + "  2 of 2 elements differ, by at most 8388608 ulp",
                () -> assertDeterministicInit(counting, PRNGKey.of(0), X));
    }

    @Test
    void aModelThatDependsOnTheThreadCountFails() {
        Module threaded = oneParam(Shape.of(1), (k, s, d) -> Array.full(s, Parallelism.threads() == 1 ? 1 : 2, d));
        int n = ModelChecks.manyThreads();
        boolean defaultIsOne = Parallelism.threads() == 1;
        String which = defaultIsOne ? "with 1 thread and with " + n + " threads" : "by default and with 1 thread";
        String expected = defaultIsOne ? "0x3f800000 (1.0)" : "0x40000000 (2.0)";
        String actual = defaultIsOne ? "0x40000000 (2.0)" : "0x3f800000 (1.0)";
        assertFails("assertDeterministicInit: init(" + KEY0 + ", x) " + which + ": trees differ at params/w, index [0] "
                + "(flat index 0 of float32[1])\n"
                + "  expected: " + expected + "\n"
                + "  actual:   " + actual + "\n"
                + "  distance: 8388608 ulp\n"
                + "  1 of 1 elements differ, by at most 8388608 ulp",
                () -> assertDeterministicInit(threaded, PRNGKey.of(0), X));
    }

    @Test
    void initShapesMustAgreeWithInitAndMustRun() {
        Module shifty = Module.named("Shifty", (scope, x) -> scope.param("w", Initializers.zeros(),
                x.isAbstract() ? Shape.of(3) : Shape.of(2)));
        assertFails("assertDeterministicInit: the shapes of init(" + KEY0 + ", x) and initShapes(x): expected "
                + "float32[2], got float32[3] at params/w", () -> assertDeterministicInit(shifty, PRNGKey.of(0), X));
        Module peeking = Module.named("Peeking", (scope, x) -> x.mul(scope.param("w", Initializers.constant(
                x.getFloat(0, 0)), Shape.of(4))));
        String abstractRead = assertThrows(IllegalStateException.class,
                () -> Array.abstractOf(Shape.of(2, 4), DType.F32).getFloat(0, 0)).getMessage();
        assertFails("assertDeterministicInit: expected initShapes(x) to run, got " + abstractRead + ". initShapes "
                + "runs the model on abstract arrays, which have no values to read",
                () -> assertDeterministicInit(peeking, PRNGKey.of(0), X));
    }

    @Test
    void constantLeavesPassKeySensitivityAndRandomOnesMustDiffer() {
        assertKeySensitivity(Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1), LayerNorm.of()), X);
        assertKeySensitivity(Embed.of(10, 3), Array.arange(4), PRNGKey.of(5), PRNGKey.of(5).foldIn(1));
        assertKeySensitivity(oneParam(Shape.of(3, 3), Initializers.constant(0.5)), X);
        assertKeySensitivity(oneParam(Shape.of(0, 3), Initializers.normal()), X);
    }

    @Test
    void aLeafThatIgnoresTheKeyIsNamed() {
        Module fixed = oneParam(Shape.of(4, 2), (k, s, d) -> Random.normal(PRNGKey.of(3), s, d));
        assertFails("assertKeySensitivity: expected params/w to differ between init with " + KEY0 + " and " + KEY1
                + ", got the same float32[4,2] twice. Its elements are not all equal, so it is no constant: its "
                + "initializer seems to ignore the key. If it is meant to, pass its path as deterministic: "
                + "assertKeySensitivity(model, x, \"params/w\")", () -> assertKeySensitivity(fixed, X));
        assertKeySensitivity(fixed, X, "params/w");
        assertKeySensitivity(fixed, X, ".*/w");
    }

    @Test
    void aOneElementLeafCountsAsAConstantEvenWhenRandom() {
        assertKeySensitivity(oneParam(Shape.of(1), (k, s, d) -> Random.normal(PRNGKey.of(3), s, d)), X);
    }

    @Test
    void keySensitivityNeedsTwoDifferentKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assertKeySensitivity(Dense.of(2), X, PRNGKey.of(4), PRNGKey.of(4)));
        assertEquals("assertKeySensitivity: expected two different keys, got PRNGKey([0, 4], partitionable) twice",
                e.getMessage());
    }

    @Test
    void modelsWithSeveralInputsAreCheckedOnAllOfThem() {
        MultiInputModule pair = MultiInputModule.named("Pair", (scope, xs) -> scope.call(Dense.of(3), xs[0])
                .add(scope.call(Dense.of(3), xs[1])));
        Array y = Array.ones(Shape.of(2, 5));
        assertDeterministicInit(pair, PRNGKey.of(0), X, y);
        assertKeySensitivity(pair, new Array[] {X, y});
        MultiInputModule fixed = MultiInputModule.named("Fixed", (scope, xs) -> xs[0].matmul(scope.param("w",
                (k, s, d) -> Random.normal(PRNGKey.of(3), s, d), Shape.of(4, 2))).add(xs[1]));
        Array z = Array.zeros(Shape.of(2, 2));
        assertFails("assertKeySensitivity: expected params/w to differ between init with " + KEY0 + " and " + KEY1
                + ", got the same float32[4,2] twice. Its elements are not all equal, so it is no constant: its "
                + "initializer seems to ignore the key. If it is meant to, pass its path as deterministic: "
                + "assertKeySensitivity(model, inputs, \"params/w\")", () -> assertKeySensitivity(fixed,
                        new Array[] {X, z}));
        MultiInputModule shifty = MultiInputModule.named("Shifty", (scope, xs) -> scope.param("w",
                Initializers.zeros(), xs[1].isAbstract() ? Shape.of(3) : Shape.of(2)));
        assertFails("assertDeterministicInit: the shapes of init(" + KEY0 + ", inputs) and initShapes(inputs): "
                + "expected float32[2], got float32[3] at params/w",
                () -> assertDeterministicInit(shifty, PRNGKey.of(0), X, z));
    }

    @Test
    void treeUnchangedReturnsTheResultOfAnOperationThatOnlyReads() {
        Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
        FrozenDict<Array> params = net.init(PRNGKey.of(0), X);
        Array y = assertTreeUnchanged(params, p -> net.apply(p, X));
        assertEquals(net.apply(params, X), y);
        FrozenDict<Array> edited = assertTreeUnchanged(params, p -> p.without("params/layers_0"));
        assertEquals(1, edited.subtree("params").get().size());
        assertSame(null, assertTreeUnchanged(params, p -> null));
    }

    @Test
    void anOperationThatWritesIntoAnArrayIsCaught() throws ReflectiveOperationException {
        Array w = Array.of(new float[] {1, 2});
        FrozenDict<Array> tree = FrozenDict.<Array>empty().with("params/b", Array.zeros(Shape.of(3)))
                .with("params/w", w);
        Field data = Array.class.getDeclaredField("data");
        data.setAccessible(true);
        float[] storage = (float[]) data.get(w);
        String before = digest16("params/w", w);
        String after = digest16("params/w", Array.of(new float[] {1, 5}));
        assertFails("assertTreeUnchanged: expected the operation to leave its input unchanged, got a change at "
                + "params/w: before float32[2] sha256 " + before + ", after float32[2] sha256 " + after,
                () -> assertTreeUnchanged(tree, t -> storage[1] = 5));
    }

    private static String digest16(String path, Array leaf) {
        return CanonicalBytes.digest("test", new CanonicalBytes.Entry(dev.flaxen.tree.Path.of(path),
                io.vavr.control.Option.of(leaf))).substring(0, 16);
    }
}
