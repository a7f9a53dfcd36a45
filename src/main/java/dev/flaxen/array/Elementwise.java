package dev.flaxen.array;

import java.util.function.DoubleUnaryOperator;
import java.util.function.LongUnaryOperator;

/**
 * Elementwise arithmetic with numpy broadcasting and JAX type promotion (see {@link Promotion}).
 */
final class Elementwise {
    private Elementwise() {
    }

    /** {@code a <op> b} for two arrays. */
    static Array binary(String op, BinaryOp kind, Array a, Array b) {
        DType t = resultType(op, kind, Promotion.promote(a.dtype(), b.dtype()));
        Shape out = Broadcasting.shape(op, a.shape(), b.shape());
        Array shaped = Array.abstractResult(out, t, a, b);
        return shaped != null ? shaped : run(kind, t, Casting.astype(a, t), Casting.astype(b, t), out);
    }

    /** {@code a <op> scalar}, the scalar weakly typed. */
    static Array binary(String op, BinaryOp kind, Array a, double scalar) {
        DType t = resultType(op, kind, Promotion.promoteScalar(a.dtype(), scalar));
        Array shaped = Array.abstractResult(a.shape(), t, a);
        return shaped != null ? shaped : run(kind, t, Casting.astype(a, t), scalarOf(scalar, t), a.shape());
    }

    /** A 0-d array holding a scalar converted to {@code t} by {@link Promotion#storeScalar}. */
    static Array scalarOf(double v, DType t) {
        Object data = Storage.allocate(t, 1);
        Promotion.storeScalar(t, data, 0, v);
        return Array.wrap(Shape.scalar(), t, data);
    }

    private static DType resultType(String op, BinaryOp kind, DType promoted) {
        if (kind == BinaryOp.DIV) {
            return Promotion.floatType(promoted);
        } else if (kind == BinaryOp.SUB && promoted == DType.BOOL) {
            throw unsupported(op, promoted, "use astype(DType.I32) first");
        }
        return promoted;
    }

    /** Runs the kernel over broadcast operands that already have dtype {@code t}. */
    private static Array run(BinaryOp kind, DType t, Array a, Array b, Shape out) {
        Object o = Storage.allocate(t, out.intSize("Array"));
        StridedLoop loop = Broadcasting.loop(out, a.shape(), b.shape());
        int n = loop.rowLength();
        int sa = loop.innerStride(1);
        int sb = loop.innerStride(2);
        Object x = a.data();
        Object y = b.data();
        if (t == DType.F32) {
            loop.forEachRow(p -> kind.rowF32((float[]) x, p[1], sa, (float[]) y, p[2], sb, (float[]) o, p[0], n));
        } else if (t.isFloating()) {
            loop.forEachRow(p -> kind.rowDouble(t, x, p[1], sa, y, p[2], sb, o, p[0], n));
        } else {
            loop.forEachRow(p -> kind.rowLong(t, x, p[1], sa, y, p[2], sb, o, p[0], n));
        }
        return Array.wrap(out, t, o);
    }

    /** {@code x ** p}: integer arrays with an integral exponent stay integers; other cases compute in float. */
    static Array pow(Array x, double p) {
        if (!x.dtype().isFloating() && Promotion.isIntegral(p) && p < 0) {
            throw new IllegalArgumentException("Array.pow: expected a non-negative exponent for dtype "
                    + x.dtype() + ", got " + p + "; integers to negative integer powers are not allowed");
        }
        return binary("Array.pow", BinaryOp.POW, x, p);
    }

    /** {@code -x}. */
    static Array neg(Array x) {
        if (x.dtype() == DType.BOOL) {
            throw unsupported("Array.neg", x.dtype(), "use astype(DType.I32) first");
        }
        return x.dtype().isFloating() ? mapFloat(x, v -> -v) : mapLong(x, v -> -v);
    }

