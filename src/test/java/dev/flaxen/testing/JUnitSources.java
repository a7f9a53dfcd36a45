package dev.flaxen.testing;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The adapter to JUnit 5 parameterized tests: {@code Arguments} for a {@code @MethodSource} with several parameters.
 * (For one parameter, {@link Gen#samples} needs no adapter.) Each argument is {@code Named} with a short
 * description, so the test report shows {@code [3] float32[2,3], PRNGKey([0, 7], legacy)} rather than every
 * element. Only this class needs JUnit on the class path.
 *
 * <pre>{@code
 * static Stream<Arguments> keysAndShapes() {
 *     return JUnitSources.arguments(0, 25, Gens.keys(), Gens.shapes(0, 3, 1, 5));
 * }
 *
 * @ParameterizedTest
 * @MethodSource("keysAndShapes")
 * void normalIsDeterministic(PRNGKey key, Shape shape) {
 *     assertSameBits(Random.normal(key, shape), Random.normal(key, shape));
 * }
 * }</pre>
 */
public final class JUnitSources {
    private static final int MAX_NAME = 60;

    private JUnitSources() {
    }

    /**
     * {@code n} argument lists: list {@code i} holds one value of each generator, drawn in order from one SplitMix64
     * generator seeded with {@code seed + i}. So its first value is {@code gens[0].fromSeed(seed + i)}, and the
     * report's invocation {@code [k]} used seed {@code seed + k - 1}.
     *
     * <pre>{@code
     * JUnitSources.arguments(100, 10, Gens.paramTrees(), Gens.keys());   // 10 (tree, key) pairs
     * }</pre>
     *
     * @param seed the seed of the first list
     * @param n how many lists, {@code >= 0}
     * @param gens one generator per parameter, at least one
     * @return a sequential stream of {@code n} arguments
     * @throws IllegalArgumentException if {@code n < 0} or no generator is given
     */
    public static Stream<Arguments> arguments(long seed, int n, Gen<?>... gens) {
        if (n < 0 || gens.length == 0) {
            throw new IllegalArgumentException("JUnitSources.arguments: expected n >= 0 and at least one generator, "
                    + "got n " + n + " and " + gens.length + " generators");
        }
        Gen<?>[] copy = gens.clone();
        for (Gen<?> g : copy) {
            Objects.requireNonNull(g, "JUnitSources.arguments: a generator is null");
        }
        return IntStream.range(0, n).mapToObj(i -> {
            RandomGenerator r = new SplitMix(seed + i);
            return Arguments.of(Stream.of(copy).map(g -> named(g.generate(r))).toArray());
        });
    }

    private static Named<Object> named(Object value) {
        String name;
        if (value instanceof Array a) {
            name = ShapeDtypeStruct.of(a).toString();
        } else if (value instanceof FrozenDict<?> t) {
            name = "tree of " + Trees.leaves(t).size() + " leaves";
        } else {
            name = String.valueOf(value);
        }
        return Named.of(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 3) + "..." : name, value);
    }
}
