package dev.flaxen.array;

/**
 * An indexed position of an {@link Array} for functional updates: JAX's {@code x.at[i]}. Every method
 * returns a new array and leaves the original unchanged. A partial index selects a sub-array; values
 * broadcast into it and are converted to the array's dtype first (as JAX does: an int32 array's
 * {@code at(0).add(0.5)} adds 0).
 *
 * <pre>{@code
 * Array x = Array.zeros(Shape.of(2, 3));
 * Array y = x.at(0, 1).set(42);        // [[0, 42, 0], [0, 0, 0]]
 * Array z = x.at(1).add(Array.arange(3).astype(DType.F32));   // [[0, 0, 0], [0, 1, 2]]
 * x.getFloat(0, 1);                    // still 0.0f
 * }</pre>
 */
public final class At {
    private final Array array;
    private final int[] index;
    private final String name;

    At(Array array, int[] index) {
        Indexing.blockOffset("Array.at", array.shape(), index);
        this.array = array;
        this.index = index.clone();
        this.name = "Array.at" + (index.length == 1 ? "(" + index[0] + ")" : Checks.render(index));
    }

    /**
     * The selected element or sub-array, as {@code x.get(index)}.
     *
     * <pre>{@code
     * Array.arange(6).reshape(2, 3).at(1).get();   // Array([3, 4, 5], dtype=int32)
     * }</pre>
     *
     * @return a copy of the selection
     */
    public Array get() {
        return Indexing.get(array, index);
    }

    /**
     * Replaces the selection with a value, JAX's {@code x.at[i].set(v)}.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 2)).at(0, 0).set(42);   // [[42, 1], [1, 1]]
     * }</pre>
     *
     * @param value the new value, converted to the array's dtype
     * @return the updated copy
     */
    public Array set(double value) {
        return update(null, Elementwise.scalarOf(value, array.dtype()));
    }

    /**
     * Replaces the selection with an array broadcast to its shape.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2, 2)).at(1).set(Array.of(new float[] {5, 6}));   // [[0, 0], [5, 6]]
     * }</pre>
     *
     * @param value values that broadcast to the selection's shape
     * @return the updated copy
     * @throws IllegalArgumentException if {@code value} does not broadcast to the selection
     */
    public Array set(Array value) {
        return update(null, value);
    }

    /**
     * Adds to the selection, JAX's {@code x.at[i].add(v)}.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2)).at(1).add(2);   // [1, 3]
     * }</pre>
     *
     * @param value the addend, converted to the array's dtype
     * @return the updated copy
     */
    public Array add(double value) {
        return update(BinaryOp.ADD, Elementwise.scalarOf(value, array.dtype()));
    }

    /**
     * Adds an array, broadcast, to the selection.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 2)).at(0).add(Array.of(new float[] {1, 2}));   // [[2, 3], [1, 1]]
     * }</pre>
     *
     * @param value addends that broadcast to the selection's shape
     * @return the updated copy
     * @throws IllegalArgumentException if {@code value} does not broadcast to the selection
     */
    public Array add(Array value) {
        return update(BinaryOp.ADD, value);
    }

    /**
     * Multiplies the selection, JAX's {@code x.at[i].multiply(v)}.
     *
     * <pre>{@code
     * Array.full(Shape.of(2), 3).at(0).multiply(2);   // [6, 3]
     * }</pre>
     *
     * @param value the factor, converted to the array's dtype
     * @return the updated copy
     */
    public Array multiply(double value) {
        return update(BinaryOp.MUL, Elementwise.scalarOf(value, array.dtype()));
    }

    /**
     * Multiplies the selection by an array, broadcast.
     *
     * <pre>{@code
     * Array.ones(Shape.of(2, 2)).at(1).multiply(Array.of(new float[] {2, 3}));   // [[1, 1], [2, 3]]
     * }</pre>
     *
     * @param value factors that broadcast to the selection's shape
     * @return the updated copy
     * @throws IllegalArgumentException if {@code value} does not broadcast to the selection
     */
    public Array multiply(Array value) {
        return update(BinaryOp.MUL, value);
    }

    /**
     * Replaces the selection with its minimum against a value, JAX's {@code x.at[i].min(v)}.
     *
     * <pre>{@code
     * Array.full(Shape.of(2), 3).at(1).min(1);   // [3, 1]
     * }</pre>
     *
     * @param value the bound, converted to the array's dtype
     * @return the updated copy
     */
    public Array min(double value) {
        return update(BinaryOp.MINIMUM, Elementwise.scalarOf(value, array.dtype()));
    }

    /**
     * Elementwise minimum of the selection and an array, broadcast.
     *
     * <pre>{@code
     * Array.full(Shape.of(2), 3).at().min(Array.of(new float[] {1, 5}));   // [1, 3]
     * }</pre>
     *
     * @param value bounds that broadcast to the selection's shape
     * @return the updated copy
     * @throws IllegalArgumentException if {@code value} does not broadcast to the selection
     */
    public Array min(Array value) {
        return update(BinaryOp.MINIMUM, value);
    }

    /**
     * Replaces the selection with its maximum against a value, JAX's {@code x.at[i].max(v)}.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2)).at(0).max(5);   // [5, 0]
     * }</pre>
     *
     * @param value the bound, converted to the array's dtype
     * @return the updated copy
     */
    public Array max(double value) {
        return update(BinaryOp.MAXIMUM, Elementwise.scalarOf(value, array.dtype()));
    }

    /**
     * Elementwise maximum of the selection and an array, broadcast.
     *
     * <pre>{@code
     * Array.zeros(Shape.of(2)).at().max(Array.of(new float[] {-1, 2}));   // [0, 2]
     * }</pre>
     *
     * @param value bounds that broadcast to the selection's shape
     * @return the updated copy
     * @throws IllegalArgumentException if {@code value} does not broadcast to the selection
     */
    public Array max(Array value) {
        return update(BinaryOp.MAXIMUM, value);
    }

    private Array update(BinaryOp combine, Array value) {
        return Indexing.update(name + "." + (combine == null ? "set" : opName(combine)), array, index, combine, value);
    }

    private static String opName(BinaryOp combine) {
        return switch (combine) {
            case ADD -> "add";
            case MUL -> "multiply";
            case MINIMUM -> "min";
            default -> "max";
        };
    }

    /**
     * Describes the position, e.g. {@code Array.at(0, 1)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return name;
    }
}
