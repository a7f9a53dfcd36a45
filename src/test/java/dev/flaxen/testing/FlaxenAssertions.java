package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.MultiInputModule;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.collection.Vector;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Assertions about determinism for any test framework: each throws a plain {@link AssertionError} whose message names
 * the first difference (path, index, both bit patterns, values and ulp distance). Import them statically.
 *
 * <pre>{@code
 * import static dev.flaxen.testing.FlaxenAssertions.*;
 *
 * assertSameBits(Random.normal(key, shape), Random.normal(key, shape));
 * assertDeterministicInit(net, PRNGKey.of(0), x);
 * assertKeySensitivity(net, x);
 * Array y = assertTreeUnchanged(params, p -> net.apply(p, x));
 * }</pre>
 */
public final class FlaxenAssertions {
    private FlaxenAssertions() {
    }

    /**
     * Asserts that two arrays have the same shape, dtype and bits in every element ({@code Array.equals}: -0.0 is not
     * 0.0, and a NaN equals a NaN of the same payload). The message names the first differing element by its n-d and
     * flat index, shows both bit patterns in hex and their values, the ulp distance for floats (half types
     * included), and how many elements differ:
     * <pre>
     * assertSameBits: arrays differ at index [1, 0] (flat index 2 of float32[2,2])
     *   expected: 0x3f800000 (1.0)
     *   actual:   0x3f800001 (1.0000001)
     *   distance: 1 ulp
     *   1 of 4 elements differ, by at most 1 ulp
     * </pre>
     *
     * <pre>{@code
     * assertSameBits(Parallelism.withThreads(1, () -> Random.normal(key, big)), Random.normal(key, big));
     * }</pre>
     *
     * @param expected the expected array
     * @param actual the array to check
     * @throws AssertionError if they differ
     */
    public static void assertSameBits(Array expected, Array actual) {
        BitDiff.arrays(Objects.requireNonNull(expected, "expected"), Objects.requireNonNull(actual, "actual"))
                .ifPresent(d -> fail("assertSameBits: " + d));
    }

    /**
     * Asserts that two trees have the same structure and bitwise equal leaves. Structure is compared first, then the
     * leaves in sorted path order ({@code Trees.leaves}); the message names the first differing path, and for a
     * leaf everything {@link #assertSameBits(Array, Array)} shows:
     * {@code assertSameBits: trees differ at params/Dense_0/kernel, index [0, 2] (flat index 2 of float32[4,8])}.
     *
     * <pre>{@code
     * assertSameBits(net.init(key, x), Checkpoints.read(file));
     * }</pre>
     *
     * @param expected the expected tree
     * @param actual the tree to check
     * @throws AssertionError if they differ
     */
    public static void assertSameBits(FrozenDict<Array> expected, FrozenDict<Array> actual) {
        BitDiff.trees(Objects.requireNonNull(expected, "expected"), Objects.requireNonNull(actual, "actual"))
                .ifPresent(d -> fail("assertSameBits: " + d));
    }

    /**
     * Asserts that {@code model.init(key, x)} is reproducible: a second call gives the same bits, so do calls with
     * the samplers on 1 thread and on {@code max(4, availableProcessors)} threads
     * ({@code Parallelism.withThreads}), {@code model.initShapes(x)} gives the same paths, shapes and dtypes as a
     * concrete run ({@code initWithOutput}), and that concrete run gives the bits of {@code init} (which makes the
     * parameters of most models after a run with abstract parameters; a model that behaves differently on abstract
     * arrays fails here).
     * Samplers split work across threads only for arrays of at least {@code Parallelism.MIN_PARALLEL_ELEMENTS}
     * (65536) elements, so give the model at least one parameter that large to exercise threads.
     *
     * <pre>{@code
     * assertDeterministicInit(Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1)), PRNGKey.of(0), x);
     * }</pre>
     *
     * @param model the model
     * @param key the key
     * @param x the sample input
     * @throws AssertionError naming the comparison and the first difference
     */
    public static void assertDeterministicInit(Module model, PRNGKey key, Array x) {
        ModelChecks.deterministicInit(ModelChecks.Subject.of(Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(x, "x")), Objects.requireNonNull(key, "key"));
    }

    /**
     * {@link #assertDeterministicInit(Module, PRNGKey, Array)} for a model with several inputs:
     * {@code model.init(key, inputs...)} and {@code model.initShapes} of the inputs' shapes and dtypes.
     *
     * <pre>{@code
     * assertDeterministicInit(pairModel, PRNGKey.of(0), x, y);
     * }</pre>
     *
     * @param model the model
     * @param key the key
     * @param inputs the sample inputs
     * @throws AssertionError naming the comparison and the first difference
     */
    public static void assertDeterministicInit(MultiInputModule model, PRNGKey key, Array... inputs) {
        ModelChecks.deterministicInit(ModelChecks.Subject.of(Objects.requireNonNull(model, "model"),
                checkInputs(inputs)), Objects.requireNonNull(key, "key"));
    }

    /**
     * Asserts that {@code init} with {@code PRNGKey.of(0)} and with {@code PRNGKey.of(1)} gives different values for
     * every random leaf; see {@link #assertKeySensitivity(Module, Array, PRNGKey, PRNGKey, String...)}.
     *
     * <pre>{@code
     * assertKeySensitivity(net, x);                        // zero biases are constants: accepted
     * assertKeySensitivity(net, x, "params/pos_table");    // a leaf whose initializer ignores the key on purpose
     * }</pre>
     *
     * @param model the model
     * @param x the sample input
     * @param deterministicPaths regular expressions for the {@code '/'}-joined paths of leaves not to check
     * @throws AssertionError naming the first leaf that is the same for both keys
     * @throws java.util.regex.PatternSyntaxException if a pattern is not a regular expression
     */
    public static void assertKeySensitivity(Module model, Array x, String... deterministicPaths) {
        assertKeySensitivity(model, x, PRNGKey.of(0), PRNGKey.of(1), deterministicPaths);
    }

