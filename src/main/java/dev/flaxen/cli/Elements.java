package dev.flaxen.cli;

import dev.flaxen.array.DType;
import dev.flaxen.array.HalfFloats;

/** An element's value and, for floats, its position on the line of representable values, from its storage bits. */
final class Elements {
    private Elements() {
    }

    /** The value of an element with these storage bits ({@code Array.bitsAt}), as a double. */
    static double value(DType t, long bits) {
        switch (t) {
            case F64: return Double.longBitsToDouble(bits);
            case F32: return Float.intBitsToFloat((int) bits);
            case F16: return HalfFloats.fromFloat16((short) bits);
            case BF16: return HalfFloats.fromBFloat16((short) bits);
            case U64: return bits >= 0 ? bits : (bits >>> 1) * 2.0 + (bits & 1);
            default:
                if (t.isUnsigned() || t.isBool()) {
                    return bits;
                }
                int shift = 64 - t.bits();
                return (bits << shift) >> shift;
        }
    }

    /**
     * The float's rank among the values of its type, so that two floats are {@code |rank(a) - rank(b)|} units in the
     * last place apart: sign and magnitude bits turned into a signed integer ({@code -0} and {@code +0} both rank 0).
     */
    static long rank(DType t, long bits) {
        int width = t.bits();
        long magnitude = bits & ((1L << (width - 1)) - 1);
        boolean negative = ((bits >>> (width - 1)) & 1) != 0;
        return negative ? -magnitude : magnitude;
    }
}
