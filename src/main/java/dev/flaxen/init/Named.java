package dev.flaxen.init;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A custom initializer (typically a lambda) under a class name, so that it has a config {@code {"class_name": name,
 * "config": {}}}. Reading the config back needs the same initializer, given to
 * {@link Initializers#fromConfig(String, io.vavr.collection.Map)}; no global registry is involved.
 *
 * <pre>{@code
 * Initializer spiky = Initializers.named("myproject>Spiky", (key, shape, dtype) -> ...);
 * String json = spiky.toConfig();   // {"class_name":"myproject>Spiky","config":{}}
 * Initializers.fromConfig(json, HashMap.of("myproject>Spiky", c -> spiky));   // spiky
 * }</pre>
 *
 * @param className the class name, not one of the built-in ones
 * @param initializer the initializer
 */
public record Named(String className, Initializer initializer) implements Initializer {
    /**
     * Checks the name.
     *
     * @param className the {@code className} component (see the class comment)
     * @param initializer the {@code initializer} component (see the class comment)
     * @throws IllegalArgumentException if the name is empty or a built-in class name
     */
    public Named {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(initializer, "initializer");
        if (className.isEmpty() || Configs.isBuiltIn(className)) {
            throw new IllegalArgumentException("Initializers.named: expected a class name that is not empty and not"
                    + " built in, got '" + className + "'");
        }
    }

    /**
     * Calls the initializer.
     *
     * @param key the key
     * @param shape the shape
     * @param dtype the dtype
     * @return its array
     */
    @Override
    public Array init(PRNGKey key, Shape shape, DType dtype) {
        return initializer.init(key, shape, dtype);
    }

    /**
     * {@code {"class_name": className, "config": {}}}.
     *
     * @return the config
     */
    @Override
    public Option<InitializerConfig> config() {
        return Option.some(InitializerConfig.of(className, JsonNodeFactory.instance.objectNode()));
    }
}
