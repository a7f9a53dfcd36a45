package dev.flaxen.array;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal digits of float values as numpy's Dragon4 prints them, computed exactly with {@link BigDecimal}.
 *
 * <p>"Unique" digits are the shortest decimal that reads back (round to nearest even) as the same value
 * of the value's own dtype, the closest such decimal when there are several; a precision cut-off or a
 * minimum digit count instead rounds the exact binary value half-to-even at that digit.
 */
final class FloatDigits {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private FloatDigits() {
    }

    /** The shortest decimal that rounds to {@code v} in dtype {@code t}; {@code v} finite and positive. */
    static BigDecimal shortest(double v, DType t) {
        BigDecimal exact = new BigDecimal(v);
        BigDecimal below = new BigDecimal(neighbour(v, t, false));
        double next = neighbour(v, t, true);
        BigDecimal above = Double.isInfinite(next) ? exact.add(exact.subtract(below)) : new BigDecimal(next);
        BigDecimal low = exact.add(below).multiply(HALF);
        BigDecimal high = exact.add(above).multiply(HALF);
        boolean inclusive = (mantissaBits(v, t) & 1) == 0;
        for (int p = 1; ; p++) {
            BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
            boolean downOk = inside(down, low, high, inclusive);
            boolean upOk = inside(up, low, high, inclusive);
            if (downOk && upOk) {
                return exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            } else if (downOk || upOk) {
                return downOk ? down : up;
            }
        }
    }

    private static boolean inside(BigDecimal d, BigDecimal low, BigDecimal high, boolean inclusive) {
        int lo = d.compareTo(low);
        int hi = d.compareTo(high);
        return inclusive ? lo >= 0 && hi <= 0 : lo > 0 && hi < 0;
    }

    /** The next smaller or larger value of dtype {@code t} (positive {@code v}); may be infinite. */
    private static double neighbour(double v, DType t, boolean up) {
        return switch (t) {
            case F64 -> up ? Math.nextUp(v) : Math.nextDown(v);
            case F32 -> up ? Math.nextUp((float) v) : Math.nextDown((float) v);
            case F16 -> HalfFloats.fromFloat16((short) (HalfFloats.toFloat16((float) v) + (up ? 1 : -1)));
            default -> HalfFloats.fromBFloat16((short) (HalfFloats.toBFloat16((float) v) + (up ? 1 : -1)));
        };
    }

    private static long mantissaBits(double v, DType t) {
        return switch (t) {
            case F64 -> Double.doubleToRawLongBits(v);
            case F32 -> Float.floatToRawIntBits((float) v);
            case F16 -> HalfFloats.toFloat16((float) v);
            default -> HalfFloats.toBFloat16((float) v);
        };
    }

    /**
     * numpy's {@code dragon4_positional(x, precision, unique=True, fractional=True, trim='.')}, unpadded:
     * unique digits, at most {@code precision} after the point, trailing zeros trimmed, the point kept.
     */
    static String positional(double v, DType t, int precision) {
        BigDecimal d = magnitude(v, t);
        if (fractionDigits(d) > precision) {
            d = new BigDecimal(Math.abs(v)).setScale(precision, RoundingMode.HALF_EVEN);
        }
        String plain = d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        return sign(v) + (plain.contains(".") ? plain : plain + ".");
    }

    /**
     * numpy's {@code dragon4_scientific(x, precision, min_digits, unique=True)}: unique digits with at most
     * {@code precision} and at least {@code minDigits} after the point (trimmed when {@code minDigits} is 0),
     * the exponent signed and at least {@code expDigits} (and 2) digits long.
     */
    static String scientific(double v, DType t, int precision, int minDigits, int expDigits) {
        BigDecimal d = magnitude(v, t);
        int fraction = d.signum() == 0 ? 0 : d.stripTrailingZeros().precision() - 1;
        if (fraction > precision || fraction < minDigits) {
            int digits = 1 + (fraction > precision ? precision : minDigits);
            d = new BigDecimal(Math.abs(v)).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        }
        String digits = d.signum() == 0 ? "0" : d.stripTrailingZeros().unscaledValue().toString();
        int exponent = d.signum() == 0 ? 0 : d.stripTrailingZeros().precision() - d.stripTrailingZeros().scale() - 1;
        StringBuilder frac = new StringBuilder(digits.substring(1));
        while (frac.length() < minDigits) {
            frac.append('0');
        }
        String exp = String.valueOf(Math.abs(exponent));
        exp = "0".repeat(Math.max(0, Math.max(2, expDigits) - exp.length())) + exp;
        return sign(v) + digits.charAt(0) + "." + frac + "e" + (exponent < 0 ? "-" : "+") + exp;
    }

    private static BigDecimal magnitude(double v, DType t) {
        return v == 0 ? BigDecimal.ZERO : shortest(Math.abs(v), t);
    }

    private static int fractionDigits(BigDecimal d) {
        return d.signum() == 0 ? 0 : Math.max(0, d.stripTrailingZeros().scale());
    }

    private static String sign(double v) {
        return (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
    }

    /**
     * C's {@code printf("%g")} with precision 6, as {@code ml_dtypes} prints a bfloat16 scalar (through
     * {@code std::ostream}); NaN prints as {@code nan} without a sign.
     */
    static String cFormatG(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        } else if (Double.isInfinite(v) || v == 0) {
            return sign(v) + (v == 0 ? "0" : "inf");
        }
        BigDecimal d = new BigDecimal(Math.abs(v)).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -4 && exponent < 6) {
            return sign(v) + d.toPlainString();
        }
        String digits = d.unscaledValue().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.valueOf(Math.abs(exponent));
        return sign(v) + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
    }
}
