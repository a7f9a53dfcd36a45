package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flaxen.array.Array;
import dev.flaxen.array.ArrayAccess;
import dev.flaxen.array.ArrayComparisons;
import dev.flaxen.array.ArrayFactories;
import dev.flaxen.array.ArrayIndexing;
import dev.flaxen.array.ArrayMath;
import dev.flaxen.array.ArrayReductions;
import dev.flaxen.array.Shape;
import org.junit.jupiter.api.Test;

/**
 * The type-level Javadoc examples of {@link ArrayFactories} and {@link Array}'s facets {@link ArrayAccess},
 * {@link ArrayIndexing}, {@link ArrayMath}, {@link ArrayComparisons} and {@link ArrayReductions}.
 */
class ArrayFacetsExamplesTests {
    @Test
    void factoriesFromJavaData() {
        assertEquals("Array([[1, 2],\n       [3, 4]], dtype=int32)", Array.of(new int[] {1, 2, 3, 4}, 2, 2).toString());
    }

    @Test
    void accessReadsElementsAsJavaValues() {
        Array x = Array.arange(6).reshape(2, 3);
        assertEquals(5, x.getInt(1, 2));
        assertArrayEquals(new float[] {0f, 1f, 2f, 3f, 4f, 5f}, x.toFloatArray());
    }

    @Test
    void indexingSelectsAndRearranges() {
        Array x = Array.arange(6).reshape(2, 3);
        assertEquals("Array([0, 3], dtype=int32)", x.index(1, 0).toString());
        assertEquals(Shape.of(3, 2), x.transpose().shape());
    }

    @Test
    void mathChainsElementwiseOperations() {
        assertEquals("Array([1, 3, 5], dtype=int32)", Array.arange(3).mul(2).add(1).toString());
    }

    @Test
    void comparisonsGiveBoolArrays() {
        assertEquals("Array([False,  True,  True], dtype=bool)", Array.arange(3).gt(0).toString());
    }

    @Test
    void reductionsReduceOverAxes() {
        Array x = Array.arange(6).reshape(2, 3);
        assertEquals("Array([3, 5, 7], dtype=int32)", x.sum(0).toString());
        assertEquals("Array([2, 5], dtype=int32)", x.max(1).toString());
    }
}
