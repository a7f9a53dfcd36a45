package dev.flaxen.init;

import java.util.Locale;

/**
 * Which fan a {@link VarianceScaling} initializer divides its scale by, JAX's {@code mode} argument. Fans are
 * computed by {@link Fans}: for a Flax kernel {@code (..., in, out)} they are {@code fan_in = in * receptive} and
 * {@code fan_out = out * receptive}, with {@code receptive} the product of the remaining (spatial) dimensions.
 *
 * <pre>{@code
 * FanMode.of("fan_avg");     // FAN_AVG
 * FanMode.FAN_IN.jaxName();  // "fan_in"
 * }</pre>
 */
public enum FanMode {
    /** {@code "fan_in"}: the number of inputs. */
    FAN_IN("fan_in"),
    /** {@code "fan_out"}: the number of outputs. */
    FAN_OUT("fan_out"),
    /** {@code "fan_avg"}: {@code (fan_in + fan_out) / 2}. */
    FAN_AVG("fan_avg"),
    /** {@code "fan_geo_avg"}: {@code sqrt(fan_in * fan_out)} (JAX 0.5.1 and later). */
    FAN_GEO_AVG("fan_geo_avg");

    private final String jaxName;

    FanMode(String jaxName) {
        this.jaxName = jaxName;
    }

    /**
     * The mode JAX names {@code name} ({@code "fan_in"}, {@code "fan_out"}, {@code "fan_avg"}, {@code "fan_geo_avg"});
     * case is ignored.
     *
     * <pre>{@code
     * FanMode.of("FAN_IN");   // FAN_IN
     * }</pre>
     *
     * @param name a JAX mode string
     * @return the mode
     * @throws IllegalArgumentException for any other string
     */
    public static FanMode of(String name) {
        return parse("FanMode.of", name);
    }

    static FanMode parse(String op, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (FanMode m : values()) {
            if (m.jaxName.equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(op + ": expected mode one of fan_in, fan_out, fan_avg, fan_geo_avg, got '"
                + name + "'");
    }

    /**
     * The string JAX uses for this mode.
     *
     * @return e.g. {@code "fan_in"}
     */
    public String jaxName() {
        return jaxName;
    }

    /** The denominator of {@code scale / n} for these fans, in double as JAX computes it in Python. */
    double denominator(Fans fans) {
        switch (this) {
            case FAN_IN:
                return fans.fanIn();
            case FAN_OUT:
                return fans.fanOut();
            case FAN_AVG:
                return (fans.fanIn() + fans.fanOut()) / 2;
            default:
                return Math.sqrt(fans.fanIn() * fans.fanOut());
        }
    }
}
