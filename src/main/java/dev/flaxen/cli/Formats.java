package dev.flaxen.cli;

import dev.flaxen.io.CheckpointFormat;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How the command line prints numbers and names: counts with thousands separators, statistics with six significant
 * digits, checkpoint formats in words.
 */
final class Formats {
    private Formats() {
    }

    /** {@code 124439808} as {@code 124,439,808}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Six significant digits: {@code 0.0199987}, {@code -3.5e-07}, {@code 1.23457e+08}, {@code nan}, {@code inf}. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        String s = String.format(Locale.ROOT, "%.5e", v);
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        return mantissa + s.substring(e);
    }

    /** A checkpoint format as the commands name it: {@code safetensors} or {@code Flax msgpack}. */
    static String format(CheckpointFormat format) {
        return format == CheckpointFormat.SAFETENSORS ? "safetensors" : "Flax msgpack";
    }

    /** A size in bytes or parameters, short: {@code 950}, {@code 1.6M}, {@code 124.4M}, {@code 2.1G}. */
    static String shortCount(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        String[] units = {"K", "M", "G", "T"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f%s", v, units[u]);
    }
}