    /**
     * Asserts that {@code init} with key {@code a} and with key {@code b} gives trees of one structure in which every
     * leaf differs, except leaves that cannot depend on a key: a leaf that is the same for both keys passes if all
     * its elements have the same bits (a {@code zeros}, {@code ones} or {@code constant} initializer; this includes
     * every leaf of 0 or 1 elements), or if its path matches one of {@code deterministicPaths} (whole-path matches,
     * {@code Matcher.matches}). Any other leaf that is the same for both keys fails: its initializer ignores the key.
     *
     * <pre>{@code
     * assertKeySensitivity(net, x, PRNGKey.of(7, ThreefryMode.LEGACY), PRNGKey.of(8, ThreefryMode.LEGACY));
     * }</pre>
     *
     * @param model the model
     * @param x the sample input
     * @param a one key
     * @param b another key
     * @param deterministicPaths regular expressions for the {@code '/'}-joined paths of leaves not to check
     * @throws AssertionError naming the first leaf, in sorted path order, that is the same for both keys
     * @throws IllegalArgumentException if the keys are equal
     * @throws java.util.regex.PatternSyntaxException if a pattern is not a regular expression
     */
    public static void assertKeySensitivity(Module model, Array x, PRNGKey a, PRNGKey b, String... deterministicPaths) {
        ModelChecks.keySensitivity(ModelChecks.Subject.of(Objects.requireNonNull(model, "model"),
                Objects.requireNonNull(x, "x")), Objects.requireNonNull(a, "a"), Objects.requireNonNull(b, "b"),
                deterministicPaths);
    }

    /**
     * {@link #assertKeySensitivity(Module, Array, String...)} for a model with several inputs, with the keys
     * {@code PRNGKey.of(0)} and {@code PRNGKey.of(1)}.
     *
     * <pre>{@code
     * assertKeySensitivity(pairModel, new Array[] {x, y});
     * }</pre>
     *
     * @param model the model
     * @param inputs the sample inputs
     * @param deterministicPaths regular expressions for the {@code '/'}-joined paths of leaves not to check
     * @throws AssertionError naming the first leaf that is the same for both keys
     * @throws java.util.regex.PatternSyntaxException if a pattern is not a regular expression
     */
    public static void assertKeySensitivity(MultiInputModule model, Array[] inputs, String... deterministicPaths) {
        ModelChecks.keySensitivity(ModelChecks.Subject.of(Objects.requireNonNull(model, "model"),
                checkInputs(inputs)), PRNGKey.of(0), PRNGKey.of(1), deterministicPaths);
    }

    private static Array[] checkInputs(Array[] inputs) {
        Objects.requireNonNull(inputs, "inputs");
        for (Array x : inputs) {
            Objects.requireNonNull(x, "an input is null");
        }
        return inputs;
    }

    /**
     * Runs {@code op} on the tree and asserts that the tree is bitwise what it was before: every path, dtype, shape
     * and element. It compares the SHA-256 of each leaf's canonical bytes before and after, so it also catches an
     * operation that writes into an array's storage (through reflection or a bug).
     *
     * <pre>{@code
     * Array y = assertTreeUnchanged(params, p -> net.apply(p, x));
     * assertTreeUnchanged(params, p -> p.with("params/layers_0/bias", Array.ones(Shape.of(8))));
     * }</pre>
     *
     * @param tree the input to watch, of concrete arrays
     * @param op the operation; it may return null
     * @param <R> what the operation returns
     * @return what the operation returned
     * @throws AssertionError naming the first path, in sorted order, whose leaf changed
     * @throws IllegalArgumentException if the tree holds an abstract array
     */
    public static <R> R assertTreeUnchanged(FrozenDict<Array> tree, Function<? super FrozenDict<Array>, R> op) {
        Objects.requireNonNull(op, "op");
        TreeMap<Path, String> before = snapshot(Objects.requireNonNull(tree, "tree"));
        R result = op.apply(tree);
        TreeMap<Path, String> after = snapshot(tree);
        Vector.ofAll(before.keySet()).appendAll(after.keySet()).distinct().sorted()
                .find(p -> !Objects.equals(before.get(p), after.get(p)))
                .forEach(p -> fail("assertTreeUnchanged: expected the operation to leave its input unchanged, got a "
                        + "change at " + p + ": before " + before.getOrDefault(p, "nothing") + ", after "
                        + after.getOrDefault(p, "nothing")));
        return result;
    }

    /** Path to {@code float32[3] sha256 <16 hex digits>} (or {@code an empty subtree}) for every entry. */
    private static TreeMap<Path, String> snapshot(FrozenDict<Array> tree) {
        TreeMap<Path, String> out = new TreeMap<>();
        for (CanonicalBytes.Entry e : CanonicalBytes.entries("assertTreeUnchanged", tree)) {
            out.put(e.path(), e.spec() + (e.leaf().isDefined()
                    ? " sha256 " + CanonicalBytes.digest("assertTreeUnchanged", e).substring(0, 16) : ""));
        }
        return out;
    }

    private static void fail(String message) {
        throw new AssertionError(message);
    }
}
