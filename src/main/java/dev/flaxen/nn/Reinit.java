package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.init.Initializer;
import dev.flaxen.init.Mixed;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Rule-based re-initialisation of an existing tree: every leaf whose {@code '/'}-joined path matches a rule's pattern
 * gets a fresh value from that rule's initializer (the first matching rule wins); every other leaf is kept, the very
 * same {@code Array} object. This is PyTorch's {@code net.apply(init_fn)} and MXNet's
 * {@code initialize(init, force_reinit=True)} on chosen blocks, without mutation: a new tree is returned.
 *
 * <p><b>Keys.</b> The leaf at path {@code p} is initialised with {@code key.foldIn(h(p))}, {@code h(p)} the first
 * four bytes (big-endian) of SHA-1 over the UTF-8 bytes of {@code p} as written ({@code "params/layers_0/kernel"}).
 * So a leaf's new value depends only on the key, its path, its shape and dtype and its initializer: not on the order
 * of the rules, nor on which other leaves are re-initialised. Shapes and dtypes are kept.
 *
 * <p>Patterns are Java regular expressions that must match the whole path ({@link java.util.regex.Matcher#matches()}).
 *
 * <pre>{@code
 * FrozenDict<Array> fresh = Reinit.of(".*kernel", Initializers.xavierUniform())
 *         .rule(".*bias", Initializers.zeros())
 *         .reinit(params, PRNGKey.of(1));
 * FrozenDict<Array> onlyFirst = Reinit.of("params/layers_0/.*", Initializers.constant(1)).reinit(params, key);
 * }</pre>
 */
public final class Reinit {
    private final Vector<Tuple2<Pattern, Initializer>> rules;

    private Reinit(Vector<Tuple2<Pattern, Initializer>> rules) {
        this.rules = rules;
    }

    /**
     * A rule set with one rule.
     *
     * <pre>{@code
     * Reinit.of(".*kernel", Initializers.normal(0.01));
     * }</pre>
     *
     * @param pattern a regular expression over whole paths
     * @param init the initializer for matching leaves
     * @return the rules
     * @throws IllegalArgumentException if the pattern is not a regular expression
     */
    public static Reinit of(String pattern, Initializer init) {
        return new Reinit(Vector.empty()).rule(pattern, init);
    }

    /**
     * These rules and one more, tried after them.
     *
     * <pre>{@code
     * Reinit.of(".*kernel", Initializers.normal(0.01)).rule(".*bias", Initializers.zeros());
     * }</pre>
     *
     * @param pattern a regular expression over whole paths
     * @param init the initializer for matching leaves
     * @return new rules; these are unchanged
     * @throws IllegalArgumentException if the pattern is not a regular expression
     */
    public Reinit rule(String pattern, Initializer init) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(init, "init");
        try {
            return new Reinit(rules.append(Tuple.of(Pattern.compile(pattern), init)));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Reinit.rule: expected a regular expression, got '" + pattern + "': "
                    + e.getDescription(), e);
        }
    }

    /**
     * The initializer of the first rule whose pattern matches the whole path.
     *
     * <pre>{@code
     * Reinit.of(".*bias", Initializers.zeros()).select("params/layers_0/bias");   // Some(...)
     * }</pre>
     *
     * @param path a {@code '/'}-joined path
     * @return the initializer, or none
     */
    public Option<Initializer> select(String path) {
        return rules.find(r -> r._1.matcher(path).matches()).map(Tuple2::_2);
    }

    /**
     * A new tree with every matching leaf re-initialised (see the class comment for keys).
     *
     * <pre>{@code
     * FrozenDict<Array> fresh = rules.reinit(params, PRNGKey.of(1));   // params is unchanged
     * }</pre>
     *
     * @param tree the tree to start from
     * @param key the root key of the new values
     * @return the new tree, sharing every untouched leaf with {@code tree}
     * @throws IllegalArgumentException if an initializer returns another shape or dtype than the leaf it replaces
     */
    public FrozenDict<Array> reinit(FrozenDict<Array> tree, PRNGKey key) {
        return reinit(tree, key, this::select);
    }

    /**
     * Re-initialises with MXNet's {@link Mixed} rules (its own matching: from the start of the path, first wins).
     *
     * <pre>{@code
     * Reinit.reinit(params, key, MxnetInitializers.mixed(Vector.of(".*bias$", ".*"),
     *         Vector.of(Initializers.zeros(), MxnetInitializers.xavier())));
     * }</pre>
     *
     * @param tree the tree to start from
     * @param key the root key of the new values
     * @param rules the patterns and initializers
     * @return the new tree, sharing every untouched leaf with {@code tree}
     * @throws IllegalArgumentException if an initializer returns another shape or dtype than the leaf it replaces
     */
    public static FrozenDict<Array> reinit(FrozenDict<Array> tree, PRNGKey key, Mixed rules) {
        Objects.requireNonNull(rules, "rules");
        return reinit(tree, key, rules::select);
    }

    private static FrozenDict<Array> reinit(FrozenDict<Array> tree, PRNGKey key,
                                            Function<String, Option<Initializer>> select) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(key, "key");
        return Trees.mapWithPath(tree, (Path path, Array leaf) -> {
            String p = path.toString();
            return select.apply(p).map(init -> fresh(init, key.foldIn(RngKeys.pathData(p)), p, leaf)).getOrElse(leaf);
        });
    }

    private static Array fresh(Initializer init, PRNGKey leafKey, String path, Array old) {
        Array value = init.init(leafKey, old.shape(), old.dtype());
        if (value == null || !value.shape().equals(old.shape()) || value.dtype() != old.dtype()) {
            throw new IllegalArgumentException("Reinit.reinit: expected " + ShapeDtypeStruct.of(old) + ", got "
                    + (value == null ? "null" : ShapeDtypeStruct.of(value).toString()) + " at " + path
                    + ". The initializer must return the shape and dtype it is given");
        }
        return value;
    }
}
