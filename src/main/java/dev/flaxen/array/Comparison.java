package dev.flaxen.array;

/**
 * Elementwise comparisons, with numpy broadcasting; results are bool arrays. Operands
 * are first promoted to a common dtype as for arithmetic; floats compare as IEEE values (any comparison
 * with NaN is false except {@code ne}), uint64 compares unsigned.
 */
enum Comparison {
    GT, GE, LT, LE, EQ, NE;

    private boolean test(int compare) {
        return switch (this) {
            case GT -> compare > 0;
            case GE -> compare >= 0;
            case LT -> compare < 0;
            case LE -> compare <= 0;
            case EQ -> compare == 0;
            case NE -> compare != 0;
        };
    }

    private boolean test(double a, double b) {
        return switch (this) {
            case GT -> a > b;
            case GE -> a >= b;
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
        };
    }

    /** {@code a <cmp> b}, broadcast. */
    Array apply(String op, Array a, Array b) {
        DType t = Promotion.promote(a.dtype(), b.dtype());
        return run(t, Casting.astype(a, t), Casting.astype(b, t), Broadcasting.shape(op, a.shape(), b.shape()));
    }

    /** {@code a <cmp> scalar}, the scalar weakly typed. */
    Array apply(Array a, double scalar) {
        DType t = Promotion.promoteScalar(a.dtype(), scalar);
        return run(t, Casting.astype(a, t), Elementwise.scalarOf(scalar, t), a.shape());
    }

    private Array run(DType t, Array a, Array b, Shape out) {
        Array shaped = Array.abstractResult(out, DType.BOOL, a, b);
        if (shaped != null) {
            return shaped;
        }
        byte[] o = new byte[out.intSize("Array")];
        StridedLoop loop = Broadcasting.loop(out, a.shape(), b.shape());
        int n = loop.rowLength();
        int sa = loop.innerStride(1);
        int sb = loop.innerStride(2);
        loop.forEachRow(p -> {
            for (int i = 0; i < n; i++) {
                o[p[0] + i] = (byte) (compare(t, a.data(), p[1] + i * sa, b.data(), p[2] + i * sb) ? 1 : 0);
            }
        });
        return Array.wrap(out, DType.BOOL, o);
    }

    private boolean compare(DType t, Object a, int i, Object b, int j) {
        if (t.isFloating()) {
            return test(Storage.getDouble(t, a, i), Storage.getDouble(t, b, j));
        }
        long x = Storage.getLong(t, a, i);
        long y = Storage.getLong(t, b, j);
        return test(t == DType.U64 ? Long.compareUnsigned(x, y) : Long.compare(x, y));
    }

    /** numpy's {@code allclose} without broadcasting: {@code |a - b| <= atol + rtol * |b|}, equal values close. */
    static boolean allClose(Array x, Array y, double rtol, double atol) {
        if (!x.shape().equals(y.shape())) {
            throw new IllegalArgumentException("Array.allClose: shapes " + x.shape() + " and " + y.shape() + " differ");
        }
        int n = x.size();
        for (int i = 0; i < n; i++) {
            double a = Storage.getDouble(x.dtype(), x.data(), i);
            double b = Storage.getDouble(y.dtype(), y.data(), i);
            if (a != b && !(Math.abs(a - b) <= atol + rtol * Math.abs(b))) {
                return false;
            }
        }
        return true;
    }
}
