package dev.flaxen.array;

import java.util.Arrays;

/**
 * numpy basic indexing: integer indices (negative ones count from the end), one-axis {@code index} and
 * {@code slice}, and the blocks that {@code at(...)} updates. Results are fresh contiguous arrays.
 */
final class Indexing {
    private Indexing() {
    }

    /** The flat offset of a full index. */
    static int flatIndex(String op, Shape shape, int[] index) {
        if (index.length != shape.rank()) {
            throw new IllegalArgumentException(op + ": expected " + shape.rank() + " indices for shape " + shape
                    + ", got " + index.length);
        }
        return blockOffset(op, shape, index);
    }

    /** The flat offset of the block a (possibly partial) index selects; later axes are taken whole. */
    static int blockOffset(String op, Shape shape, int[] index) {
        if (index.length > shape.rank()) {
            throw new IllegalArgumentException(op + ": expected at most " + shape.rank() + " indices for shape "
                    + shape + ", got " + index.length);
        }
        int[] strides = StridedLoop.contiguousStrides(shape.toArray());
        int offset = 0;
        for (int axis = 0; axis < index.length; axis++) {
            offset += Checks.index(op, index[axis], axis, shape.dim(axis)) * strides[axis];
        }
        return offset;
    }

    /** The shape of the block a partial index of the given length selects. */
    static Shape blockShape(Shape shape, int indexLength) {
        int[] dims = shape.toArray();
        return Shape.of(Arrays.copyOfRange(dims, indexLength, dims.length));
    }

    /** numpy's {@code x[i, j]}: the sub-array a partial index selects (0-d for a full index). */
    static Array get(Array x, int[] index) {
        int offset = blockOffset("Array.get", x.shape(), index);
        Shape sub = blockShape(x.shape(), index.length);
        if (x.isAbstract()) {
            return Array.abstractOf(sub, x.dtype());
        }
        return Array.wrap(sub, x.dtype(), copyRange(x.data(), offset, (int) sub.size()));
    }

    static Object copyRange(Object data, int from, int length) {
        Object out = java.lang.reflect.Array.newInstance(data.getClass().getComponentType(), length);
        System.arraycopy(data, from, out, 0, length);
        return out;
    }

    /** numpy's {@code x[:, i]} for {@code axis = 1}: one index along one axis, that axis removed. */
    static Array index(Array x, int axis, int i) {
        int a = Checks.axis("Array.index", x.shape(), axis);
        int[] dims = x.shape().toArray();
        int[] strides = StridedLoop.contiguousStrides(dims);
        int offset = Checks.index("Array.index", i, a, dims[a]) * strides[a];
        return Reshaping.gather(x, offset, remove(dims, a), remove(strides, a));
    }

    private static int[] remove(int[] values, int at) {
        int[] out = new int[values.length - 1];
        System.arraycopy(values, 0, out, 0, at);
        System.arraycopy(values, at + 1, out, at, values.length - at - 1);
        return out;
    }

    /** numpy's {@code x[start:stop:step]} along one axis, with Python's rules for negative and clamped bounds. */
    static Array slice(Array x, int axis, int start, int stop, int step) {
        int a = Checks.axis("Array.slice", x.shape(), axis);
        if (step == 0) {
            throw new IllegalArgumentException("Array.slice: expected a non-zero step, got 0");
        }
        int[] dims = x.shape().toArray();
        int[] strides = StridedLoop.contiguousStrides(dims);
        int first = clampBound(start, dims[a], step);
        int last = clampBound(stop, dims[a], step);
        long span = step > 0 ? (long) last - first : (long) first - last;
        long stepSize = Math.abs((long) step);
        dims[a] = span <= 0 ? 0 : (int) ((span - 1) / stepSize + 1);
        int offset = dims[a] == 0 ? 0 : first * strides[a];
        strides[a] *= step;
        return Reshaping.gather(x, offset, dims, strides);
    }

    /** Python's {@code slice.indices} for one bound. */
    private static int clampBound(int bound, int size, int step) {
        int lower = step > 0 ? 0 : -1;
        int upper = step > 0 ? size : size - 1;
        long b = bound < 0 ? (long) bound + size : bound;
        return (int) Math.max(lower, Math.min(upper, b));
    }

    /** {@code x.at[index].set/add/...}: a copy of {@code x} with the selected block replaced or combined. */
    static Array update(String op, Array x, int[] index, BinaryOp combine, Array value) {
        int offset = blockOffset(op, x.shape(), index);
        Shape sub = blockShape(x.shape(), index.length);
        if (!Broadcasting.broadcastsTo(value.shape(), sub)) {
            throw new IllegalArgumentException(op + ": expected a value that broadcasts to " + sub + ", got shape "
                    + value.shape());
        }
        Array shaped = Array.abstractResult(x.shape(), x.dtype(), x, value);
        if (shaped != null) {
            return shaped;
        }
        Array v = Casting.astype(value, x.dtype());
        Array block = Array.wrap(sub, x.dtype(), copyRange(x.data(), offset, (int) sub.size()));
        Array updated = combine == null ? Reshaping.broadcastTo(op, v, sub) : Elementwise.binary(op, combine, block, v);
        Object out = Storage.copy(x.data());
        System.arraycopy(updated.data(), 0, out, offset, (int) sub.size());
        return Array.wrap(x.shape(), x.dtype(), out);
    }
}
