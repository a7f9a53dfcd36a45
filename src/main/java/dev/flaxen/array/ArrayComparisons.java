package dev.flaxen.array;

/**
 * Comparisons of an {@link Array}: elementwise ones that give a bool array ({@code gt}, {@code ge},
 * {@code lt}, {@code le}, {@code eq}, {@code ne}, each with another array, broadcast, or a weakly typed
 * scalar), and numpy's tolerant whole-array {@code allClose}. Bitwise equality of whole arrays is
 * {@link Array#equals(Object)}.
 *
 * <p>This is a facet of {@link Array}: it holds one group of {@code Array}'s methods so that the group can
 * be documented and read on its own. It is sealed, with {@code Array} as its only implementation: call the
 * methods on an array and declare values as {@code Array}, not as this interface.
 *
 * <pre>{@code
 * Array.arange(3).gt(0).toString();   // "Array([False,  True,  True], dtype=bool)"
 * }</pre>
 */
public sealed interface ArrayComparisons permits Array {
    /**
     * Whether each element is greater than the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).gt(Array.of(new int[] {1})).toString();   // "Array([False, False,  True], dtype=bool)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this > other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array gt(Array other) {
        return Comparison.GT.apply("Array.gt", self(), other);
    }

    /**
     * Whether each element is greater than a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).gt(0.5).toString();   // "Array([False,  True,  True], dtype=bool)"
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this > scalar}
     */
    default Array gt(double scalar) {
        return Comparison.GT.apply(self(), scalar);
    }

    /**
     * Whether each element is greater than or equal to the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).ge(Array.of(new int[] {1})).toString();   // "Array([False,  True,  True], dtype=bool)"
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this >= other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array ge(Array other) {
        return Comparison.GE.apply("Array.ge", self(), other);
    }

    /**
     * Whether each element is greater than or equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).ge(1).toBooleanArray();   // {false, true, true}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this >= scalar}
     */
    default Array ge(double scalar) {
        return Comparison.GE.apply(self(), scalar);
    }

    /**
     * Whether each element is less than the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).lt(Array.of(new int[] {1})).toBooleanArray();   // {true, false, false}
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this < other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array lt(Array other) {
        return Comparison.LT.apply("Array.lt", self(), other);
    }

    /**
     * Whether each element is less than a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).lt(0.5).toBooleanArray();   // {true, false, false}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this < scalar}
     */
    default Array lt(double scalar) {
        return Comparison.LT.apply(self(), scalar);
    }

    /**
     * Whether each element is less than or equal to the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).le(Array.of(new int[] {1})).toBooleanArray();   // {true, true, false}
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this <= other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array le(Array other) {
        return Comparison.LE.apply("Array.le", self(), other);
    }

    /**
     * Whether each element is less than or equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).le(1).toBooleanArray();   // {true, true, false}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this <= scalar}
     */
    default Array le(double scalar) {
        return Comparison.LE.apply(self(), scalar);
    }

    /**
     * Whether each element is equal to the other operand's, broadcast; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).eq(Array.of(new int[] {2, 1, 0})).toBooleanArray();   // {false, true, false}
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this == other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array eq(Array other) {
        return Comparison.EQ.apply("Array.eq", self(), other);
    }

    /**
     * Whether each element is equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).eq(2).toBooleanArray();   // {false, false, true}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this == scalar}
     */
    default Array eq(double scalar) {
        return Comparison.EQ.apply(self(), scalar);
    }

    /**
     * Whether each element is not equal to the other operand's, broadcast; a bool array. NaN compares unequal
     * to everything.
     *
     * <pre>{@code
     * Array.of(new float[] {Float.NaN}).ne(Array.of(new float[] {Float.NaN})).getBoolean(0);   // true
     * }</pre>
     *
     * @param other the other operand
     * @return {@code this != other}
     * @throws IllegalArgumentException if the shapes cannot be broadcast
     */
    default Array ne(Array other) {
        return Comparison.NE.apply("Array.ne", self(), other);
    }

    /**
     * Whether each element is not equal to a weakly typed scalar; a bool array.
     *
     * <pre>{@code
     * Array.arange(3).ne(1).toBooleanArray();   // {true, false, true}
     * }</pre>
     *
     * @param scalar the other operand
     * @return {@code this != scalar}
     */
    default Array ne(double scalar) {
        return Comparison.NE.apply(self(), scalar);
    }

    /**
     * Whether every element is close to {@code other}'s: {@code |a - b| <= atol + rtol * |b|} (numpy's
     * {@code allclose}; equal infinities are close, NaN is never close). Dtypes may differ; shapes may not.
     *
     * <pre>{@code
     * Array.of(new float[] {1f, 2f}).allClose(Array.of(new double[] {1.000001, 2}), 1e-5, 1e-8);   // true
     * }</pre>
     *
     * @param other the reference values ({@code b} above)
     * @param rtol relative tolerance
     * @param atol absolute tolerance
     * @return whether all elements are close
     * @throws IllegalArgumentException {@code Array.allClose: shapes (2, 3) and (3,) differ}
     */
    default boolean allClose(Array other, double rtol, double atol) {
        return Comparison.allClose(self(), other, rtol, atol);
    }

    /**
     * {@link #allClose(Array, double, double)} with numpy's defaults {@code rtol = 1e-5}, {@code atol = 1e-8}.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).allClose(Array.ones(Shape.of(2)));   // true
     * }</pre>
     *
     * @param other the reference values
     * @return whether all elements are close
     * @throws IllegalArgumentException if the shapes differ
     */
    default boolean allClose(Array other) {
        return allClose(other, 1e-5, 1e-8);
    }

    /** This facet as the array it is: {@code Array} is the only permitted implementation. */
    private Array self() {
        return (Array) this;
    }
}
