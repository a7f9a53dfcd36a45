package dev.flaxen.array;

/**
 * numpy's {@code FloatingFormat} with JAX's defaults (precision 8, {@code floatmode='maxprec'},
 * {@code suppress=False}): one format chosen for a whole array, then applied to each element so columns align.
 *
 * <p>Scientific notation is chosen when a non-zero finite magnitude is at least 10^min(8, decimal digits of
 * the dtype) (1e8 for float64, 1e6 for float32, 1e3 for float16), below 1e-4, or when the largest is more
 * than 1000 times the smallest; the comparisons are made in the dtype, as numpy makes them. Positional
 * notation trims each value to its unique digits (at most 8 after the point) and pads columns with spaces;
 * scientific notation gives every value as many digits as the longest needs.
 */
final class FloatFormat {
    private final DType dtype;
    private boolean scientific;
    private int padLeft;
    private int padRight;
    private int precision = 8;
    private int expSize = -1;

    FloatFormat(DType dtype, double[] values) {
        this.dtype = dtype;
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        boolean anyFinite = false;
        boolean negativeInfinity = false;
        for (double v : values) {
            anyFinite |= Double.isFinite(v);
            negativeInfinity |= v == Double.NEGATIVE_INFINITY;
            if (Double.isFinite(v) && v != 0) {
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
            }
        }
        scientific = max > 0 && (max >= cutoff() || min < inDtype(1e-4) || inDtype(max / min) > 1000);
        if (anyFinite) {
            measure(values);
        }
        if (hasNonFinite(values)) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset));
        }
    }

    private static boolean hasNonFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return true;
            }
        }
        return false;
    }

    /** numpy's {@code 10.**min(8, finfo(dtype).precision)}. */
    private double cutoff() {
        return switch (dtype) {
            case F64 -> 1e8;
            case F32 -> 1e6;
            default -> 1e3;
        };
    }

    /** A double rounded to the dtype, as numpy's scalar arithmetic in that dtype rounds (half types via float32). */
    private double inDtype(double v) {
        return switch (dtype) {
            case F64 -> v;
            case F32 -> (float) v;
            case F16 -> HalfFloats.fromFloat16(HalfFloats.toFloat16((float) v));
            default -> HalfFloats.fromBFloat16(HalfFloats.toBFloat16((float) v));
        };
    }

    /** The first pass: print every finite value alone to find the common widths. */
    private void measure(double[] values) {
        int fracMax = 0;
        int intMax = 0;
        int expMax = 0;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = scientific ? FloatDigits.scientific(v, dtype, 8, 0, 0) : FloatDigits.positional(v, dtype, 8);
            int e = s.indexOf('e');
            String mantissa = e < 0 ? s : s.substring(0, e);
            int dot = mantissa.indexOf('.');
            intMax = Math.max(intMax, dot);
            fracMax = Math.max(fracMax, mantissa.length() - dot - 1);
            expMax = Math.max(expMax, e < 0 ? 0 : s.length() - e - 2);
        }
        padLeft = intMax;
        if (scientific) {
            expSize = expMax;
            precision = fracMax;
            padRight = expSize + 2 + precision;
        } else {
            padRight = fracMax;
        }
    }

    /** One element, padded to the common width. */
    String format(double v) {
        if (!Double.isFinite(v)) {
            String s = Double.isNaN(v) ? "nan" : v < 0 ? "-inf" : "inf";
            return " ".repeat(Math.max(0, padLeft + padRight + 1 - s.length())) + s;
        }
        String s = scientific ? FloatDigits.scientific(v, dtype, precision, precision, expSize)
                : FloatDigits.positional(v, dtype, 8);
        int dot = s.indexOf('.');
        String left = " ".repeat(Math.max(0, padLeft - dot)) + s;
        return scientific ? left : left + " ".repeat(Math.max(0, padRight - (s.length() - dot - 1)));
    }
}
