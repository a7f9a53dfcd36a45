package dev.flaxen.testing;

import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generator of test values: a function of a {@link RandomGenerator}, so it works with any test framework.
 * {@link #fromSeed} makes one value from a {@code long} seed ({@code gen::fromSeed} is a
 * {@code java.util.function.LongFunction<T>}), {@link #samples} makes a stream of them for JUnit 5's
 * {@code @MethodSource}, and {@link QuickTheoriesGens#of} turns a generator into a QuickTheories {@code Gen}.
 *
 * <p>The generators of {@link Gens} draw only {@code nextLong()}, and {@code fromSeed} runs them on SplitMix64,
 * which this kit implements itself: a seed gives the same value on every JDK and machine.
 *
 * <pre>{@code
 * Gen<Shape> shapes = Gens.shapes(1, 3, 1, 4);
 * Shape s = shapes.fromSeed(42);                       // the same shape on every run
 * Stream<Shape> twenty = shapes.samples(0, 20);        // fromSeed(0), ..., fromSeed(19)
 * Gen<Integer> sizes = shapes.map(t -> (int) t.size());
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {
    /**
     * Makes one value from the random generator.
     *
     * <pre>{@code
     * Array x = Gens.arrays(Gens.shapes(0, 2, 1, 3), Gens.dtypes()).generate(new SplittableRandom(7));
     * }</pre>
     *
     * @param random the source of randomness
     * @return the value
     */
    T generate(RandomGenerator random);

    /**
     * Makes the value for a seed: {@code generate} on a SplitMix64 generator started at {@code seed}. The same seed
     * always gives the same value.
     *
     * <pre>{@code
     * Gens.keys().fromSeed(3).equals(Gens.keys().fromSeed(3));   // true
     * }</pre>
     *
     * @param seed any long
     * @return the value
     */
    default T fromSeed(long seed) {
        return generate(new SplitMix(seed));
    }

    /**
     * The values for seeds {@code seed, seed + 1, ..., seed + n - 1}, in that order: sample {@code i} is
     * {@code fromSeed(seed + i)}, so a failing sample can be made again on its own. Return it from a JUnit 5
     * {@code @MethodSource} method to run a {@code @ParameterizedTest} once per sample.
     *
     * <pre>{@code
     * static Stream<PRNGKey> keys() {
     *     return Gens.keys().samples(0, 50);
     * }
     * }</pre>
     *
     * @param seed the first seed
     * @param n how many values, {@code >= 0}
     * @return a sequential stream of {@code n} values
     * @throws IllegalArgumentException if {@code n < 0}
     */
    default Stream<T> samples(long seed, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Gen.samples: expected n >= 0, got " + n);
        }
        return LongStream.range(0, n).mapToObj(i -> fromSeed(seed + i));
    }

    /**
     * A generator of {@code f} of this generator's values.
     *
     * <pre>{@code
     * Gen<Array> zeros = Gens.shapes(1, 2, 1, 5).map(Array::zeros);
     * }</pre>
     *
     * @param f the function
     * @param <R> the new type
     * @return the mapped generator
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return random -> f.apply(generate(random));
    }

    /**
     * A generator that makes a value of this generator, then a value of the generator {@code f} gives for it, from
     * the same source.
     *
     * <pre>{@code
     * Gen<Array> x = Gens.dtypes().flatMap(t -> Gens.arrays(Gen.constant(Shape.of(3)), Gen.constant(t)));
     * }</pre>
     *
     * @param f the function from a value to the next generator
     * @param <R> the new type
     * @return the chained generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return random -> f.apply(generate(random)).generate(random);
    }

    /**
     * A generator that always gives {@code value} and draws nothing.
     *
     * <pre>{@code
     * Gen<Shape> one = Gen.constant(Shape.of(2, 3));
     * }</pre>
     *
     * @param value the value
     * @param <T> its type
     * @return the generator
     */
    static <T> Gen<T> constant(T value) {
        return random -> value;
    }
}
