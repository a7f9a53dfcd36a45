package dev.flaxen.init;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Objects;

/**
 * The serialised form of an initializer, Keras's {@code {"class_name": ..., "config": {...}}}: an immutable value
 * holding the class name and a private copy of the config object. Built-in initializers use Keras 3's class names
 * and keys where Keras has the initializer ({@code GlorotUniform}, {@code RandomNormal}, ...) and {@code flaxen>}
 * names for the rest; {@code docs/initializers.md} lists the schema.
 *
 * <pre>{@code
 * InitializerConfig c = Initializers.heUniform().config().get();
 * c.className();   // "HeUniform"
 * c.toJson();      // {"class_name":"HeUniform","config":{"seed":null}}
 * Initializers.fromConfig(c.toJson()).equals(Initializers.heUniform());   // true
 * }</pre>
 */
public final class InitializerConfig {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final String className;
    private final ObjectNode config;

    private InitializerConfig(String className, ObjectNode config) {
        this.className = className;
        this.config = config;
    }

    /**
     * A config from its parts (the object is copied).
     *
     * <pre>{@code
     * InitializerConfig.of("Zeros", JsonNodeFactory.instance.objectNode());
     * }</pre>
     *
     * @param className the class name
     * @param config a JSON object
     * @return the config
     * @throws IllegalArgumentException if {@code config} is not a JSON object
     */
    public static InitializerConfig of(String className, JsonNode config) {
        Objects.requireNonNull(className, "className");
        if (config == null || !config.isObject()) {
            throw new IllegalArgumentException("InitializerConfig.of: expected a JSON object as config, got " + config);
        }
        return new InitializerConfig(className, config.deepCopy());
    }

    /**
     * Parses {@code {"class_name": ..., "config": {...}}}. The keys {@code "module"} and {@code "registered_name"} that
     * Keras 3's {@code serialize} adds are accepted and ignored.
     *
     * <pre>{@code
     * InitializerConfig.parse("{\"class_name\": \"Ones\", \"config\": {}}").className();   // "Ones"
     * }</pre>
     *
     * @param json the JSON text
     * @return the config
     * @throws IllegalArgumentException if the text is not JSON of that form
     */
    public static InitializerConfig parse(String json) {
        return parse("InitializerConfig.parse", json);
    }

    static InitializerConfig parse(String op, String json) {
        Objects.requireNonNull(json, "json");
        try {
            return fromJson(op, MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(op + ": expected JSON text, got " + abbreviate(json) + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a parsed {@code {"class_name": ..., "config": {...}}} object (copied).
     *
     * <pre>{@code
     * InitializerConfig.fromJson(new ObjectMapper().readTree("{\"class_name\":\"Zeros\",\"config\":{}}"));
     * }</pre>
     *
     * @param node the JSON object
     * @return the config
     * @throws IllegalArgumentException if the object does not have that form
     */
    public static InitializerConfig fromJson(JsonNode node) {
        return fromJson("InitializerConfig.fromJson", node);
    }

    static InitializerConfig fromJson(String op, JsonNode node) {
        if (node == null || !node.isObject() || !node.path("class_name").isTextual()
                || !node.path("config").isObject()) {
            throw new IllegalArgumentException(op + ": expected {\"class_name\": ..., \"config\": {...}}, got "
                    + abbreviate(String.valueOf(node)));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!k.equals("class_name") && !k.equals("config") && !k.equals("module") && !k.equals("registered_name")) {
                throw new IllegalArgumentException(op + ": expected only the keys class_name, config, module,"
                        + " registered_name, got '" + k + "'");
            }
        }
        return new InitializerConfig(node.get("class_name").asText(), node.get("config").deepCopy());
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /**
     * The class name, e.g. {@code "GlorotUniform"} or {@code "flaxen>Sparse"}.
     *
     * @return the class name
     */
    public String className() {
        return className;
    }

    /**
     * The config object.
     *
     * @return a fresh copy
     */
    public ObjectNode config() {
        return config.deepCopy();
    }

    /** The config object itself, for this package's readers only; never hand it out. */
    ObjectNode configView() {
        return config;
    }

    /**
     * The whole object, {@code {"class_name": ..., "config": {...}}}.
     *
     * @return a fresh JSON object
     */
    public ObjectNode toJsonNode() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("class_name", className);
        n.set("config", config.deepCopy());
        return n;
    }

    /**
     * The whole object as compact JSON text.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(toJsonNode());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("InitializerConfig.toJson: cannot write a JSON tree", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InitializerConfig c && className.equals(c.className) && config.equals(c.config);
    }

    @Override
    public int hashCode() {
        return 31 * className.hashCode() + config.hashCode();
    }

    /**
     * The JSON text.
     *
     * @return {@link #toJson()}
     */
    @Override
    public String toString() {
        return toJson();
    }
}
