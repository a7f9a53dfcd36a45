package dev.flaxen.array;

/**
 * numpy broadcasting: shapes are aligned at their last axis; two sizes are compatible when they are
 * equal or one of them is 1, and a missing leading axis counts as 1.
 */
final class Broadcasting {
    private Broadcasting() {
    }

    /**
     * The broadcast shape of two shapes.
     *
     * @throws IllegalArgumentException {@code <op>: shapes (2, 3) and (4,) cannot be broadcast}
     */
    static Shape shape(String op, Shape a, Shape b) {
        int rank = Math.max(a.rank(), b.rank());
        int[] out = new int[rank];
        for (int axis = 0; axis < rank; axis++) {
            int da = dimFromEnd(a, rank - axis);
            int db = dimFromEnd(b, rank - axis);
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + a + " and " + b + " cannot be broadcast");
            }
            out[axis] = da == 1 ? db : da;
        }
        return Shape.of(out);
    }

    /** The size of the k-th axis counted from the end (k = 1 is the last), 1 where the shape is too short. */
    private static int dimFromEnd(Shape s, int k) {
        return k <= s.rank() ? s.dim(s.rank() - k) : 1;
    }

    /** Whether {@code from} broadcasts to exactly {@code to}. */
    static boolean broadcastsTo(Shape from, Shape to) {
        if (from.rank() > to.rank()) {
            return false;
        }
        for (int k = 1; k <= from.rank(); k++) {
            int d = dimFromEnd(from, k);
            if (d != 1 && d != dimFromEnd(to, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Element strides for reading a contiguous array of shape {@code src} as if it had shape {@code out}:
     * 0 on broadcast axes. {@code src} must broadcast to {@code out}.
     */
    static int[] strides(Shape src, Shape out) {
        int[] own = StridedLoop.contiguousStrides(src.toArray());
        int[] s = new int[out.rank()];
        int shift = out.rank() - src.rank();
        for (int axis = shift; axis < out.rank(); axis++) {
            s[axis] = src.dim(axis - shift) == 1 ? 0 : own[axis - shift];
        }
        return s;
    }

    /**
     * A loop that writes a contiguous result of shape {@code out} (offset slot 0) while reading operands of the
     * given shapes broadcast to it (slot {@code k + 1} for operand {@code k}); each must broadcast to {@code out}.
     */
    static StridedLoop loop(Shape out, Shape... operands) {
        int[] dims = out.toArray();
        int[][] strides = new int[operands.length + 1][];
        strides[0] = StridedLoop.contiguousStrides(dims);
        for (int k = 0; k < operands.length; k++) {
            strides[k + 1] = strides(operands[k], out);
        }
        return new StridedLoop(dims, strides);
    }
}
