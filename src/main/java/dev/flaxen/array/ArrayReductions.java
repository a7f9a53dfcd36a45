package dev.flaxen.array;

/**
 * Reductions of an {@link Array}: {@code sum}, {@code mean}, {@code var}, {@code std}, {@code min} and
 * {@code max} over all elements or over chosen axes (numpy's {@code axis} and {@code keepdims}),
 * {@code argmax} and {@code argmin} along an axis, and the matrix product {@code matmul}, which sums
 * products over the shared inner axis.
 *
 * <p>This is a facet of {@link Array}: it holds one group of {@code Array}'s methods so that the group can
 * be documented and read on its own. It is sealed, with {@code Array} as its only implementation: call the
 * methods on an array and declare values as {@code Array}, not as this interface.
 *
 * <pre>{@code
 * Array x = Array.arange(6).reshape(2, 3);
 * x.sum(0).toString();   // "Array([3, 5, 7], dtype=int32)"
 * x.max(1).toString();   // "Array([2, 5], dtype=int32)"
 * }</pre>
 */
public sealed interface ArrayReductions permits Array {
    /**
     * The sum of all elements, as a 0-d array: bool and integers narrower than 32 bits widen to int32/uint32;
     * integer sums wrap; float sums accumulate in double and round once.
     *
     * <pre>{@code
     * Array.arange(4).sum().toString();   // "Array(6, dtype=int32)"
     * }</pre>
     *
     * @return the sum, shape {@code ()}
     */
    default Array sum() {
        return Reductions.reduceAll("Array.sum", Reductions.Kind.SUM, self());
    }

    /**
     * Sums over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).sum(0).toString();   // "Array([3, 5, 7], dtype=int32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array sum(int... axes) {
        return Reductions.reduce("Array.sum", Reductions.Kind.SUM, self(), axes, false);
    }

    /**
     * Sums over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).sum(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array sum(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.sum", Reductions.Kind.SUM, self(), axes, keepDims);
    }

    /**
     * The mean of all elements, as a 0-d array: float32 for non-float input; NaN for an empty reduction.
     *
     * <pre>{@code
     * Array.arange(4).mean().toString();   // "Array(1.5, dtype=float32)"
     * }</pre>
     *
     * @return the mean, shape {@code ()}
     */
    default Array mean() {
        return Reductions.reduceAll("Array.mean", Reductions.Kind.MEAN, self());
    }

    /**
     * Means over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).mean(1).toString();   // "Array([1., 4.], dtype=float32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array mean(int... axes) {
        return Reductions.reduce("Array.mean", Reductions.Kind.MEAN, self(), axes, false);
    }

    /**
     * Means over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).mean(new int[] {0}, true).shape();   // (1, 3)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array mean(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.mean", Reductions.Kind.MEAN, self(), axes, keepDims);
    }

    /**
     * The population variance (numpy's {@code ddof=0}) of all elements, as a 0-d array: float32 for non-float
     * input; two passes in double.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 2, 4}).var().item();   // 1.5555555820465088 (float32 of 14/9)
     * }</pre>
     *
     * @return the var, shape {@code ()}
     */
    default Array var() {
        return Reductions.reduceAll("Array.var", Reductions.Kind.VAR, self());
    }

    /**
     * Variances over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.of(new float[] {1, 3, 2, 2}, 2, 2).var(1).toString();   // "Array([1., 0.], dtype=float32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array var(int... axes) {
        return Reductions.reduce("Array.var", Reductions.Kind.VAR, self(), axes, false);
    }

    /**
     * Variances over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).var(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array var(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.var", Reductions.Kind.VAR, self(), axes, keepDims);
    }

    /**
     * The population standard deviation of all elements, as a 0-d array: float32 for non-float input.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 3}).std().item();   // 1.0
     * }</pre>
     *
     * @return the std, shape {@code ()}
     */
    default Array std() {
        return Reductions.reduceAll("Array.std", Reductions.Kind.STD, self());
    }

    /**
     * Standard deviations over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.of(new float[] {1, 3, 2, 2}, 2, 2).std(1).toString();   // "Array([1., 0.], dtype=float32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array std(int... axes) {
        return Reductions.reduce("Array.std", Reductions.Kind.STD, self(), axes, false);
    }

    /**
     * Standard deviations over the given axes, which are kept with size 1 when {@code keepDims}
     * (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 3)).std(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated
     */
    default Array std(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.std", Reductions.Kind.STD, self(), axes, keepDims);
    }