    /** {@code |x|}; unsigned and bool arrays are returned unchanged. */
    static Array abs(Array x) {
        if (x.dtype().isUnsigned() || x.dtype().isBool()) {
            return x;
        }
        return x.dtype().isFloating() ? mapFloat(x, Math::abs) : mapLong(x, Math::abs);
    }

    /** A float function ({@code exp}, {@code log}, ...): float dtypes only. */
    static Array floatFunction(String op, Array x, DoubleUnaryOperator f) {
        if (!x.dtype().isFloating()) {
            throw unsupported(op, x.dtype(), "use astype(DType.F32) first");
        }
        return mapFloat(x, f);
    }

    /** {@code f} on every element as a double, the result stored back in the same dtype. */
    static Array map(Array x, DoubleUnaryOperator f) {
        return x.dtype().isFloating() ? mapFloat(x, f) : mapStore(x, f);
    }

    private static Array mapFloat(Array x, DoubleUnaryOperator f) {
        DType t = x.dtype();
        if (x.isAbstract()) {
            return x;
        }
        int n = x.size();
        Object o = Storage.allocate(t, n);
        if (x.data() instanceof float[] a) {
            float[] out = (float[]) o;
            for (int i = 0; i < a.length; i++) {
                out[i] = (float) f.applyAsDouble(a[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                Storage.setDouble(t, o, i, f.applyAsDouble(Storage.getDouble(t, x.data(), i)));
            }
        }
        return Array.wrap(x.shape(), t, o);
    }

    private static Array mapStore(Array x, DoubleUnaryOperator f) {
        DType t = x.dtype();
        if (x.isAbstract()) {
            return x;
        }
        int n = x.size();
        Object o = Storage.allocate(t, n);
        for (int i = 0; i < n; i++) {
            Promotion.storeScalar(t, o, i, f.applyAsDouble(Storage.getDouble(t, x.data(), i)));
        }
        return Array.wrap(x.shape(), t, o);
    }

    private static Array mapLong(Array x, LongUnaryOperator f) {
        DType t = x.dtype();
        if (x.isAbstract()) {
            return x;
        }
        int n = x.size();
        Object o = Storage.allocate(t, n);
        for (int i = 0; i < n; i++) {
            Storage.setLong(t, o, i, f.applyAsLong(Storage.getLong(t, x.data(), i)));
        }
        return Array.wrap(x.shape(), t, o);
    }

    static IllegalArgumentException unsupported(String op, DType t, String hint) {
        return new IllegalArgumentException(op + ": dtype " + t + " is not supported; " + hint);
    }

    /** numpy's {@code where(cond, x, y)}: {@code x} where {@code cond} is non-zero, else {@code y}, broadcast. */
    static Array where(Array cond, Array x, Array y) {
        DType t = Promotion.promote(x.dtype(), y.dtype());
        Shape out = Broadcasting.shape("Array.where", Broadcasting.shape("Array.where", cond.shape(), x.shape()),
                y.shape());
        Array shaped = Array.abstractResult(out, t, cond, x, y);
        if (shaped != null) {
            return shaped;
        }
        Array c = Casting.astype(cond, DType.BOOL);
        Object xs = Casting.astype(x, t).data();
        Object ys = Casting.astype(y, t).data();
        Object o = Storage.allocate(t, out.intSize("Array.where"));
        StridedLoop loop = Broadcasting.loop(out, c.shape(), x.shape(), y.shape());
        int n = loop.rowLength();
        int sc = loop.innerStride(1);
        int sx = loop.innerStride(2);
        int sy = loop.innerStride(3);
        byte[] cs = (byte[]) c.data();
        loop.forEachRow(p -> {
            for (int i = 0; i < n; i++) {
                boolean pick = cs[p[1] + i * sc] != 0;
                System.arraycopy(pick ? xs : ys, pick ? p[2] + i * sx : p[3] + i * sy, o, p[0] + i, 1);
            }
        });
        return Array.wrap(out, t, o);
    }
}
