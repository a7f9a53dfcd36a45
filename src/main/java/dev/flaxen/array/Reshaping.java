package dev.flaxen.array;

/**
 * Shape changes: {@code reshape} (which shares storage: arrays are immutable and always contiguous, so the
 * same elements in the same order serve both shapes), and {@code transpose}, {@code swapAxes},
 * {@code broadcastTo}, which copy through a strided gather.
 */
final class Reshaping {
    private Reshaping() {
    }

    /** A fresh contiguous array of {@code x}'s elements at {@code offset + sum(index[k] * strides[k])}. */
    static Array gather(Array x, int offset, int[] dims, int[] strides) {
        Shape shape = Shape.of(dims);
        if (x.isAbstract()) {
            return Array.abstractOf(shape, x.dtype());
        }
        Object out = Storage.allocate(x.dtype(), shape.intSize("Array"));
        StridedLoop loop = new StridedLoop(dims, StridedLoop.contiguousStrides(dims), strides);
        int n = loop.rowLength();
        int stride = loop.innerStride(1);
        loop.forEachRow(p -> Storage.copyStrided(x.data(), offset + p[1], stride, out, p[0], n));
        return Array.wrap(shape, x.dtype(), out);
    }

    /** numpy's {@code reshape}; one dimension may be -1 and is then inferred. */
    static Array reshape(Array x, int[] dims) {
        int unknown = unknownAxis(dims);
        long known = 1;
        for (int axis = 0; axis < dims.length; axis++) {
            if (axis != unknown) {
                known = Math.min(known * dims[axis], 1L << 32);
            }
        }
        int[] resolved = dims.clone();
        long size = x.size();
        if (unknown >= 0 && known != 0 && size % known == 0) {
            resolved[unknown] = (int) (size / known);
            known = size;
        }
        if (known != size) {
            throw new IllegalArgumentException("Array.reshape: cannot reshape array of size " + size + " into shape "
                    + Checks.render(dims));
        }
        Shape shape = Shape.of(resolved);
        return x.isAbstract() ? Array.abstractOf(shape, x.dtype()) : Array.wrap(shape, x.dtype(), x.data());
    }

    /** The axis marked -1, or -1 if none; other negative sizes and a second -1 are errors. */
    private static int unknownAxis(int[] dims) {
        int unknown = -1;
        for (int axis = 0; axis < dims.length; axis++) {
            if (dims[axis] < -1 || (dims[axis] == -1 && unknown >= 0)) {
                throw new IllegalArgumentException("Array.reshape: expected dimensions >= 0 and at most one -1, got "
                        + Checks.render(dims));
            }
            unknown = dims[axis] == -1 ? axis : unknown;
        }
        return unknown;
    }

    /** numpy's {@code transpose(axes)}: result axis {@code i} is input axis {@code perm[i]}. */
    static Array transpose(Array x, int[] perm) {
        int rank = x.ndim();
        boolean[] seen = new boolean[rank];
        int[] dims = x.shape().toArray();
        int[] strides = StridedLoop.contiguousStrides(dims);
        int[] outDims = new int[rank];
        int[] outStrides = new int[rank];
        for (int i = 0; i < perm.length && perm.length == rank; i++) {
            int a = perm[i] < 0 ? perm[i] + rank : perm[i];
            if (a < 0 || a >= rank || seen[a]) {
                break;
            }
            seen[a] = true;
            outDims[i] = dims[a];
            outStrides[i] = strides[a];
        }
        for (boolean s : seen) {
            if (!s) {
                throw new IllegalArgumentException("Array.transpose: expected a permutation of the " + rank
                        + " axes of shape " + x.shape() + ", got " + Checks.render(perm));
            }
        }
        return gather(x, 0, outDims, outStrides);
    }

    /** All axes reversed, numpy's {@code x.T}. */
    static Array transpose(Array x) {
        int[] perm = new int[x.ndim()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = perm.length - 1 - i;
        }
        return transpose(x, perm);
    }

    static Array swapAxes(Array x, int axis1, int axis2) {
        int a = Checks.axis("Array.swapAxes", x.shape(), axis1);
        int b = Checks.axis("Array.swapAxes", x.shape(), axis2);
        int[] perm = new int[x.ndim()];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i == a ? b : i == b ? a : i;
        }
        return transpose(x, perm);
    }

    /** numpy's {@code broadcast_to}. */
    static Array broadcastTo(String op, Array x, Shape target) {
        if (x.shape().equals(target)) {
            return x;
        } else if (!Broadcasting.broadcastsTo(x.shape(), target)) {
            throw new IllegalArgumentException(op + ": shape " + x.shape() + " cannot be broadcast to " + target);
        }
        return gather(x, 0, target.toArray(), Broadcasting.strides(x.shape(), target));
    }
}
