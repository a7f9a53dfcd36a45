package dev.flaxen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.flaxen.array.DType;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Initializers;
import io.vavr.collection.Vector;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One JSON object of a model description being read: typed getters that name the object's JSON path
 * ({@code $.model.layers[2].features}) in every error, and a check that the object has no other keys.
 */
final class JsonFields {
    private final Errors errors;
    private final JsonNode node;
    private final String path;

    /** Where errors go: the operation and the file, if any. */
    record Errors(String op, String where) {
        IllegalArgumentException expected(String what, JsonNode got, String path, String hint) {
            return new IllegalArgumentException(op + ": expected " + what + ", got " + describe(got) + " at " + path
                    + where + (hint.isEmpty() ? "" : ". " + hint));
        }

        IllegalArgumentException wrap(RuntimeException e, String path) {
            return new IllegalArgumentException(op + ": at " + path + where + ": " + e.getMessage(), e);
        }

        private static String describe(JsonNode node) {
            if (node == null || node.isMissingNode()) {
                return "none";
            }
            String s = node.toString();
            return s.length() <= 60 ? s : s.substring(0, 57) + "...";
        }
    }

    private JsonFields(Errors errors, JsonNode node, String path) {
        this.errors = errors;
        this.node = node;
        this.path = path;
    }

    /** The object at {@code path}; {@code kind} and {@code keys} name what it is and the keys it may have. */
    static JsonFields of(Errors errors, JsonNode node, String path, String kind, List<String> keys) {
        if (node == null || !node.isObject()) {
            throw errors.expected("a JSON object (" + kind + ")", node, path, "");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw errors.expected("a key of " + kind + " (" + String.join(", ", keys) + ")",
                        TextNode.valueOf(key), path + "." + key, "");
            }
        }
        return new JsonFields(errors, node, path);
    }

    Errors errors() {
        return errors;
    }

    String path() {
        return path;
    }

    String at(String key) {
        return path + "." + key;
    }

    JsonNode get(String key) {
        return node.get(key);
    }

    JsonNode required(String key, String what) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw errors.expected(what, null, at(key), "");
        }
        return v;
    }

    Optional<String> string(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw errors.expected("a string", v, at(key), "");
        }
        return Optional.of(v.textValue());
    }

    int requiredPositiveInt(String key) {
        return positiveInt(required(key, "a positive integer"), at(key));
    }

    Optional<Integer> positiveInt(String key) {
        JsonNode v = node.get(key);
        return v == null ? Optional.empty() : Optional.of(positiveInt(v, at(key)));
    }

    int positiveInt(JsonNode v, String at) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() <= 0) {
            throw errors.expected("a positive integer", v, at, "");
        }
        return v.intValue();
    }

    Optional<Integer> integer(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw errors.expected("an integer", v, at(key), "");
        }
        return Optional.of(v.intValue());
    }

    Optional<Double> number(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw errors.expected("a number", v, at(key), "");
        }
        return Optional.of(v.doubleValue());
    }

    Optional<Boolean> bool(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw errors.expected("true or false", v, at(key), "");
        }
        return Optional.of(v.booleanValue());
    }

    Optional<DType> dtype(String key) {
        JsonNode v = node.get(key);
        return v == null ? Optional.empty() : Optional.of(dtype(v, at(key)));
    }

    DType dtype(JsonNode v, String at) {
        if (v.isTextual()) {
            for (DType t : DType.values()) {
                if (t.toString().equals(v.textValue())) {
                    return t;
                }
            }
        }
        throw errors.expected("a dtype name", v, at, "Names: " + Vector.of(DType.values()).mkString(", "));
    }

    Optional<Initializer> initializer(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Initializers.fromConfig(v));
        } catch (IllegalArgumentException e) {
            throw errors.wrap(e, at(key));
        }
    }

    /** {@code [a, b]} of positive integers, or one positive integer {@code n} for {@code [n, n]}. */
    Optional<Vector<Integer>> pair(String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isIntegralNumber()) {
            int n = positiveInt(v, at(key));
            return Optional.of(Vector.of(n, n));
        }
        if (!v.isArray() || v.size() != 2) {
            throw errors.expected("[height, width] of positive integers", v, at(key), "");
        }
        return Optional.of(Vector.of(positiveInt(v.get(0), at(key) + "[0]"), positiveInt(v.get(1), at(key) + "[1]")));
    }

    /** An array of integers, each at least {@code min}; {@code what} names them in the plural. */
    Optional<Vector<Integer>> ints(String key, int min, String what) {
        JsonNode v = node.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isArray()) {
            throw errors.expected("an array of " + what, v, at(key), "");
        }
        Vector<Integer> out = Vector.empty();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isIntegralNumber() || !e.canConvertToInt() || e.intValue() < min) {
                throw errors.expected("an array of " + what, e, at(key) + "[" + i + "]", "");
            }
            out = out.append(e.intValue());
        }
        return Optional.of(out);
    }
}
