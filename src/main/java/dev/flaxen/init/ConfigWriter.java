package dev.flaxen.init;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** Builds the config object of a built-in initializer, key by key in the order Keras writes them. */
final class ConfigWriter {
    /** Prefix of the class names of initializers Keras does not have. */
    static final String FLAXEN = "flaxen>";

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    ConfigWriter number(String key, double value) {
        node.put(key, value);
        return this;
    }

    ConfigWriter integer(String key, int value) {
        node.put(key, value);
        return this;
    }

    ConfigWriter string(String key, String value) {
        node.put(key, value);
        return this;
    }

    /** Keras's {@code "seed": null}: Flaxen initializers take their key when called. */
    ConfigWriter seed() {
        node.putNull("seed");
        return this;
    }

    /** One axis as an int, several (or none) as a list, as JAX accepts both. */
    ConfigWriter axes(String key, Seq<Integer> axes) {
        if (axes.size() == 1) {
            node.put(key, axes.head());
        } else {
            ArrayNode a = node.putArray(key);
            axes.forEach(a::add);
        }
        return this;
    }

    ConfigWriter strings(String key, Seq<String> values) {
        ArrayNode a = node.putArray(key);
        values.forEach(a::add);
        return this;
    }

    ConfigWriter nested(String key, InitializerConfig config) {
        node.set(key, config.toJsonNode());
        return this;
    }

    ConfigWriter nestedList(String key, Seq<InitializerConfig> configs) {
        ArrayNode a = node.putArray(key);
        configs.forEach(c -> a.add(c.toJsonNode()));
        return this;
    }

    Option<InitializerConfig> build(String className) {
        return Option.some(InitializerConfig.of(className, node));
    }
}
