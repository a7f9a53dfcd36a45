package dev.flaxen.array;

/**
 * Result dtypes of operations on two operands, after JAX's type-promotion lattice.
 *
 * <ul>
 *   <li>Same dtype: that dtype. bool with anything: the other dtype.
 *   <li>Two floats: the wider; float16 with bfloat16 gives float32.
 *   <li>Integer with float: the float (JAX, not numpy: {@code int64 + bfloat16} is bfloat16).
 *   <li>Two signed or two unsigned integers: the wider. Unsigned {@code u} with signed {@code s}: {@code s}
 *       if it is wider, else the signed type twice as wide as {@code u} (uint8 + int8 is int16), and
 *       uint64 with any signed type gives float64.
 *   <li>A Java {@code double} scalar is weakly typed: it takes the array's dtype, except that an integer or
 *       bool array with a scalar that is not an integer in {@code long} range gives float32 (float64 for
 *       64-bit integers, as JAX with 64-bit types enabled), and a bool array with an integer scalar gives int32.
 * </ul>
 */
final class Promotion {
    private Promotion() {
    }

    /** The dtype two arrays are promoted to. */
    static DType promote(DType a, DType b) {
        if (a == b || b == DType.BOOL) {
            return a;
        } else if (a == DType.BOOL) {
            return b;
        } else if (a.isFloating() || b.isFloating()) {
            return promoteFloats(a, b);
        } else if (a.isUnsigned() == b.isUnsigned()) {
            return a.bits() >= b.bits() ? a : b;
        }
        DType u = a.isUnsigned() ? a : b;
        DType s = a.isUnsigned() ? b : a;
        if (s.bits() > u.bits()) {
            return s;
        }
        return switch (u) {
            case U8 -> DType.I16;
            case U16 -> DType.I32;
            case U32 -> DType.I64;
            default -> DType.F64;
        };
    }

    private static DType promoteFloats(DType a, DType b) {
        if (!b.isFloating()) {
            return a;
        } else if (!a.isFloating()) {
            return b;
        } else if (a.bits() != b.bits()) {
            return a.bits() > b.bits() ? a : b;
        }
        return DType.F32;
    }

    /** The dtype an array and a weakly typed Java scalar are promoted to. */
    static DType promoteScalar(DType a, double scalar) {
        if (a.isFloating()) {
            return a;
        } else if (!isIntegral(scalar)) {
            return floatType(a);
        }
        return a == DType.BOOL ? DType.I32 : a;
    }

    /** Whether a scalar counts as a (weakly typed) integer: finite, no fraction, within {@code long} range. */
    static boolean isIntegral(double v) {
        return v == Math.rint(v) && Math.abs(v) < 0x1p63;
    }

    /**
     * Converts a Java scalar to a dtype: an integral value (see {@link #isIntegral}) wraps to an integer
     * dtype as a Python int does; any other value converts as {@code astype} from float64 does (truncation
     * toward zero, saturation, NaN to 0).
     */
    static void storeScalar(DType dtype, Object data, int i, double v) {
        if (dtype.isInteger() && isIntegral(v)) {
            Storage.setLong(dtype, data, i, (long) v);
        } else {
            Storage.setDouble(dtype, data, i, v);
        }
    }

    /** The dtype of {@code sum}: integers narrower than 32 bits (and bool) widen to int32 / uint32. */
    static DType sumType(DType t) {
        if (t == DType.BOOL || (t.isInteger() && !t.isUnsigned() && t.bits() < 32)) {
            return DType.I32;
        } else if (t.isUnsigned() && t.bits() < 32) {
            return DType.U32;
        }
        return t;
    }

    /**
     * JAX's {@code to_inexact_dtype}, the dtype of {@code mean}, {@code var}, {@code std} and true division:
     * floats keep theirs, 64-bit integers give float64, other integers and bool float32.
     */
    static DType floatType(DType t) {
        return t.isFloating() ? t : t.bits() == 64 ? DType.F64 : DType.F32;
    }
}
