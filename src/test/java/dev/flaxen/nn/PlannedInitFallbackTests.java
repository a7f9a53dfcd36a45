package dev.flaxen.nn;

import static dev.flaxen.nn.PlannedInitTests.KEY;
import static dev.flaxen.nn.PlannedInitTests.X;
import static dev.flaxen.nn.PlannedInitTests.assertInitIsTheConcreteRun;
import static dev.flaxen.nn.PlannedInitTests.isPlanned;
import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.Parallelism;
import dev.flaxen.tree.FrozenDict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When {@code init} cannot use its plan ({@link PlannedInit}) it is the concrete run, tree and errors alike: a module
 * that writes other variables (even if it catches the signal that stops the first run), needs values computed from
 * parameters (even if it catches the exception), ties an initializer to another parameter, takes indices computed
 * from parameters, or fails. Input values are real in the first run: initializers that capture the input are planned,
 * and errors that depend on input values (an Embed id out of range) are the concrete run's.
 */
class PlannedInitFallbackTests {
    @Test
    void aModuleThatCatchesTheStopStillGetsItsOtherCollection() {
        List<String> caught = new ArrayList<>();
        Module m = (scope, x) -> {
            try {
                scope.variable("batch_stats", "seen", Shape.of(4), DType.F32, () -> x.mean(0));
            } catch (RuntimeException e) {
                caught.add(e.getMessage());
            }
            return scope.call(Dense.of(3), x);
        };
        assertInitIsTheConcreteRun(m, X, false);
        assertFalse(caught.isEmpty());
        assertSameBits(X.mean(0), m.init(KEY, X).get("batch_stats/seen").get());
    }

    @Test
    void settingAVariableRunsConcretely() {
        Module shift = Module.named("Shift", (scope, x) -> {
            if (x.shape().dim(-1) == 4) {
                return x.add(scope.param("b", Initializers.zeros(), Shape.of(4)));
            }
            Variable b = scope.variable("params", "b", () -> Array.zeros(Shape.of(4)));
            b.set(b.value().add(1));
            return x;
        });
        Module net = (scope, x) -> scope.call("s", shift, scope.call("s", shift, x).slice(-1, 0, 3));
        assertInitIsTheConcreteRun(net, X, false);
        assertSameBits(Array.ones(Shape.of(4)), net.init(KEY, X).get("params/s/b").get());
    }

    @Test
    void initializersThatCaptureTheInputArePlannedWithItsValues() {
        Module actNorm = (scope, x) -> x.add(scope.param("bias", (k, s, d) -> x.mean(0).neg(), Shape.of(4)));
        assertInitIsTheConcreteRun(actNorm, X, true);
        assertSameBits(X.mean(0).neg(), actNorm.init(KEY, X).get("params/bias").get());
        Module peeking = (scope, x) -> x.mul(scope.param("w", Initializers.constant(x.getFloat(0, 0)), Shape.of(4)));
        assertInitIsTheConcreteRun(peeking, X, true);
        assertEquals(X.getFloat(0, 0), peeking.init(KEY, X).get("params/w").get().getFloat(2));
    }

    /** Small tied leaves are made side by side, large ones in slices: an abstract value is caught on either path. */
    @Test
    void tiedParametersAndInitializersOfActivationsRunConcretely() {
        for (int n : new int[] {16, Parallelism.MIN_PARALLEL_ELEMENTS / 4}) {
            Module tied = (scope, x) -> {
                Array w = scope.param("w", Initializers.lecunNormal(), Shape.of(4, n));
                Array wT = scope.param("w_t", (k, s, d) -> w.transpose(), Shape.of(n, 4));
                return x.matmul(w).matmul(wT);
            };
            assertInitIsTheConcreteRun(tied, X, false);
            FrozenDict<Array> v = tied.init(KEY, X);
            assertSameBits(v.get("params/w").get().transpose(), v.get("params/w_t").get());
        }
        Module fromActivations = (scope, x) -> {
            Array h = scope.call(Dense.of(4), x);
            return h.add(scope.param("bias", (k, s, d) -> h.mean(0).neg(), Shape.of(4)));
        };
        assertInitIsTheConcreteRun(fromActivations, X, false);
    }

