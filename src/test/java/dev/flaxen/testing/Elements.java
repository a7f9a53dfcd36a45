package dev.flaxen.testing;

import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;
import dev.flaxen.array.Shape;

/** How failure messages show one element: bits in hex, the value, the ulp distance, the n-d index. */
final class Elements {
    private Elements() {
    }

    /** The bit pattern as {@code 0x} and two hex digits per byte: {@code 0x3f800000}, {@code 0x3c00}. */
    static String hex(DType dtype, long bits) {
        String digits = Long.toHexString(bits);
        return "0x" + "0".repeat(Math.max(0, 2 * dtype.itemSize() - digits.length())) + digits;
    }

    /** The value as Java prints it: {@code 1.0000001}, {@code NaN}, {@code -0.0}, {@code 255}, {@code true}. */
    static String value(DType dtype, long bits) {
        return switch (dtype) {
            case F64 -> Double.toString(Double.longBitsToDouble(bits));
            case F32 -> Float.toString(Float.intBitsToFloat((int) bits));
            case F16 -> Float.toString(HalfFloats.fromFloat16((short) bits));
            case BF16 -> Float.toString(HalfFloats.fromBFloat16((short) bits));
            case BOOL -> Boolean.toString(bits != 0);
            case U64 -> Long.toUnsignedString(bits);
            default -> Long.toString(dtype.isUnsigned() ? bits : signExtend(bits, dtype.bits()));
        };
    }

    /** Whether a float element is a NaN. */
    static boolean isNaN(DType dtype, long bits) {
        long magnitude = bits & (signBit(dtype) - 1);
        return magnitude > infinity(dtype);
    }

    /**
     * The number of representable values from one float to the other in IEEE total order (so +0 and -0 are 1
     * apart, and the smallest subnormals of both signs 3 apart), as an unsigned long; neither may be a NaN.
     */
    static long ulpDistance(DType dtype, long a, long b) {
        long x = ordered(dtype, a);
        long y = ordered(dtype, b);
        return Long.compareUnsigned(x, y) >= 0 ? x - y : y - x;
    }

    /** {@code [1, 2]} for flat index 5 of shape (2, 3); {@code []} for a scalar. */
    static String ndIndex(Shape shape, int flat) {
        int[] index = new int[shape.rank()];
        for (int axis = shape.rank() - 1; axis >= 0; axis--) {
            index[axis] = flat % shape.dim(axis);
            flat /= shape.dim(axis);
        }
        return java.util.Arrays.toString(index);
    }

    /** Total order as an unsigned key: negative values flipped below the positive ones. */
    private static long ordered(DType dtype, long bits) {
        long sign = signBit(dtype);
        long mask = sign | (sign - 1);
        return (bits & sign) != 0 ? ~bits & mask : bits | sign;
    }

    private static long signBit(DType dtype) {
        return 1L << (dtype.bits() - 1);
    }

    private static long infinity(DType dtype) {
        return switch (dtype) {
            case F64 -> 0x7ff0000000000000L;
            case F32 -> 0x7f800000L;
            case F16 -> 0x7c00L;
            default -> 0x7f80L;
        };
    }

    private static long signExtend(long bits, int width) {
        return width == 64 ? bits : (bits << (64 - width)) >> (64 - width);
    }
}
