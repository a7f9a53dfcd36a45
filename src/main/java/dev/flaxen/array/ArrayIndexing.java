package dev.flaxen.array;

/**
 * numpy's basic indexing and shape manipulation for an {@link Array}: selections ({@code get},
 * {@code index}, {@code slice}, {@code take}), new shapes and axis orders ({@code reshape},
 * {@code transpose}, {@code swapAxes}, {@code broadcastTo}), and {@code at}, JAX's {@code x.at[i]} for
 * functional updates. Negative indices and axes count from the end. Results are fresh contiguous copies,
 * except that {@code reshape} shares the (immutable) storage.
 *
 * <p>This is a facet of {@link Array}: it holds one group of {@code Array}'s methods so that the group can
 * be documented and read on its own. It is sealed, with {@code Array} as its only implementation: call the
 * methods on an array and declare values as {@code Array}, not as this interface.
 *
 * <pre>{@code
 * Array x = Array.arange(6).reshape(2, 3);
 * x.index(1, 0).toString();   // "Array([0, 3], dtype=int32)"
 * x.transpose().shape();      // (3, 2)
 * }</pre>
 */
public sealed interface ArrayIndexing permits Array {
    /**
     * numpy's {@code x[i, j]}: the sub-array a (possibly partial) index selects, a 0-d array for a full index.
     *
     * <pre>{@code
     * Array x = Array.arange(6).reshape(2, 3);
     * x.get(1).toString();      // "Array([3, 4, 5], dtype=int32)"
     * x.get(1, -1).toString();  // "Array(5, dtype=int32)"
     * }</pre>
     *
     * @param index up to one index per axis, from the first; negative counts from the end
     * @return a copy of the selection
     * @throws IllegalArgumentException if there are more indices than axes
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    default Array get(int... index) {
        return Indexing.get(self(), index);
    }

    /**
     * The same elements in a new shape, numpy's {@code reshape}; one dimension may be -1 and is inferred.
     * The result shares this array's storage (both are immutable).
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, -1).shape();   // (2, 3)
     * }</pre>
     *
     * @param dims the new dimensions, with at most one -1
     * @return the reshaped array
     * @throws IllegalArgumentException {@code Array.reshape: cannot reshape array of size 6 into shape (4, -1)}
     */
    default Array reshape(int... dims) {
        return Reshaping.reshape(self(), dims);
    }

    /**
     * The same elements in a new shape of the same size.
     *
     * <pre>{@code
     * Array.arange(6).reshape(Shape.of(3, 2)).shape();   // (3, 2)
     * }</pre>
     *
     * @param shape the new shape
     * @return the reshaped array
     * @throws IllegalArgumentException if the sizes differ
     */
    default Array reshape(Shape shape) {
        return Reshaping.reshape(self(), shape.toArray());
    }

    /**
     * One index along one axis, that axis removed: numpy's {@code x[:, 0]} is {@code x.index(1, 0)}.
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).index(1, 0).toString();   // "Array([0, 3], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @param i the index along it; negative counts from the end
     * @return a copy of the selection, one dimension fewer
     * @throws IndexOutOfBoundsException if the axis or the index is out of range
     */
    default Array index(int axis, int i) {
        return Indexing.index(self(), axis, i);
    }

    /**
     * A range along one axis, numpy's {@code x[start:stop]} on that axis: negative bounds count from the
     * end and out-of-range bounds are clamped.
     *
     * <pre>{@code
     * Array.arange(5).slice(0, 1, -1).toString();   // "Array([1, 2, 3], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @param start the first index, included
     * @param stop the end, excluded
     * @return a copy of the range
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    default Array slice(int axis, int start, int stop) {
        return Indexing.slice(self(), axis, start, stop, 1);
    }

    /**
     * A strided range along one axis, numpy's {@code x[start:stop:step]}; with a negative step the range
     * runs backwards (use {@code Integer.MAX_VALUE} / {@code Integer.MIN_VALUE} for an open end).
     *
     * <pre>{@code
     * Array.arange(5).slice(0, Integer.MAX_VALUE, Integer.MIN_VALUE, -2).toString();   // "Array([4, 2, 0], dtype=int32)"
     * }</pre>
     *
     * @param axis the axis; negative counts from the end
     * @param start the first index, included
     * @param stop the end, excluded
     * @param step the stride, not 0
     * @return a copy of the range
     * @throws IllegalArgumentException if {@code step} is 0
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    default Array slice(int axis, int start, int stop, int step) {
        return Indexing.slice(self(), axis, start, stop, step);
    }

    /**
     * The axes reversed, numpy's {@code x.T}.
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).transpose().shape();   // (3, 2)
     * }</pre>
     *
     * @return a transposed copy
     */
    default Array transpose() {
        return Reshaping.transpose(self());
    }

