package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gets an {@link IllegalArgumentException} whose message names the problem and the value, word for word. */
class RandomErrorTests {
    private static final PRNGKey KEY = PRNGKey.of(0);
    private static final Shape SHAPE = Shape.of(3);

    private static void assertRejected(String message, Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void floatSamplersRejectNonFloatDtypes() {
        String floats = "expected a floating dtype (float32, float64, float16, bfloat16), got ";
        assertRejected("Random.uniform: " + floats + "int32", () -> Random.uniform(KEY, SHAPE, DType.I32));
        assertRejected("Random.normal: " + floats + "uint8", () -> Random.normal(KEY, SHAPE, DType.U8));
        assertRejected("Random.truncatedNormal: " + floats + "bool",
            () -> Random.truncatedNormal(KEY, -1, 1, SHAPE, DType.BOOL));
        assertRejected("Random.exponential: " + floats + "int64", () -> Random.exponential(KEY, SHAPE, DType.I64));
        assertRejected("Random.gumbel: " + floats + "uint32", () -> Random.gumbel(KEY, SHAPE, DType.U32));
        assertRejected("Random.logistic: " + floats + "int8", () -> Random.logistic(KEY, SHAPE, DType.I8));
    }

    @Test
    void bitsRejectsSignedAndFloatDtypes() {
        assertRejected("Random.bits: expected an unsigned dtype (uint8, uint16, uint32, uint64), got int32",
            () -> Random.bits(KEY, SHAPE, DType.I32));
        assertRejected("Random.bits: expected an unsigned dtype (uint8, uint16, uint32, uint64), got float64",
            () -> Random.bits(KEY, SHAPE, DType.F64));
    }

    @Test
    void randintRejectsNonIntegerDtypes() {
        assertRejected("Random.randint: expected an integer dtype (int8..int64, uint8..uint64), got float32",
            () -> Random.randint(KEY, SHAPE, 0, 10, DType.F32));
    }

    @Test
    void uniformRejectsAnEmptyOrReversedRange() {
        assertRejected("Random.uniform: expected minval < maxval, got minval=1.0, maxval=1.0",
            () -> Random.uniform(KEY, SHAPE, 1, 1));
        assertRejected("Random.uniform: expected minval < maxval, got minval=2.0, maxval=-3.5",
            () -> Random.uniform(KEY, SHAPE, DType.BF16, 2, -3.5));
        assertRejected("Random.uniform: expected minval < maxval, got minval=NaN, maxval=1.0",
            () -> Random.uniform(KEY, SHAPE, Double.NaN, 1));
    }

    @Test
    void randintRejectsAnEmptyOrReversedRange() {
        assertRejected("Random.randint: expected minval < maxval, got minval=5, maxval=5",
            () -> Random.randint(KEY, SHAPE, 5, 5));
        assertRejected("Random.randint: expected minval < maxval, got minval=10, maxval=0",
            () -> Random.randint(KEY, SHAPE, 10, 0, DType.U8));
    }

    @Test
    void truncatedNormalRejectsAnEmptyOrReversedInterval() {
        assertRejected("Random.truncatedNormal: expected lower < upper, got lower=2.0, upper=-2.0",
            () -> Random.truncatedNormal(KEY, 2, -2, SHAPE));
        assertRejected("Random.truncatedNormal: expected lower < upper, got lower=0.5, upper=0.5",
            () -> Random.truncatedNormal(KEY, 0.5, 0.5, SHAPE, DType.F64));
    }

    @Test
    void bernoulliRejectsProbabilitiesOutsideTheUnitInterval() {
        assertRejected("Random.bernoulli: expected p in [0, 1], got 1.5", () -> Random.bernoulli(KEY, 1.5, SHAPE));
        assertRejected("Random.bernoulli: expected p in [0, 1], got -0.1", () -> Random.bernoulli(KEY, -0.1, SHAPE));
        assertRejected("Random.bernoulli: expected p in [0, 1], got NaN", () -> Random.bernoulli(KEY, Double.NaN, SHAPE));
    }

    @Test
    void permutationRejectsNegativeLengthsScalarsAndBadAxes() {
        assertRejected("Random.permutation: expected n >= 0, got -1", () -> Random.permutation(KEY, -1));
        Array scalar = Array.generateFloat(Shape.scalar(), out -> { });
        assertRejected("Random.permutation: expected an array of rank >= 1, got shape (). Use permutation(key, n) for "
                + "a range", () -> Random.permutation(KEY, scalar));
        Array matrix = Array.generateFloat(Shape.of(2, 3), out -> { });
        assertRejected("Random.permutation: expected an axis in [-2, 2), got 2 for shape (2, 3)",
            () -> Random.permutation(KEY, matrix, 2));
    }

    @Test
    void choiceRejectsEmptyPopulationsTooManyDistinctDrawsAndBadWeights() {
        assertRejected("Random.choice: expected n >= 1, got 0", () -> Random.choice(KEY, 0, SHAPE, true));
        assertRejected("Random.choice: expected at most n = 3 draws without replacement, got shape (2, 2) with 4 draws",
            () -> Random.choice(KEY, 3, Shape.of(2, 2), false));
        Array p64 = Array.generateDouble(Shape.of(3), out -> { });
        assertRejected("Random.choice: expected p of dtype float32, got float64",
            () -> Random.choice(KEY, 3, SHAPE, true, p64));
        Array p4 = Array.generateFloat(Shape.of(4), out -> { });
        assertRejected("Random.choice: expected p of shape (3,), got (4,)", () -> Random.choice(KEY, 3, SHAPE, true, p4));
    }

    @Test
    void shapesTooLargeForOneArrayAreRejected() {
        assertRejected("Random.normal: expected at most 2147483639 elements, got shape (65536, 65536) with 4294967296."
                + " Draw it in slices (foldIn)", () -> Random.normal(KEY, Shape.of(65536, 65536)));
    }

    @Test
    void threadCountsBelowOneAreRejected() {
        assertRejected("Parallelism.withThreads: expected threads >= 1, got 0", () -> Parallelism.withThreads(0, () -> 1));
    }

    @Test
    void scaledSamplersRejectNonFiniteScales() {
        PRNGKey k = PRNGKey.of(0);
        assertRejected("Random.normal: expected a finite stddev, got NaN",
            () -> Random.normal(k, Shape.of(2), DType.F32, 0, Double.NaN));
        assertRejected("Random.normal: expected a finite mean, got Infinity",
            () -> Random.normal(k, Shape.of(2), DType.F32, Double.POSITIVE_INFINITY, 1));
        assertRejected("Random.truncatedNormal: expected a finite stddev, got -Infinity",
            () -> Random.truncatedNormal(k, -2, 2, Shape.of(2), DType.F32, 0, Double.NEGATIVE_INFINITY));
        assertRejected("Random.uniform: expected a finite scale, got NaN",
            () -> Random.uniform(k, Shape.of(2), DType.F32, -1, 1, Double.NaN));
        assertRejected("Random.uniform: expected minval < maxval, got minval=1.0, maxval=1.0",
            () -> Random.uniform(k, Shape.of(2), DType.F32, 1, 1, 2));
    }
}
