package dev.flaxen.testing;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The adapter to QuickTheories: a kit {@link Gen} as a {@code org.quicktheories.core.Gen}. Every
 * {@code nextLong()} the generator draws comes from QuickTheories' randomness source, so QuickTheories reproduces a
 * run from its seed and shrinks a failing example draw by draw towards 0, which the kit's generators turn into
 * smaller ranks, sizes and trees. Only this class needs QuickTheories on the class path.
 *
 * <pre>{@code
 * qt().forAll(QuickTheoriesGens.of(Gens.keys()), QuickTheoriesGens.of(Gens.shapes(0, 3, 1, 5)))
 *     .checkAssert((key, shape) -> assertSameBits(Random.normal(key, shape), Random.normal(key, shape)));
 * }</pre>
 */
public final class QuickTheoriesGens {
    private QuickTheoriesGens() {
    }

    /**
     * Wraps a kit generator for QuickTheories' {@code forAll}.
     *
     * <pre>{@code
     * org.quicktheories.core.Gen<Array> arrays = QuickTheoriesGens.of(Gens.arrays(shapes, Gens.dtypes()));
     * }</pre>
     *
     * @param gen the kit generator
     * @param <T> the type of the values
     * @return a QuickTheories generator of the same values
     */
    public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen) {
        Objects.requireNonNull(gen, "gen");
        return in -> gen.generate(new Source(in));
    }

    /** QuickTheories' source as a {@link RandomGenerator} that draws whole longs. */
    private record Source(RandomnessSource in) implements RandomGenerator {
        @Override
        public long nextLong() {
            return in.next(Constraint.none());
        }
    }
}
