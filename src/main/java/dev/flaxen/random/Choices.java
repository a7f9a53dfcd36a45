package dev.flaxen.random;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.util.Objects;

/** {@code jax.random.choice} over {@code arange(n)}: argument checks and the four ways of drawing. */
final class Choices {
    private Choices() {
    }

    static Array choice(PRNGKey key, int n, Shape shape, boolean replace, Array p) {
        Objects.requireNonNull(key, "key");
        long draws = shape.size();
        if (draws > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Random.choice: expected at most " + (Integer.MAX_VALUE - 8)
                    + " draws, got shape " + shape + " with " + draws);
        }
        if (draws == 0) {
            return Array.generateInt(shape, DType.I32, out -> { });
        }
        if (n < 1) {
            throw new IllegalArgumentException("Random.choice: expected n >= 1, got " + n);
        }
        if (!replace && draws > n) {
            throw new IllegalArgumentException("Random.choice: expected at most n = " + n
                    + " draws without replacement, got shape " + shape + " with " + draws + " draws");
        }
        if (p != null) {
            checkWeights(n, p);
        }
        int count = (int) draws;
        int[] idx;
        if (p == null) {
            if (replace) {
                return IntSamplers.randint(key, shape, 0, n, DType.I32);
            }
            idx = Shuffles.permutationIndices(key, n);
        } else if (replace) {
            idx = Shuffles.choiceWeighted(key, p.toFloatArray(), count);
        } else {
            idx = Shuffles.choiceWeightedDistinct(key, p.toFloatArray(), count);
        }
        return Array.generateInt(shape, DType.I32, out -> System.arraycopy(idx, 0, out, 0, count));
    }

    private static void checkWeights(int n, Array p) {
        if (p.dtype() != DType.F32) {
            throw new IllegalArgumentException("Random.choice: expected p of dtype float32, got " + p.dtype());
        }
        if (!p.shape().equals(Shape.of(n))) {
            throw new IllegalArgumentException("Random.choice: expected p of shape " + Shape.of(n) + ", got "
                    + p.shape());
        }
    }
}