    @Test
    void readingValuesOfParametersRunsConcretelyEvenWhenTheErrorIsCaught() {
        Module inModule = (scope, x) -> {
            Array w = scope.param("w", Initializers.ones(), Shape.of(4));
            double first;
            try {
                first = w.getFloat(0);
            } catch (IllegalStateException e) {
                first = 0;
            }
            return x.add(scope.param("b", Initializers.constant(first), Shape.of(4)));
        };
        Module inInitializer = (scope, x) -> {
            Array w = scope.param("w", Initializers.ones(), Shape.of(4));
            return x.add(scope.param("b", (k, s, d) -> {
                try {
                    return Array.full(s, w.getFloat(0));
                } catch (IllegalStateException e) {
                    return Array.zeros(s, d);
                }
            }, Shape.of(4)));
        };
        for (Module m : List.of(inModule, inInitializer)) {
            assertInitIsTheConcreteRun(m, X, false);
            assertSameBits(Array.ones(Shape.of(4)), m.init(KEY, X).get("params/b").get());
        }
    }

    /**
     * Flaxen's take rejects such ids in every run. Flax raises nothing and fills their rows with NaN, eagerly and
     * under jit (jax 0.10.2, flax 0.12.8: with {@code m = nn.Embed(10, 4)} and {@code ids = jnp.array([[3, 10]])},
     * {@code jax.jit(m.init)(jax.random.PRNGKey(0), ids)} returns the parameters and
     * {@code jax.jit(m.init_with_output)(jax.random.PRNGKey(0), ids)[0][0, 1]} is {@code [nan nan nan nan]}).
     */
    @Test
    void anEmbeddingIdOutOfRangeFailsAsInTheConcreteRun() {
        Module embed = Embed.of(10, 4);
        Array ids = Array.of(new int[] {3, 10}, Shape.of(1, 2));
        String concrete = assertThrows(IndexOutOfBoundsException.class, () -> embed.initWithOutput(KEY, ids))
                .getMessage();
        assertEquals("Array.take: index 10 is out of bounds for axis 0 with size 10", concrete);
        assertEquals(concrete, assertThrows(IndexOutOfBoundsException.class, () -> embed.init(KEY, ids)).getMessage());
        assertFalse(isPlanned(embed, Rngs.of(KEY), ids));
    }

    @Test
    void indicesComputedFromParametersRunConcretely() {
        for (int id : new int[] {9, 10}) {
            Module lookup = (scope, x) -> {
                Array table = scope.param("table", Initializers.lecunNormal(), Shape.of(10, 4));
                Array ids = scope.param("ids", Initializers.constant(id), Shape.of(2)).astype(DType.I32);
                return x.add(table.take(ids, 0));
            };
            assertFalse(isPlanned(lookup, Rngs.of(KEY), X));
            if (id < 10) {
                assertInitIsTheConcreteRun(lookup, X, false);
            } else {
                String concrete = assertThrows(IndexOutOfBoundsException.class,
                        () -> lookup.initWithOutput(KEY, X)).getMessage();
                assertEquals("Array.take: index 10 is out of bounds for axis 0 with size 10", concrete);
                assertEquals(concrete, assertThrows(IndexOutOfBoundsException.class, () -> lookup.init(KEY, X))
                        .getMessage());
            }
        }
    }

    @Test
    void initializersThatFailOrGiveTheWrongValueFailAsInTheConcreteRun() {
        List<Initializer> bad = List.of((k, s, d) -> Array.zeros(Shape.of(3)), (k, s, d) -> null,
                (k, s, d) -> Array.zeros(s, DType.BF16), (k, s, d) -> {
                    throw new IllegalArgumentException("Bad.init: expected nothing, got called");
                });
        for (Initializer init : bad) {
            Module m = (scope, x) -> x.add(scope.call(Dense.of(4), x)).add(scope.param("w", init, Shape.of(4)));
            assertFalse(isPlanned(m, Rngs.of(KEY), X));
            String concrete = assertThrows(IllegalArgumentException.class, () -> m.initWithOutput(KEY, X)).getMessage();
            assertEquals(concrete, assertThrows(IllegalArgumentException.class, () -> m.init(KEY, X)).getMessage());
            assertTrue(concrete.contains(" at params/w") || concrete.startsWith("Bad.init"), concrete);
        }
    }
}
