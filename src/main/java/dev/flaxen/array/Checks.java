package dev.flaxen.array;

/** Argument checks shared by the operations, with numpy's wording and the operation's name first. */
final class Checks {
    private Checks() {
    }

    /**
     * Normalises an axis; negative axes count from the end.
     *
     * @throws IndexOutOfBoundsException {@code <op>: axis 3 is out of bounds for shape (2, 3)}
     */
    static int axis(String op, Shape shape, int axis) {
        return axis(op, shape, axis, shape.rank());
    }

    /** As {@link #axis(String, Shape, int)} with a given rank (for {@code stack}, one more than the shape's). */
    static int axis(String op, Shape shape, int axis, int rank) {
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) {
            throw new IndexOutOfBoundsException(op + ": axis " + axis + " is out of bounds for shape " + shape);
        }
        return a;
    }

    /** A mask of the given axes (each checked, none repeated); an empty list selects no axis, as numpy's {@code axis=()}. */
    static boolean[] axes(String op, Shape shape, int[] axes) {
        boolean[] mask = new boolean[shape.rank()];
        for (int axis : axes) {
            int a = axis(op, shape, axis);
            if (mask[a]) {
                throw new IllegalArgumentException(op + ": axes " + render(axes) + " name axis " + a + " twice");
            }
            mask[a] = true;
        }
        return mask;
    }

    /**
     * Normalises an index along an axis; negative indices count from the end.
     *
     * @throws IndexOutOfBoundsException {@code <op>: index 5 is out of bounds for axis 1 with size 3}
     */
    static int index(String op, int index, int axis, int size) {
        int i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(
                    op + ": index " + index + " is out of bounds for axis " + axis + " with size " + size);
        }
        return i;
    }

    /** Renders ints as a Python tuple, {@code (1, 2)}. */
    static String render(int[] values) {
        return values.length == 1 ? "(" + values[0] + ",)" : tuple(values);
    }

    private static String tuple(int[] values) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i]);
        }
        return sb.append(')').toString();
    }
}
