package dev.flaxen.array;

import java.util.Arrays;

/**
 * The shapes of a batched matrix product {@code (..., n, k) @ (..., k, m)}: sizes, the broadcast batch
 * shape, and for every output batch the offsets of its left and right matrices.
 */
final class MatMulPlan {
    private final int n;
    private final int k;
    private final int m;
    private final int[] batchDims;
    private final int[] aOffsets;
    private final int[] bOffsets;

    private MatMulPlan(int n, int k, int m, int[] batchDims, int[] aOffsets, int[] bOffsets) {
        this.n = n;
        this.k = k;
        this.m = m;
        this.batchDims = batchDims;
        this.aOffsets = aOffsets;
        this.bOffsets = bOffsets;
    }

    /**
     * Plans {@code a @ b} for operands of rank 2 or more; {@code shownA}/{@code shownB} are the shapes the
     * user passed, for messages.
     */
    static MatMulPlan of(Shape a, Shape b, Shape shownA, Shape shownB) {
        int n = a.dim(-2);
        int k = a.dim(-1);
        int m = b.dim(-1);
        if (b.dim(-2) != k) {
            throw new IllegalArgumentException("Array.matmul: inner dimensions differ: " + shownA + " @ " + shownB);
        }
        Shape aBatch = Shape.of(Arrays.copyOf(a.toArray(), a.rank() - 2));
        Shape bBatch = Shape.of(Arrays.copyOf(b.toArray(), b.rank() - 2));
        Shape batch = batchShape(aBatch, bBatch, shownA, shownB);
        int batches = batch.intSize("Array.matmul");
        int[] aStrides = Broadcasting.strides(aBatch, batch);
        int[] bStrides = Broadcasting.strides(bBatch, batch);
        int[] dims = batch.toArray();
        int[] aOffsets = new int[batches];
        int[] bOffsets = new int[batches];
        for (int i = 0; i < batches; i++) {
            int rest = i;
            for (int axis = dims.length - 1; axis >= 0; axis--) {
                int idx = rest % dims[axis];
                rest /= dims[axis];
                aOffsets[i] += idx * aStrides[axis] * n * k;
                bOffsets[i] += idx * bStrides[axis] * k * m;
            }
        }
        return new MatMulPlan(n, k, m, dims, aOffsets, bOffsets);
    }

    private static Shape batchShape(Shape a, Shape b, Shape shownA, Shape shownB) {
        try {
            return Broadcasting.shape("Array.matmul", a, b);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Array.matmul: batch dimensions " + a + " and " + b
                    + " cannot be broadcast: " + shownA + " @ " + shownB, e);
        }
    }

    int n() {
        return n;
    }

    int k() {
        return k;
    }

    int m() {
        return m;
    }

    int batches() {
        return aOffsets.length;
    }

    int aOffset(int batch) {
        return aOffsets[batch];
    }

    int bOffset(int batch) {
        return bOffsets[batch];
    }

    /** Multiply-adds in the whole product. */
    long work() {
        return (long) batches() * n * k * m;
    }

    /** Batch dimensions followed by {@code (n, m)}. */
    Shape outShape() {
        int[] dims = Arrays.copyOf(batchDims, batchDims.length + 2);
        dims[batchDims.length] = n;
        dims[batchDims.length + 1] = m;
        return Shape.of(dims);
    }

    /** Element count of {@link #outShape()}. */
    int outSize() {
        return outShape().intSize("Array.matmul");
    }

    /** The result shape once the axes added for 1-D operands are dropped again. */
    Shape finalShape(boolean dropRows, boolean dropColumns) {
        int[] dims = outShape().toArray();
        int[] out = Arrays.copyOf(batchDims, batchDims.length + (dropRows ? 0 : 1) + (dropColumns ? 0 : 1));
        int next = batchDims.length;
        if (!dropRows) {
            out[next++] = dims[batchDims.length];
        }
        if (!dropColumns) {
            out[next] = dims[batchDims.length + 1];
        }
        return Shape.of(out);
    }
}
