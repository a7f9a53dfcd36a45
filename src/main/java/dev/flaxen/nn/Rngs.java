package dev.flaxen.nn;

import dev.flaxen.random.PRNGKey;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Named random streams for {@code init} and {@code apply}: Flax's {@code rngs={'params': key, 'dropout': key2}}.
 * Each stream is a root key; a scope draws from it with {@link Scope#makeRng(String)}, which folds the scope's path
 * and a counter into that root key exactly as Flax does. {@code init(key, x)} is {@code init(Rngs.of(key), x)}.
 *
 * <p>The key's {@link dev.flaxen.random.ThreefryMode mode} (partitionable or legacy) travels with it. The option
 * {@link #withFixRngSeparator(boolean) fixRngSeparator} reproduces Flax's {@code flax_fix_rng_separator=True}
 * (default false, as in every Flax release).
 *
 * <pre>{@code
 * Rngs rngs = Rngs.of(PRNGKey.of(0)).with("dropout", PRNGKey.of(1));
 * rngs.names();   // Vector(params, dropout)
 * }</pre>
 *
 * @param streams the root key of each stream, in insertion order
 * @param fixRngSeparator whether a zero byte separates the hashed path items (Flax's {@code flax_fix_rng_separator})
 */
public record Rngs(LinkedHashMap<String, PRNGKey> streams, boolean fixRngSeparator) {
    private static final Rngs EMPTY = new Rngs(LinkedHashMap.empty(), false);

    /**
     * Checks the streams.
     *
     * @param streams the root keys, no null names or keys
     * @param fixRngSeparator the separator option
     * @throws NullPointerException if a name or key is null
     * @throws IllegalArgumentException if a stream name is empty
     */
    public Rngs {
        Objects.requireNonNull(streams, "streams");
        streams.forEach((name, key) -> {
            Objects.requireNonNull(name, "stream name");
            Objects.requireNonNull(key, "key");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("Rngs: expected a non-empty stream name, got \"\"");
            }
        });
    }

    /**
     * No streams: enough for {@code apply} of a model that draws no random numbers.
     *
     * <pre>{@code
     * Rngs.empty().names();   // Vector()
     * }</pre>
     *
     * @return the empty set of streams
     */
    public static Rngs empty() {
        return EMPTY;
    }

    /**
     * The single stream {@code params}, what {@code init(key, x)} uses.
     *
     * <pre>{@code
     * Rngs.of(PRNGKey.of(42)).get("params");   // Some(PRNGKey([0, 42], partitionable))
     * }</pre>
     *
     * @param params the root key of parameter initialisation
     * @return {@code {"params": params}}
     */
    public static Rngs of(PRNGKey params) {
        return of("params", params);
    }

    /**
     * One named stream, for example {@code Rngs.of("dropout", key)} for {@code apply}.
     *
     * <pre>{@code
     * model.apply(variables, x, Rngs.of("dropout", PRNGKey.of(1)));
     * }</pre>
     *
     * @param stream the stream name
     * @param key its root key
     * @return the streams
     * @throws IllegalArgumentException if the name is empty
     */
    public static Rngs of(String stream, PRNGKey key) {
        return EMPTY.with(stream, key);
    }

    /**
     * Streams from a Java map, Flax's {@code rngs={'params': k1, 'dropout': k2}}; the map's iteration order is kept.
     *
     * <pre>{@code
     * Rngs.ofAll(java.util.Map.of("params", PRNGKey.of(0)));
     * }</pre>
     *
     * @param streams stream names to root keys
     * @return the streams
     * @throws NullPointerException if a name or key is null
     * @throws IllegalArgumentException if a stream name is empty
     */
    public static Rngs ofAll(java.util.Map<String, PRNGKey> streams) {
        return new Rngs(LinkedHashMap.ofAll(streams), false);
    }

    /**
     * These streams with one more (or one replaced, keeping its place).
     *
     * <pre>{@code
     * Rngs.of(PRNGKey.of(0)).with("dropout", PRNGKey.of(1));   // {params, dropout}
     * }</pre>
     *
     * @param stream the stream name
     * @param key its root key
     * @return new streams; this object is unchanged
     * @throws IllegalArgumentException if the name is empty
     */
    public Rngs with(String stream, PRNGKey key) {
        return new Rngs(streams.put(stream, key), fixRngSeparator);
    }

    /**
     * These streams with Flax's {@code flax_fix_rng_separator} set: a zero byte before every hashed path item, so
     * that paths such as {@code ("ab", "c")} and {@code ("a", "bc")} no longer share keys. Off by default, as in Flax.
     *
     * <pre>{@code
     * model.init(Rngs.of(key).withFixRngSeparator(true), x);   // = Flax with flax_fix_rng_separator=True
     * }</pre>
     *
     * @param fix whether to separate the items
     * @return new streams
     */
    public Rngs withFixRngSeparator(boolean fix) {
        return new Rngs(streams, fix);
    }

    /**
     * The root key of a stream.
     *
     * <pre>{@code
     * Rngs.of(key).get("dropout");   // None
     * }</pre>
     *
     * @param stream the stream name
     * @return its key, if present
     */
    public Option<PRNGKey> get(String stream) {
        return streams.get(stream);
    }

    /**
     * Whether a stream is present.
     *
     * <pre>{@code
     * Rngs.of(key).has("params");   // true
     * }</pre>
     *
     * @param stream the stream name
     * @return true if present
     */
    public boolean has(String stream) {
        return streams.containsKey(stream);
    }

    /**
     * The stream names in insertion order.
     *
     * <pre>{@code
     * Rngs.of(key).with("dropout", k2).names();   // Vector(params, dropout)
     * }</pre>
     *
     * @return the names
     */
    public Vector<String> names() {
        return streams.keySet().toVector();
    }
}
