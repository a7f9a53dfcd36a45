package dev.flaxen.array;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reductions over axes: sum, mean, var, std, min, max, argmax, argmin.
 *
 * <p>Float sums accumulate in double and round once to the dtype, in row-major order of the reduced
 * elements; the result can differ from XLA's float32 tree sum in the last bits (it is at least as
 * accurate). Integer sums wrap. Result dtypes follow JAX: {@code sum} widens bool and integers narrower
 * than 32 bits to int32/uint32; {@code mean}, {@code var}, {@code std} give float32 for non-float input;
 * {@code min}/{@code max} keep the dtype; {@code var} is the population variance (numpy's {@code ddof=0}).
 */
final class Reductions {
    enum Kind { SUM, MEAN, VAR, STD, MIN, MAX }

    private Reductions() {
    }

    static Array reduce(String op, Kind kind, Array x, int[] axes, boolean keepDims) {
        return reduce(op, kind, x, Checks.axes(op, x.shape(), axes), keepDims);
    }

    static Array reduceAll(String op, Kind kind, Array x) {
        boolean[] all = new boolean[x.ndim()];
        Arrays.fill(all, true);
        return reduce(op, kind, x, all, false);
    }

    private static Array reduce(String op, Kind kind, Array x, boolean[] reduced, boolean keepDims) {
        int[] in = x.shape().toArray();
        int[] kept = in.clone();
        int count = 1;
        for (int axis = 0; axis < in.length; axis++) {
            if (reduced[axis]) {
                kept[axis] = 1;
                count *= in[axis];
            }
        }
        Shape out = keepDims ? Shape.of(kept) : Shape.of(removeReduced(in, reduced));
        if (count == 0 && out.size() > 0 && (kind == Kind.MIN || kind == Kind.MAX)) {
            throw new IllegalArgumentException(op + ": cannot reduce an empty axis of shape " + x.shape()
                    + "; " + kind.name().toLowerCase(Locale.ROOT) + " has no identity");
        }
        boolean exact = !x.dtype().isFloating() && (kind == Kind.SUM || kind == Kind.MIN || kind == Kind.MAX);
        if (x.isAbstract()) {
            return Array.abstractOf(out, resultType(kind, x.dtype(), exact));
        }
        int[] outStrides = StridedLoop.contiguousStrides(kept);
        for (int axis = 0; axis < in.length; axis++) {
            outStrides[axis] = reduced[axis] ? 0 : outStrides[axis];
        }
        StridedLoop loop = new StridedLoop(in, StridedLoop.contiguousStrides(in), outStrides);
        int n = (int) out.size();
        return exact ? reduceLong(kind, x, loop, out, n) : reduceDouble(kind, x, loop, out, n, count);
    }

    /** The dtype of a reduction: exact integer sums widen, min/max keep the dtype, float results follow it. */
    private static DType resultType(Kind kind, DType t, boolean exact) {
        if (exact) {
            return kind == Kind.SUM ? Promotion.sumType(t) : t;
        }
        return kind == Kind.SUM || kind == Kind.MIN || kind == Kind.MAX ? t : Promotion.floatType(t);
    }

    private static int[] removeReduced(int[] dims, boolean[] reduced) {
        int[] out = new int[dims.length];
        int k = 0;
        for (int axis = 0; axis < dims.length; axis++) {
            if (!reduced[axis]) {
                out[k++] = dims[axis];
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static Array reduceDouble(Kind kind, Array x, StridedLoop loop, Shape out, int n, int count) {
        double[] acc = new double[n];
        Arrays.fill(acc, kind == Kind.MIN ? Double.POSITIVE_INFINITY
                : kind == Kind.MAX ? Double.NEGATIVE_INFINITY : 0.0);
        accumulate(kind == Kind.MIN || kind == Kind.MAX ? kind : Kind.SUM, x, loop, acc, null);
        if (kind == Kind.MEAN || kind == Kind.VAR || kind == Kind.STD) {
            for (int i = 0; i < n; i++) {
                acc[i] /= count;
            }
        }
        if (kind == Kind.VAR || kind == Kind.STD) {
            double[] squares = new double[n];
            accumulate(Kind.VAR, x, loop, squares, acc);
            for (int i = 0; i < n; i++) {
                acc[i] = kind == Kind.STD ? Math.sqrt(squares[i] / count) : squares[i] / count;
            }
        }
        DType t = resultType(kind, x.dtype(), false);
        Object o = Storage.allocate(t, n);
        for (int i = 0; i < n; i++) {
            Storage.setDouble(t, o, i, acc[i]);
        }
        return Array.wrap(out, t, o);
    }

    /** Adds (SUM), squares deviations from {@code mean} (VAR), or keeps the extreme (MIN, MAX) into {@code acc}. */
    private static void accumulate(Kind kind, Array x, StridedLoop loop, double[] acc, double[] mean) {
        DType t = x.dtype();
        Object d = x.data();
        int n = loop.rowLength();
        int so = loop.innerStride(1);
        loop.forEachRow(p -> {
            for (int i = 0; i < n; i++) {
                int o = p[1] + i * so;
                double v = Storage.getDouble(t, d, p[0] + i);
                acc[o] = switch (kind) {
                    case MIN -> Math.min(acc[o], v);
                    case MAX -> Math.max(acc[o], v);
                    case VAR -> acc[o] + (v - mean[o]) * (v - mean[o]);
                    default -> acc[o] + v;
                };
            }
        });
    }

    private static Array reduceLong(Kind kind, Array x, StridedLoop loop, Shape out, int n) {
        DType t = x.dtype();
        boolean unsigned64 = t == DType.U64;
        BinaryOp combine = kind == Kind.SUM ? BinaryOp.ADD : kind == Kind.MIN ? BinaryOp.MINIMUM : BinaryOp.MAXIMUM;
        long[] acc = new long[n];
        if (kind != Kind.SUM) {
            long lowest = unsigned64 ? 0 : Long.MIN_VALUE;
            Arrays.fill(acc, kind == Kind.MIN ? ~lowest : lowest);
        }
        Object d = x.data();
        int len = loop.rowLength();
        int so = loop.innerStride(1);
        loop.forEachRow(p -> {
            for (int i = 0; i < len; i++) {
                int o = p[1] + i * so;
                acc[o] = combine.apply(acc[o], Storage.getLong(t, d, p[0] + i), unsigned64);
            }
        });
        DType r = resultType(kind, t, true);
        Object o = Storage.allocate(r, n);
        for (int i = 0; i < n; i++) {
            Storage.setLong(r, o, i, acc[i]);
        }
        return Array.wrap(out, r, o);
    }

    /** numpy's {@code argmax}/{@code argmin} along one axis: the first index of the extreme; NaN counts as extreme. */
    static Array argReduce(String op, Array x, int axis, boolean max) {
        int a = Checks.axis(op, x.shape(), axis);
        int[] dims = x.shape().toArray();
        int len = dims[a];
        int inner = StridedLoop.contiguousStrides(dims)[a];
        int[] outDims = removeReduced(dims, axisMask(dims.length, a));
        int n = (int) Shape.of(outDims).size();
        if (len == 0 && n > 0) {
            throw new IllegalArgumentException(op + ": cannot reduce an empty axis of shape " + x.shape()
                    + "; axis " + axis + " has size 0");
        }
        if (x.isAbstract()) {
            return Array.abstractOf(Shape.of(outDims), DType.I32);
        }
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int base = (k / inner) * len * inner + k % inner;
            out[k] = best(x, base, inner, len, max);
        }
        return Array.wrap(Shape.of(outDims), DType.I32, out);
    }

    private static boolean[] axisMask(int rank, int axis) {
        boolean[] mask = new boolean[rank];
        mask[axis] = true;
        return mask;
    }

    private static int best(Array x, int base, int stride, int len, boolean max) {
        DType t = x.dtype();
        int bestIndex = 0;
        for (int i = 1; i < len && !isNan(x, base + bestIndex * stride); i++) {
            int cur = base + i * stride;
            int cmp = compare(t, x.data(), cur, base + bestIndex * stride);
            if (isNan(x, cur) || (max ? cmp > 0 : cmp < 0)) {
                bestIndex = i;
            }
        }
        return bestIndex;
    }

    private static boolean isNan(Array x, int i) {
        return x.dtype().isFloating() && Double.isNaN(Storage.getDouble(x.dtype(), x.data(), i));
    }

    private static int compare(DType t, Object d, int i, int j) {
        if (t.isFloating()) {
            double a = Storage.getDouble(t, d, i);
            double b = Storage.getDouble(t, d, j);
            return a > b ? 1 : a < b ? -1 : 0;
        }
        long a = Storage.getLong(t, d, i);
        long b = Storage.getLong(t, d, j);
        return t == DType.U64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
    }
}