    /**
     * The smallest element, as a 0-d array: the dtype is kept; NaN wins; an empty reduction is an error.
     *
     * <pre>{@code
     * Array.of(new float[] {3, -1, 2}).min().item();   // -1.0
     * }</pre>
     *
     * @return the min, shape {@code ()}
     * @throws IllegalArgumentException if the array is empty
     */
    default Array min() {
        return Reductions.reduceAll("Array.min", Reductions.Kind.MIN, self());
    }

    /**
     * Minima over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).min(1).toString();   // "Array([0, 3], dtype=int32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    default Array min(int... axes) {
        return Reductions.reduce("Array.min", Reductions.Kind.MIN, self(), axes, false);
    }

    /**
     * Minima over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).min(new int[] {0}, true).shape();   // (1, 3)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    default Array min(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.min", Reductions.Kind.MIN, self(), axes, keepDims);
    }

    /**
     * The largest element, as a 0-d array: the dtype is kept; NaN wins; an empty reduction is an error.
     *
     * <pre>{@code
     * Array.of(new float[] {3, -1, 2}).max().item();   // 3.0
     * }</pre>
     *
     * @return the max, shape {@code ()}
     * @throws IllegalArgumentException if the array is empty
     */
    default Array max() {
        return Reductions.reduceAll("Array.max", Reductions.Kind.MAX, self());
    }

    /**
     * Maxima over the given axes, which are removed; no axes reduces nothing (numpy's {@code axis=()}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).max(0).toString();   // "Array([3, 4, 5], dtype=int32)"
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    default Array max(int... axes) {
        return Reductions.reduce("Array.max", Reductions.Kind.MAX, self(), axes, false);
    }

    /**
     * Maxima over the given axes, which are kept with size 1 when {@code keepDims} (numpy's {@code keepdims}).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).max(new int[] {1}, true).shape();   // (2, 1)
     * }</pre>
     *
     * @param axes distinct axes; negative counts from the end
     * @param keepDims whether to keep the reduced axes with size 1
     * @return the reduced array
     * @throws IndexOutOfBoundsException if an axis is out of range
     * @throws IllegalArgumentException if an axis is repeated or a reduced axis is empty
     */
    default Array max(int[] axes, boolean keepDims) {
        return Reductions.reduce("Array.max", Reductions.Kind.MAX, self(), axes, keepDims);
    }

    /**
     * Indices of the largest elements along an axis (the first on ties; a NaN counts as largest), as int32.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5, 2, 7, 0, 7}, 2, 3).argmax(1).toString();   // "Array([1, 0], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @return the indices, that axis removed
     * @throws IndexOutOfBoundsException if the axis is out of range
     * @throws IllegalArgumentException if the axis is empty
     */
    default Array argmax(int axis) {
        return Reductions.argReduce("Array.argmax", self(), axis, true);
    }

    /**
     * Indices of the smallest elements along an axis (the first on ties; a NaN counts as smallest), as int32.
     *
     * <pre>{@code
     * Array.of(new float[] {1, 5, 2, 7, 0, 7}, 2, 3).argmin(0).toString();   // "Array([0, 1, 0], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @return the indices, that axis removed
     * @throws IndexOutOfBoundsException if the axis is out of range
     * @throws IllegalArgumentException if the axis is empty
     */
    default Array argmin(int axis) {
        return Reductions.argReduce("Array.argmin", self(), axis, false);
    }

    /**
     * The matrix product, numpy's {@code matmul} / Python's {@code @}: {@code (n, k) @ (k, m)} is
     * {@code (n, m)}; leading axes are batch axes and broadcast; a 1-D left operand is a row and a 1-D
     * right operand a column (that axis is dropped from the result). Each element sums its products in
     * order in float32 (float64 for float64, long for integers), so results do not depend on the thread
     * count; large products run blocked and in parallel on the common fork-join pool.
     *
     * <pre>{@code
     * Array a = Array.of(new float[] {1, 2, 3, 4}, 2, 2);
     * a.matmul(Array.eye(2)).equals(a);                          // true
     * Array.zeros(Shape.of(5, 2, 3)).matmul(Array.zeros(Shape.of(3, 4))).shape();   // (5, 2, 4)
     * }</pre>
     *
     * @param other the right operand
     * @return {@code this @ other}
     * @throws IllegalArgumentException {@code Array.matmul: inner dimensions differ: (2, 3) @ (4, 5)}, or
     *     if an operand is 0-d or the batch axes cannot be broadcast
     */
    default Array matmul(Array other) {
        return MatMul.matmul(self(), other);
    }

    /** This facet as the array it is: {@code Array} is the only permitted implementation. */
    private Array self() {
        return (Array) this;
    }
}
