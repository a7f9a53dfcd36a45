package dev.flaxen.array;

import java.util.Arrays;

/**
 * The dimensions of an {@link Array}: an immutable list of non-negative sizes, rank 0 (a scalar) or more.
 *
 * <p>Equality is by content. The element count is checked for overflow when the shape is made, so
 * {@link #size()} never wraps.
 *
 * <pre>{@code
 * Shape s = Shape.of(2, 3);
 * s.rank();      // 2
 * s.size();      // 6
 * s.dim(-1);     // 3
 * s.toString();  // "(2, 3)"
 * }</pre>
 */
public final class Shape {
    private static final Shape SCALAR = new Shape(new int[0], 1L);

    private final int[] dims;
    private final long size;

    private Shape(int[] dims, long size) {
        this.dims = dims;
        this.size = size;
    }

    /**
     * Makes a shape from its dimensions (copied).
     *
     * <pre>{@code
     * Shape.of(4, 8);   // (4, 8)
     * Shape.of();       // (), a scalar
     * }</pre>
     *
     * @param dims the sizes, each {@code >= 0}
     * @return the shape
     * @throws IllegalArgumentException if a size is negative or the element count overflows a {@code long}
     */
    public static Shape of(int... dims) {
        if (dims.length == 0) {
            return SCALAR;
        }
        boolean empty = false;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0) {
                throw new IllegalArgumentException(
                        "Shape.of: expected dimensions >= 0, got " + dims[i] + " at axis " + i + " in " + render(dims));
            }
            empty |= dims[i] == 0;
        }
        return new Shape(dims.clone(), empty ? 0 : product(dims));
    }

    private static long product(int[] dims) {
        long n = 1;
        for (int d : dims) {
            try {
                n = Math.multiplyExact(n, d);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("Shape.of: element count of " + render(dims) + " overflows a long", e);
            }
        }
        return n;
    }

    /**
     * The shape of a scalar, {@code ()}.
     *
     * @return the rank-0 shape
     */
    public static Shape scalar() {
        return SCALAR;
    }

    /**
     * Number of dimensions.
     *
     * @return the rank, {@code >= 0}
     */
    public int rank() {
        return dims.length;
    }

    /**
     * Number of elements: the product of the dimensions (1 for a scalar).
     *
     * @return the element count
     */
    public long size() {
        return size;
    }

    /**
     * The size of one axis; negative axes count from the end as in numpy ({@code -1} is the last).
     *
     * @param axis an axis in {@code [-rank, rank)}
     * @return its size
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    public int dim(int axis) {
        return dims[axis(axis)];
    }

    /**
     * Normalises an axis: negative axes count from the end.
     *
     * <pre>{@code
     * Shape.of(2, 3, 4).axis(-1);   // 2
     * }</pre>
     *
     * @param axis an axis in {@code [-rank, rank)}
     * @return the axis in {@code [0, rank)}
     * @throws IndexOutOfBoundsException if the axis is out of range
     */
    public int axis(int axis) {
        int a = axis < 0 ? axis + dims.length : axis;
        if (a < 0 || a >= dims.length) {
            throw new IndexOutOfBoundsException(
                    "Shape.axis: expected an axis in [" + -dims.length + ", " + dims.length + "), got " + axis + " for shape " + this);
        }
        return a;
    }

    /**
     * A copy of the dimensions.
     *
     * @return a fresh array of the sizes
     */
    public int[] toArray() {
        return dims.clone();
    }

    /**
     * The element count as an {@code int}, for allocating a Java array.
     *
     * @param op the operation asking, for the error message
     * @return {@link #size()} as an int
     * @throws IllegalArgumentException if the shape has more than {@code Integer.MAX_VALUE - 8} elements
     */
    int intSize(String op) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(op + ": shape " + this + " has " + size
                    + " elements; one Array holds at most " + (Integer.MAX_VALUE - 8));
        }
        return (int) size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /**
     * Prints like a Python tuple: {@code (2, 3)}, {@code (5,)}, {@code ()}.
     *
     * @return the tuple form
     */
    @Override
    public String toString() {
        return render(dims);
    }

    private static String render(int[] dims) {
        if (dims.length == 1) {
            return "(" + dims[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return sb.append(')').toString();
    }
}
