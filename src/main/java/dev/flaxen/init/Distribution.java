package dev.flaxen.init;

import java.util.Locale;

/**
 * The distribution a {@link VarianceScaling} initializer samples, JAX's {@code distribution} argument.
 *
 * <p>Careful with Keras configs: Keras reads {@code "normal"} as the <em>truncated</em> normal and spells the plain
 * normal {@code "untruncated_normal"}. {@link #of(String)} uses JAX's spelling; Keras configs are translated when
 * read and written (see {@code docs/initializers.md}).
 *
 * <pre>{@code
 * Distribution.of("truncated_normal");   // TRUNCATED_NORMAL
 * }</pre>
 */
public enum Distribution {
    /** {@code "truncated_normal"}: a normal truncated to {@code (-2, 2)}, rescaled to keep the variance. */
    TRUNCATED_NORMAL("truncated_normal"),
    /** {@code "normal"}: an untruncated normal. */
    NORMAL("normal"),
    /** {@code "uniform"}: uniform on {@code [-limit, limit)} with {@code limit = sqrt(3 * variance)}. */
    UNIFORM("uniform");

    private final String jaxName;

    Distribution(String jaxName) {
        this.jaxName = jaxName;
    }

    /**
     * The distribution JAX names {@code name} ({@code "truncated_normal"}, {@code "normal"}, {@code "uniform"});
     * case is ignored.
     *
     * <pre>{@code
     * Distribution.of("uniform");   // UNIFORM
     * }</pre>
     *
     * @param name a JAX distribution string
     * @return the distribution
     * @throws IllegalArgumentException for any other string
     */
    public static Distribution of(String name) {
        return parse("Distribution.of", name);
    }

    static Distribution parse(String op, String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (Distribution d : values()) {
            if (d.jaxName.equals(n)) {
                return d;
            }
        }
        throw new IllegalArgumentException(op + ": expected distribution one of truncated_normal, normal, uniform, got '"
                + name + "'");
    }

    /**
     * The string JAX uses for this distribution.
     *
     * @return e.g. {@code "truncated_normal"}
     */
    public String jaxName() {
        return jaxName;
    }
}
