package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;
import dev.flaxen.array.Shape;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * Scalar and element-wise arithmetic in a dtype, rounded the way JAX on XLA:CPU rounds it: a Python float
 * becomes {@code jnp.array(x, dtype)} (float64 → float16 directly, float64 → float32 → bfloat16 for
 * bfloat16), and half-type operations are computed in float32 and rounded once to the half type. Scalars are
 * carried as doubles that hold a value of the dtype exactly.
 */
final class Numerics {
    static final String FLOATING = "a floating dtype (float32, float64, float16, bfloat16)";

    private Numerics() {
    }

    /** Throws unless {@code dtype} is floating: random initializers sample floats only. */
    static void requireFloating(String op, DType dtype) {
        if (!dtype.isFloating()) {
            throw new IllegalArgumentException(op + ": expected " + FLOATING + ", got " + dtype);
        }
    }

    /**
     * {@code jnp.array(x, dtype)} for a Python float {@code x}, as a double: floats round as
     * {@link HalfFloats#roundTo} rounds them, integers truncate toward zero.
     */
    static double round(double x, DType dtype) {
        if (dtype.isFloating()) {
            return HalfFloats.roundTo(x, dtype);
        }
        return dtype.isBool() ? (x != 0 ? 1 : 0) : truncate(x, dtype);
    }

    private static double truncate(double x, DType dtype) {
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        double min = dtype.isUnsigned() ? 0 : -Math.pow(2, dtype.bits() - 1);
        double max = dtype.isUnsigned() ? Math.pow(2, dtype.bits()) : Math.pow(2, dtype.bits() - 1);
        if (!(t >= min && t < max)) {
            throw new IllegalArgumentException("Initializers.constant: expected a value representable in " + dtype
                    + ", got " + x);
        }
        return t;
    }

    /** Rounds a float32 result to the dtype (identity for float32). */
    static float roundFloat(float x, DType dtype) {
        switch (dtype) {
            case BF16:
                return HalfFloats.fromBFloat16(HalfFloats.toBFloat16(x));
            case F16:
                return HalfFloats.fromFloat16(HalfFloats.toFloat16(x));
            default:
                return x;
        }
    }

    /** {@code jnp.sqrt(x)} for a value {@code x} of the floating dtype. */
    static double sqrt(double x, DType dtype) {
        return dtype == DType.F64 ? Math.sqrt(x) : roundFloat((float) Math.sqrt((float) x), dtype);
    }

    /** {@code a * b} for values of the floating dtype. */
    static double mul(double a, double b, DType dtype) {
        return dtype == DType.F64 ? a * b : roundFloat((float) a * (float) b, dtype);
    }

    /** {@code a / b} for values of the floating dtype. */
    static double div(double a, double b, DType dtype) {
        return dtype == DType.F64 ? a / b : roundFloat((float) a / (float) b, dtype);
    }

    /**
     * {@code x * c + m} element-wise in x's floating dtype, each operation rounded ({@code m == 0} skips the add,
     * so a {@code -0.0} product stays {@code -0.0}); {@code c} and {@code m} are values of the dtype.
     */
    static Array affine(Array x, double c, double m) {
        return affine(x, c, m, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** {@link #affine(Array, double, double)} then {@code clip(y, lo, hi)} ({@code max} then {@code min}, as jnp.clip). */
    static Array affine(Array x, double c, double m, double lo, double hi) {
        Shape shape = x.shape();
        switch (x.dtype()) {
            case F64: {
                double[] v = x.toDoubleArray();
                return Array.generateDouble(shape, out -> {
                    for (int i = 0; i < out.length; i++) {
                        double y = m == 0 ? v[i] * c : v[i] * c + m;
                        out[i] = Math.min(Math.max(y, lo), hi);
                    }
                });
            }
            case F32: {
                float[] v = x.toFloatArray();
                float cf = (float) c;
                float mf = (float) m;
                float lf = (float) lo;
                float hf = (float) hi;
                return Array.generateFloat(shape, out -> {
                    for (int i = 0; i < out.length; i++) {
                        float y = mf == 0 ? v[i] * cf : v[i] * cf + mf;
                        out[i] = Math.min(Math.max(y, lf), hf);
                    }
                });
            }
            default:
                return affineHalf(x, (float) c, (float) m, (float) lo, (float) hi);
        }
    }

    private static Array affineHalf(Array x, float c, float m, float lo, float hi) {
        DType dtype = x.dtype();
        float[] v = x.toFloatArray();
        return Array.generateShort(x.shape(), dtype, out -> {
            for (int i = 0; i < out.length; i++) {
                float y = roundFloat(v[i] * c, dtype);
                y = m == 0 ? y : roundFloat(y + m, dtype);
                out[i] = toHalfBits(Math.min(Math.max(y, lo), hi), dtype);
            }
        });
    }

    static short toHalfBits(float x, DType dtype) {
        return dtype == DType.F16 ? HalfFloats.toFloat16(x) : HalfFloats.toBFloat16(x);
    }

    /** An array filled with {@code round(value, dtype)}. */
    static Array full(Shape shape, DType dtype, double value) {
        double v = round(value, dtype);
        switch (dtype) {
            case F64:
                return Array.generateDouble(shape, out -> Arrays.fill(out, v));
            case F32:
                return Array.generateFloat(shape, out -> Arrays.fill(out, (float) v));
            case F16:
            case BF16:
                return Array.generateShort(shape, dtype, out -> Arrays.fill(out, toHalfBits((float) v, dtype)));
            default:
                return build(shape, dtype, i -> v);
        }
    }

    /**
     * An array whose element {@code i} (row-major) is {@code value(i)}; values must already be values of the dtype
     * (floats are rounded to it, integers truncated).
     */
    static Array build(Shape shape, DType dtype, IntToDoubleFunction value) {
        switch (dtype) {
            case F64:
                return Array.generateDouble(shape, out -> Arrays.setAll(out, value));
            case F32:
                return Array.generateFloat(shape, out -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = (float) value.applyAsDouble(i);
                    }
                });
            case F16:
            case BF16:
                return Array.generateShort(shape, dtype, out -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = toHalfBits((float) value.applyAsDouble(i), dtype);
                    }
                });
            default:
                return buildInteger(shape, dtype, value);
        }
    }

    private static Array buildInteger(Shape shape, DType dtype, IntToDoubleFunction value) {
        switch (dtype.itemSize()) {
            case 8:
                return Array.generateLong(shape, dtype, out -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = integer(value.applyAsDouble(i), dtype);
                    }
                });
            case 4:
                return Array.generateInt(shape, dtype, out -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = (int) integer(value.applyAsDouble(i), dtype);
                    }
                });
            case 2:
                return Array.generateShort(shape, dtype, out -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = (short) integer(value.applyAsDouble(i), dtype);
                    }
                });
            default:
                return Array.generateByte(shape, dtype, out -> {
                    for (int i = 0; i < out.length; i++) {
                        out[i] = (byte) integer(value.applyAsDouble(i), dtype);
                    }
                });
        }
    }

    private static long integer(double v, DType dtype) {
        double r = round(v, dtype);
        return r >= 0x1p63 ? (long) (r - 0x1p64) : (long) r;
    }
}
