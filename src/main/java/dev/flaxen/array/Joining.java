package dev.flaxen.array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@code take} (gather along an axis, as an embedding lookup does), {@code concatenate} and {@code stack}. */
final class Joining {
    private Joining() {
    }

    /**
     * numpy's {@code take(x, indices, axis)}: result shape {@code x.shape[:axis] + indices.shape + x.shape[axis+1:]}.
     * Concrete indices are checked even when {@code x} is abstract; abstract ones cannot be ({@link AbstractEval}).
     */
    static Array take(Array x, Array indices, int axis) {
        if (!indices.dtype().isInteger()) {
            throw new IllegalArgumentException("Array.take: expected integer indices, got dtype " + indices.dtype());
        }
        int a = Checks.axis("Array.take", x.shape(), axis);
        int[] dims = x.shape().toArray();
        int len = dims[a];
        int inner = StridedLoop.contiguousStrides(dims)[a];
        int[] outDims = concat(Arrays.copyOfRange(dims, 0, a), indices.shape().toArray(),
                Arrays.copyOfRange(dims, a + 1, dims.length));
        Shape outShape = Shape.of(outDims);
        if (indices.isAbstract()) {
            AbstractEval.valuesNeeded();
            return Array.abstractResult(outShape, x.dtype(), indices);
        }
        int[] rows = rows(indices.toLongArray(), a, len);
        Array shaped = Array.abstractResult(outShape, x.dtype(), x);
        if (shaped != null) {
            return shaped;
        }
        Object out = Storage.allocate(x.dtype(), outShape.intSize("Array.take"));
        int outer = outShape.size() == 0 ? 0 : (int) product(dims, 0, a);
        for (int o = 0; o < outer; o++) {
            for (int q = 0; q < rows.length; q++) {
                System.arraycopy(x.data(), (o * len + rows[q]) * inner, out, (o * rows.length + q) * inner, inner);
            }
        }
        return Array.wrap(outShape, x.dtype(), out);
    }

    /** The indices as rows of an axis of length {@code len}, negative ones counted from the end. */
    private static int[] rows(long[] idx, int axis, int len) {
        int[] rows = new int[idx.length];
        for (int q = 0; q < idx.length; q++) {
            long i = idx[q] < 0 ? idx[q] + len : idx[q];
            if (i < 0 || i >= len) {
                throw new IndexOutOfBoundsException("Array.take: index " + idx[q] + " is out of bounds for axis "
                        + axis + " with size " + len);
            }
            rows[q] = (int) i;
        }
        return rows;
    }

    private static long product(int[] dims, int from, int to) {
        long p = 1;
        for (int i = from; i < to; i++) {
            p *= dims[i];
        }
        return p;
    }

    private static int[] concat(int[]... parts) {
        int[] out = new int[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int k = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    /** numpy's {@code concatenate(arrays, axis)}; dtypes are promoted together. */
    static Array concatenate(Iterable<Array> arrays, int axis) {
        List<Array> list = nonEmpty("Array.concatenate", arrays);
        Shape first = list.get(0).shape();
        if (first.rank() == 0) {
            throw new IllegalArgumentException("Array.concatenate: expected arrays with at least 1 dimension, got shape ()");
        }
        int a = Checks.axis("Array.concatenate", first, axis);
        DType t = list.get(0).dtype();
        int total = 0;
        for (int i = 0; i < list.size(); i++) {
            checkCompatible(list.get(i).shape(), first, a, i);
            t = Promotion.promote(t, list.get(i).dtype());
            total += list.get(i).shape().dim(a);
        }
        int[] dims = first.toArray();
        dims[a] = total;
        Shape out = Shape.of(dims);
        Array shaped = Array.abstractResult(out, t, list.toArray(new Array[0]));
        if (shaped != null) {
            return shaped;
        }
        Object data = Storage.allocate(t, out.intSize("Array.concatenate"));
        if (out.size() > 0) {
            copyBlocks(list, t, a, dims, data);
        }
        return Array.wrap(out, t, data);
    }

    /** Copies each array's block for every index of the axes before {@code axis}, side by side. */
    private static void copyBlocks(List<Array> list, DType t, int axis, int[] dims, Object data) {
        int inner = StridedLoop.contiguousStrides(dims)[axis];
        int outer = (int) product(dims, 0, axis);
        int row = dims[axis] * inner;
        int position = 0;
        for (Array x : list) {
            int chunk = x.shape().dim(axis) * inner;
            Object src = Casting.astype(x, t).data();
            for (int o = 0; o < outer; o++) {
                System.arraycopy(src, o * chunk, data, o * row + position, chunk);
            }
            position += chunk;
        }
    }

    private static void checkCompatible(Shape s, Shape first, int axis, int i) {
        boolean ok = s.rank() == first.rank();
        for (int d = 0; ok && d < s.rank(); d++) {
            ok = d == axis || s.dim(d) == first.dim(d);
        }
        if (!ok) {
            throw new IllegalArgumentException("Array.concatenate: array " + i + " has shape " + s
                    + " but array 0 has shape " + first + "; only axis " + axis + " may differ");
        }
    }

    /** numpy's {@code stack(arrays, axis)}: equal shapes, joined along a new axis. */
    static Array stack(Iterable<Array> arrays, int axis) {
        List<Array> list = nonEmpty("Array.stack", arrays);
        Shape first = list.get(0).shape();
        int a = Checks.axis("Array.stack", first, axis, first.rank() + 1);
        int[] dims = new int[first.rank() + 1];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = d < a ? first.dim(d) : d == a ? 1 : first.dim(d - 1);
        }
        List<Array> expanded = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).shape().equals(first)) {
                throw new IllegalArgumentException("Array.stack: array " + i + " has shape " + list.get(i).shape()
                        + " but array 0 has shape " + first + "; all shapes must be equal");
            }
            expanded.add(list.get(i).reshape(dims));
        }
        return concatenate(expanded, a);
    }

    private static List<Array> nonEmpty(String op, Iterable<Array> arrays) {
        List<Array> list = new ArrayList<>();
        for (Array x : arrays) {
            list.add(Objects.requireNonNull(x, op + ": array " + list.size() + " is null"));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException(op + ": expected at least one array, got none");
        }
        return list;
    }
}
