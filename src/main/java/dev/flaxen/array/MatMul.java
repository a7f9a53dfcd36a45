package dev.flaxen.array;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * numpy's {@code matmul}: 2-D matrix products, batched over leading axes with broadcasting, 1-D operands
 * promoted to a row (left) or a column (right) and that axis dropped from the result.
 *
 * <p>Every output element is {@code sum_p a[i, p] * b[p, j]} accumulated in order {@code p = 0, 1, ...}
 * in the compute type (float32 for float32 and the half types, float64, or long for integers and bool):
 * the loops are blocked for the cache and split over rows for threads, but neither changes that order, so
 * results are identical, bit for bit, for any thread count and equal to a plain triple loop.
 */
final class MatMul {
    /** Multiply-adds below which a product runs on the calling thread. */
    static final long PARALLEL_THRESHOLD = 1L << 18;
    private static final int COLUMN_BLOCK = 256;
    private static final int DEPTH_BLOCK = 128;
    private static final int ROWS_PER_TASK = 16;

    private MatMul() {
    }

    static Array matmul(Array a, Array b) {
        return matmul(a, b, ForkJoinPool.commonPool(), true);
    }

    /** As {@link #matmul(Array, Array)} on a given pool; {@code parallel = false} runs on the calling thread. */
    static Array matmul(Array a, Array b, ForkJoinPool pool, boolean parallel) {
        if (a.ndim() == 0 || b.ndim() == 0) {
            throw new IllegalArgumentException("Array.matmul: expected operands with at least 1 dimension, got "
                    + a.shape() + " @ " + b.shape());
        }
        Array a2 = a.ndim() == 1 ? a.reshape(1, a.shape().dim(0)) : a;
        Array b2 = b.ndim() == 1 ? b.reshape(b.shape().dim(0), 1) : b;
        MatMulPlan plan = MatMulPlan.of(a2.shape(), b2.shape(), a.shape(), b.shape());
        DType t = Promotion.promote(a.dtype(), b.dtype());
        Array shaped = Array.abstractResult(plan.finalShape(a.ndim() == 1, b.ndim() == 1), t, a, b);
        if (shaped != null) {
            return shaped;
        }
        DType compute = t == DType.F64 ? t : t.isFloating() ? DType.F32 : DType.I64;
        Object x = Casting.astype(a2, compute).data();
        Object y = Casting.astype(b2, compute).data();
        Object z = Storage.allocate(compute, plan.outSize());
        run(plan, x, y, z, parallel && plan.work() >= PARALLEL_THRESHOLD ? pool : null);
        Array out = Array.wrap(plan.outShape(), compute, z);
        return Casting.astype(out, t).reshape(plan.finalShape(a.ndim() == 1, b.ndim() == 1).toArray());
    }

    private static void run(MatMulPlan plan, Object x, Object y, Object z, ForkJoinPool pool) {
        int blocks = (plan.n() + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        IntConsumer task = t -> {
            int batch = t / blocks;
            int rowStart = (t % blocks) * ROWS_PER_TASK;
            int rowEnd = Math.min(plan.n(), rowStart + ROWS_PER_TASK);
            kernel(plan, batch, x, y, z, rowStart, rowEnd);
        };
        int tasks = plan.batches() * blocks;
        if (pool == null) {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
        } else {
            pool.invoke(new Tasks(task, 0, tasks));
        }
    }

    private static void kernel(MatMulPlan plan, int batch, Object x, Object y, Object z, int rowStart, int rowEnd) {
        int xo = plan.aOffset(batch);
        int yo = plan.bOffset(batch);
        int zo = batch * plan.n() * plan.m();
        if (z instanceof float[] c) {
            rowsF32((float[]) x, xo, (float[]) y, yo, c, zo, rowStart, rowEnd, plan.k(), plan.m());
        } else if (z instanceof double[] c) {
            rowsF64((double[]) x, xo, (double[]) y, yo, c, zo, rowStart, rowEnd, plan.k(), plan.m());
        } else {
            rowsI64((long[]) x, xo, (long[]) y, yo, (long[]) z, zo, rowStart, rowEnd, plan.k(), plan.m());
        }
    }

    /**
     * Rows {@code [r0, r1)} of {@code c = a @ b}, blocked over columns and depth and four rows at a time
     * (each loaded row of {@code b} feeds four rows of {@code c}); every element still adds its products
     * in increasing depth order.
     */
    static void rowsF32(float[] a, int ao, float[] b, int bo, float[] c, int co, int r0, int r1, int k, int m) {
        for (int j0 = 0; j0 < m; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(m, j0 + COLUMN_BLOCK);
            for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
                int p1 = Math.min(k, p0 + DEPTH_BLOCK);
                int i = r0;
                for (; i + 4 <= r1; i += 4) {
                    fourRowsF32(a, ao + i * k, b, bo, c, co + i * m, k, m, p0, p1, j0, j1);
                }
                for (; i < r1; i++) {
                    int ci = co + i * m;
                    for (int p = p0; p < p1; p++) {
                        float aip = a[ao + i * k + p];
                        int bp = bo + p * m;
                        for (int j = j0; j < j1; j++) {
                            c[ci + j] += aip * b[bp + j];
                        }
                    }
                }
            }
        }
    }

    private static void fourRowsF32(float[] a, int ai, float[] b, int bo, float[] c, int ci, int k, int m,
                                    int p0, int p1, int j0, int j1) {
        for (int p = p0; p < p1; p++) {
            float a0 = a[ai + p];
            float a1 = a[ai + k + p];
            float a2 = a[ai + 2 * k + p];
            float a3 = a[ai + 3 * k + p];
            int bp = bo + p * m;
            for (int j = j0; j < j1; j++) {
                float bj = b[bp + j];
                c[ci + j] += a0 * bj;
                c[ci + m + j] += a1 * bj;
                c[ci + 2 * m + j] += a2 * bj;
                c[ci + 3 * m + j] += a3 * bj;
            }
        }
    }

    private static void rowsF64(double[] a, int ao, double[] b, int bo, double[] c, int co, int r0, int r1, int k, int m) {
        for (int j0 = 0; j0 < m; j0 += COLUMN_BLOCK) {
            int j1 = Math.min(m, j0 + COLUMN_BLOCK);
            for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
                int p1 = Math.min(k, p0 + DEPTH_BLOCK);
                for (int i = r0; i < r1; i++) {
                    int ci = co + i * m;
                    for (int p = p0; p < p1; p++) {
                        double aip = a[ao + i * k + p];
                        int bp = bo + p * m;
                        for (int j = j0; j < j1; j++) {
                            c[ci + j] += aip * b[bp + j];
                        }
                    }
                }
            }
        }
    }

    private static void rowsI64(long[] a, int ao, long[] b, int bo, long[] c, int co, int r0, int r1, int k, int m) {
        for (int i = r0; i < r1; i++) {
            for (int p = 0; p < k; p++) {
                long aip = a[ao + i * k + p];
                int bp = bo + p * m;
                for (int j = 0; j < m; j++) {
                    c[co + i * m + j] += aip * b[bp + j];
                }
            }
        }
    }

    /** Runs tasks {@code [from, to)} by halving the range until single tasks remain. */
    private static final class Tasks extends RecursiveAction {
        private final transient IntConsumer task;
        private final int from;
        private final int to;

        Tasks(IntConsumer task, int from, int to) {
            this.task = task;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                task.accept(from);
            } else if (to > from) {
                int mid = (from + to) >>> 1;
                invokeAll(new Tasks(task, from, mid), new Tasks(task, mid, to));
            }
        }
    }
}
