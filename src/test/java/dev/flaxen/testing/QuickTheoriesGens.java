package dev.flaxen.testing;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The adapter to QuickTheories: a kit {@link Gen} as a {@code org.quicktheories.core.Gen}. Every
 * {@code nextLong()} the generator draws is made of two 32-bit draws from QuickTheories' randomness source (high half
 * first), so QuickTheories reproduces a run from its seed and shrinks a failing example draw by draw towards 0, which
 * the kit's generators turn into smaller ranks, sizes and trees. Only this class needs QuickTheories on the class
 * path.
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

    /**
     * QuickTheories' source as a {@link RandomGenerator}. A long is two unsigned 32-bit draws, because QuickTheories
     * shrinks a signed draw towards 0 from below too, which would take the kit's (unsigned) draws to their maximum.
     */
    private record Source(RandomnessSource in) implements RandomGenerator {
        private static final Constraint HALF = Constraint.between(0, 0xffffffffL);

        @Override
        public long nextLong() {
            long high = in.next(HALF);
            return high << 32 | in.next(HALF);
        }
    }
}
