package dev.flaxen.array;

import java.util.Arrays;

/**
 * Walks several operands over one iteration shape in row-major order, one contiguous "row" at a time.
 * Each operand has its own element strides (0 on a broadcast axis, negative for a reversed slice).
 * Axes of size 1 are dropped and adjacent axes that every operand walks contiguously are merged, so the
 * innermost row is as long as possible; callers run a plain primitive loop over each row.
 */
final class StridedLoop {
    /** Receives the start offset of each operand for one row; it must neither keep nor change the array. */
    @FunctionalInterface
    interface Row {
        void run(int[] offsets);
    }

    private final int[] dims;
    private final int[][] strides;
    private final boolean empty;

    /**
     * @param dims the iteration shape
     * @param strides one stride array per operand, each as long as {@code dims}
     */
    StridedLoop(int[] dims, int[]... strides) {
        this.empty = Arrays.stream(dims).anyMatch(d -> d == 0);
        int[] mergedDims = new int[dims.length + 1];
        int[][] merged = new int[strides.length][dims.length + 1];
        int kept = 0;
        for (int axis = 0; axis < dims.length; axis++) {
            if (dims[axis] == 1) {
                continue;
            }
            boolean merge = kept > 0 && contiguous(merged, kept - 1, strides, axis, dims[axis]);
            int slot = merge ? kept - 1 : kept++;
            mergedDims[slot] = merge ? mergedDims[slot] * dims[axis] : dims[axis];
            for (int op = 0; op < strides.length; op++) {
                merged[op][slot] = strides[op][axis];
            }
        }
        if (kept == 0) {
            mergedDims[kept++] = 1;
        }
        this.dims = Arrays.copyOf(mergedDims, kept);
        this.strides = new int[strides.length][];
        for (int op = 0; op < strides.length; op++) {
            this.strides[op] = Arrays.copyOf(merged[op], kept);
        }
    }

    /** Whether every operand steps over the outer axis exactly as over {@code innerDim} inner steps. */
    private static boolean contiguous(int[][] outer, int o, int[][] inner, int i, int innerDim) {
        for (int op = 0; op < inner.length; op++) {
            if (outer[op][o] != inner[op][i] * innerDim) {
                return false;
            }
        }
        return true;
    }

    /** Length of every row. */
    int rowLength() {
        return dims[dims.length - 1];
    }

    /** Stride of an operand along the row. */
    int innerStride(int operand) {
        return strides[operand][dims.length - 1];
    }

    /** Calls {@code row} once per row, in row-major order, with each operand's offset; nothing if empty. */
    void forEachRow(Row row) {
        if (empty) {
            return;
        }
        int[] counter = new int[dims.length];
        int[] offsets = new int[strides.length];
        int axis;
        do {
            row.run(offsets);
            for (axis = dims.length - 2; axis >= 0; axis--) {
                counter[axis]++;
                step(offsets, axis, 1);
                if (counter[axis] < dims[axis]) {
                    break;
                }
                step(offsets, axis, -dims[axis]);
                counter[axis] = 0;
            }
        } while (axis >= 0);
    }

    private void step(int[] offsets, int axis, int times) {
        for (int op = 0; op < offsets.length; op++) {
            offsets[op] += strides[op][axis] * times;
        }
    }

    /** Row-major strides of a contiguous array of these dimensions. */
    static int[] contiguousStrides(int[] dims) {
        int[] s = new int[dims.length];
        int stride = 1;
        for (int axis = dims.length - 1; axis >= 0; axis--) {
            s[axis] = stride;
            stride *= Math.max(dims[axis], 1);
        }
        return s;
    }
}