    /**
     * The axes permuted: result axis {@code i} is axis {@code perm[i]}, numpy's {@code transpose(axes)}.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2, 3, 4)).transpose(1, 2, 0).shape();   // (3, 4, 2)
     * }</pre>
     *
     * @param perm a permutation of the axes; negative entries count from the end
     * @return a transposed copy
     * @throws IllegalArgumentException if {@code perm} is not a permutation of the axes
     */
    default Array transpose(int... perm) {
        return Reshaping.transpose(self(), perm);
    }

    /**
     * Two axes exchanged, numpy's {@code swapaxes}.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2, 3, 4)).swapAxes(0, -1).shape();   // (4, 3, 2)
     * }</pre>
     *
     * @param axis1 one axis; negative counts from the end
     * @param axis2 the other
     * @return a copy with the axes swapped
     * @throws IndexOutOfBoundsException if an axis is out of range
     */
    default Array swapAxes(int axis1, int axis2) {
        return Reshaping.swapAxes(self(), axis1, axis2);
    }

    /**
     * This array repeated to a larger shape by numpy's broadcasting rules, numpy's {@code broadcast_to}.
     *
     * <pre>{@code
     * Array.arange(3).broadcastTo(Shape.of(2, 3)).toString();
     * // "Array([[0, 1, 2],\n       [0, 1, 2]], dtype=int32)"
     * }</pre>
     *
     * @param shape the target shape
     * @return a copy of that shape
     * @throws IllegalArgumentException if this shape does not broadcast to {@code shape}
     */
    default Array broadcastTo(Shape shape) {
        return Reshaping.broadcastTo("Array.broadcastTo", self(), shape);
    }

    /**
     * Rows picked by integer indices along an axis, numpy's {@code take(x, indices, axis)}: the result has
     * shape {@code x.shape[:axis] + indices.shape + x.shape[axis+1:]}. An embedding lookup is
     * {@code table.take(ids, 0)}. Concrete indices are checked even when this array is abstract; abstract indices
     * cannot be, which {@link AbstractEval#needsValues} reports.
     *
     * <pre>{@code
     * Array table = Array.arange(6).reshape(3, 2);
     * table.take(Array.of(new int[] {2, 0}), 0).toString();
     * // "Array([[4, 5],\n       [0, 1]], dtype=int32)"
     * }</pre>
     *
     * @param indices integer indices; negative counts from the end
     * @param axis the axis to index; negative counts from the end
     * @return the gathered array
     * @throws IllegalArgumentException if {@code indices} is not an integer array
     * @throws IndexOutOfBoundsException if an index or the axis is out of range
     */
    default Array take(Array indices, int axis) {
        return Joining.take(self(), indices, axis);
    }

    /**
     * The position for a functional update, JAX's {@code x.at[index]}; see {@link At}.
     *
     * <pre>{@code
     * Array y = x.at(0, 0).set(42);   // x is unchanged
     * }</pre>
     *
     * @param index up to one index per axis; negative counts from the end
     * @return the updater
     * @throws IllegalArgumentException if there are more indices than axes
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    default At at(int... index) {
        return new At(self(), index);
    }

    /** This facet as the array it is: {@code Array} is the only permitted implementation. */
    private Array self() {
        return (Array) this;
    }
}
