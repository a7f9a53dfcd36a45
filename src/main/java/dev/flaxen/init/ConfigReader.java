package dev.flaxen.init;

import com.fasterxml.jackson.databind.JsonNode;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the keys of one config object with clear errors, and rejects keys nobody asked for. A reader lives for one
 * {@code fromConfig} call.
 */
final class ConfigReader {
    private final String op;
    private final InitializerConfig config;
    private final Map<String, Function<InitializerConfig, Initializer>> custom;
    private final Set<String> used = new LinkedHashSet<>();

    ConfigReader(String op, InitializerConfig config, Map<String, Function<InitializerConfig, Initializer>> custom) {
        this.op = op;
        this.config = config;
        this.custom = custom;
    }

    String op() {
        return op;
    }

    private JsonNode get(String key) {
        used.add(key);
        JsonNode v = config.configView().get(key);
        return v == null || v.isMissingNode() ? null : v;
    }

    private IllegalArgumentException wrong(String key, String expected, JsonNode got) {
        return new IllegalArgumentException(op + ": expected '" + key + "' in the config of " + config.className()
                + " to be " + expected + ", got " + got);
    }

    double number(String key, double dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual() && v.asText().matches("-?Infinity|NaN")) {
            return Double.parseDouble(v.asText());
        }
        throw wrong(key, "a number", v);
    }

    /** A number that must be present. */
    double number(String key) {
        if (!config.configView().has(key)) {
            throw new IllegalArgumentException(op + ": expected key '" + key + "' in the config of "
                    + config.className() + ", got " + config.configView());
        }
        return number(key, Double.NaN);
    }

    int integer(String key, int dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw wrong(key, "an int", v);
        }
        return v.intValue();
    }

    String string(String key, String dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        if (!v.isTextual()) {
            throw wrong(key, "a string", v);
        }
        return v.asText();
    }

    /** An int or a list of ints (JAX accepts both for axes). */
    Vector<Integer> axes(String key, Vector<Integer> dflt) {
        JsonNode v = get(key);
        if (v == null) {
            return dflt;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return Vector.of(v.intValue());
        }
        if (!v.isArray()) {
            throw wrong(key, "an int or a list of ints", v);
        }
        Vector<Integer> out = Vector.empty();
        for (JsonNode a : v) {
            if (!a.isIntegralNumber() || !a.canConvertToInt()) {
                throw wrong(key, "an int or a list of ints", v);
            }
            out = out.append(a.intValue());
        }
        return out;
    }

    Vector<String> strings(String key) {
        JsonNode v = get(key);
        if (v == null || !v.isArray()) {
            throw wrong(key, "a list of strings", v);
        }
        Vector<String> out = Vector.empty();
        for (JsonNode a : v) {
            if (!a.isTextual()) {
                throw wrong(key, "a list of strings", v);
            }
            out = out.append(a.asText());
        }
        return out;
    }

    /** Keras's {@code seed}: absent or null. */
    void seed() {
        JsonNode v = get("seed");
        if (v != null && !v.isNull()) {
            throw new IllegalArgumentException(op + ": expected seed null in the config of " + config.className()
                    + ", got " + v + ". Flaxen initializers take their PRNGKey when called, so a config has no seed");
        }
    }

    Initializer initializer(String key) {
        return Configs.read(op, InitializerConfig.fromJson(op, get(key)), custom);
    }

    Vector<Initializer> initializers(String key) {
        JsonNode v = get(key);
        if (v == null || !v.isArray()) {
            throw wrong(key, "a list of initializer configs", v);
        }
        Vector<Initializer> out = Vector.empty();
        for (JsonNode a : v) {
            out = out.append(Configs.read(op, InitializerConfig.fromJson(op, a), custom));
        }
        return out;
    }

    /** Returns {@code value} after checking that every key of the config was read. */
    <T> T finish(T value) {
        for (Iterator<String> it = config.configView().fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!used.contains(k)) {
                throw new IllegalArgumentException(op + ": expected only the keys " + String.join(", ", used)
                        + " in the config of " + config.className() + ", got '" + k + "'");
            }
        }
        return value;
    }
}
