package dev.flaxen.init;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * MXNet's {@code Mixed(patterns, initializers)}: picks an initializer by parameter path, the first pattern that
 * matches wins. Paths are Flax's, joined with {@code "/"}: {@code "params/layers_0/kernel"}. Patterns are Java regular
 * expressions matched as Python's {@code re.match} does: from the start of the path, not necessarily to its end
 * ({@link java.util.regex.Matcher#lookingAt()}). So {@code "params/.*kernel"} matches every kernel, {@code ".*bias$"}
 * every bias, {@code ".*"} everything (use it last, as a default), and a bare {@code "bias"} only paths that start
 * with {@code bias}.
 *
 * <p>Config: {@code flaxen>Mixed {patterns, initializers}} when every initializer has a config.
 *
 * <pre>{@code
 * Mixed m = MxnetInitializers.mixed(Vector.of(".*bias$", ".*"),
 *                                   Vector.of(Initializers.zeros(), Initializers.lecunNormal()));
 * m.select("params/Dense_0/bias");                          // Some(Constant[value=0.0])
 * m.init("params/Dense_0/kernel", key, Shape.of(4, 8), DType.F32);   // lecun normal
 * }</pre>
 *
 * @param patterns the regular expressions, in order
 * @param initializers the initializer of each pattern
 */
public record Mixed(Vector<String> patterns, Vector<Initializer> initializers) {
    private static final String OP = "MxnetInitializers.mixed";

    /**
     * Checks the rules.
     *
     * @param patterns the {@code patterns} component (see the class comment)
     * @param initializers the {@code initializers} component (see the class comment)
     * @throws IllegalArgumentException if the counts differ or a pattern is not a regular expression
     */
    public Mixed {
        Objects.requireNonNull(patterns, "patterns");
        Objects.requireNonNull(initializers, "initializers");
        if (patterns.size() != initializers.size()) {
            throw new IllegalArgumentException(OP + ": expected as many patterns as initializers, got "
                    + patterns.size() + " patterns and " + initializers.size() + " initializers");
        }
        for (String p : patterns) {
            try {
                Pattern.compile(Objects.requireNonNull(p, "pattern"));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(OP + ": expected a regular expression, got '" + p + "': "
                        + e.getDescription(), e);
            }
        }
        initializers.forEach(i -> Objects.requireNonNull(i, "initializer"));
    }

    /**
     * The initializer of the first pattern that matches the start of {@code path}.
     *
     * <pre>{@code
     * m.select("params/Dense_0/bias");   // Some(...)
     * }</pre>
     *
     * @param path a "/"-joined parameter path
     * @return the initializer, or none if no pattern matches
     */
    public Option<Initializer> select(String path) {
        Objects.requireNonNull(path, "path");
        for (int i = 0; i < patterns.size(); i++) {
            if (Pattern.compile(patterns.get(i)).matcher(path).lookingAt()) {
                return Option.some(initializers.get(i));
            }
        }
        return Option.none();
    }

    /**
     * Initializes the parameter at {@code path} with the initializer {@link #select(String)} picks.
     *
     * <pre>{@code
     * m.init("params/Dense_0/kernel", PRNGKey.of(0), Shape.of(4, 8), DType.F32);
     * }</pre>
     *
     * @param path a "/"-joined parameter path
     * @param key the key
     * @param shape the shape
     * @param dtype the dtype
     * @return the array
     * @throws IllegalArgumentException if no pattern matches, or as the chosen initializer
     */
    public Array init(String path, PRNGKey key, Shape shape, DType dtype) {
        return select(path).getOrElseThrow(() -> new IllegalArgumentException("Mixed.init: expected a pattern"
                + " matching '" + path + "', got none of " + patterns.mkString("[", ", ", "]")
                + ". Add \".*\" as the last pattern for a default")).init(key, shape, dtype);
    }

    /**
     * {@code flaxen>Mixed {"patterns": [...], "initializers": [...]}}, if every initializer has a config.
     *
     * @return the config, or none
     */
    public Option<InitializerConfig> config() {
        Vector<Option<InitializerConfig>> cs = initializers.map(Initializer::config);
        if (cs.exists(Option::isEmpty)) {
            return Option.none();
        }
        return new ConfigWriter().strings("patterns", patterns).nestedList("initializers", cs.map(Option::get))
                .build(ConfigWriter.FLAXEN + "Mixed");
    }

    /**
     * Rebuilds a {@code Mixed} from its JSON config.
     *
     * <pre>{@code
     * Mixed.fromConfig(m.config().get().toJson()).equals(m);   // true
     * }</pre>
     *
     * @param json {@code {"class_name": "flaxen>Mixed", "config": {...}}}
     * @return the rules
     * @throws IllegalArgumentException if the JSON is not such a config
     */
    public static Mixed fromConfig(String json) {
        return fromConfig(json, HashMap.empty());
    }

    /**
     * Rebuilds a {@code Mixed} whose initializers may include custom ones.
     *
     * <pre>{@code
     * Mixed.fromConfig(json, HashMap.of("myproject>Spiky", c -> spiky));
     * }</pre>
     *
     * @param json {@code {"class_name": "flaxen>Mixed", "config": {...}}}
     * @param custom readers of custom class names, as {@link Initializers#fromConfig(String, Map)}
     * @return the rules
     * @throws IllegalArgumentException if the JSON is not such a config
     */
    public static Mixed fromConfig(String json, Map<String, Function<InitializerConfig, Initializer>> custom) {
        String op = "Mixed.fromConfig";
        InitializerConfig c = InitializerConfig.parse(op, json);
        if (!c.className().equals(ConfigWriter.FLAXEN + "Mixed")) {
            throw new IllegalArgumentException(op + ": expected class_name flaxen>Mixed, got '" + c.className() + "'");
        }
        ConfigReader r = new ConfigReader(op, c, custom);
        return r.finish(new Mixed(r.strings("patterns"), r.initializers("initializers")));
    }
}
