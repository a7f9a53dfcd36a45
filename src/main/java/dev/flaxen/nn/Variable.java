package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.tree.Path;
import java.util.Objects;

/**
 * A handle to one variable of a running {@code init} or {@code apply}, Flax's {@code Variable}: what
 * {@link Scope#variable} returns. {@link #set} records a new value for the result of this run only (the tree given to
 * {@code apply} never changes); it needs a mutable collection. A handle is valid only during the call that made it.
 *
 * <pre>{@code
 * Variable mean = scope.variable("batch_stats", "mean", () -> Array.zeros(Shape.of(8)));
 * if (!scope.isInitializing()) {
 *     mean.set(mean.value().mul(0.99).add(batchMean.mul(0.01)));
 * }
 * }</pre>
 */
public final class Variable {
    private final Run run;
    private final String op;
    private final String collection;
    private final Path path;

    Variable(Run run, String op, String collection, Path path) {
        this.run = run;
        this.op = op;
        this.collection = collection;
        this.path = path;
    }

    /**
     * The current value: the stored one, or the last one {@link #set} in this run.
     *
     * <pre>{@code
     * Array m = mean.value();
     * }</pre>
     *
     * @return the value
     */
    public Array value() {
        return run.get(path).get();
    }

    /**
     * Records a new value, Flax's {@code variable.value = v}.
     *
     * <pre>{@code
     * count.set(count.value().add(1));
     * }</pre>
     *
     * @param value the new value
     * @throws IllegalArgumentException if the collection is not mutable in this run:
     *     {@code BatchNorm(BatchNorm_0).apply: expected a mutable collection "batch_stats", got an immutable one at
     *     batch_stats/BatchNorm_0/mean. Use applyWithState(variables, x, "batch_stats") ...}
     */
    public void set(Array value) {
        Objects.requireNonNull(value, "value");
        if (!run.isMutable(collection)) {
            throw Errors.immutable(op, collection, path);
        }
        run.writingOtherThanNewParam();
        run.put(path, value);
    }

    /**
     * Whether {@link #set} is allowed in this run.
     *
     * <pre>{@code
     * if (mean.isMutable()) { mean.set(updated); }
     * }</pre>
     *
     * @return true if the collection is mutable
     */
    public boolean isMutable() {
        return run.isMutable(collection);
    }

    /**
     * The variable's path in the variables tree, collection first: {@code batch_stats/BatchNorm_0/mean}.
     *
     * <pre>{@code
     * mean.path().toString();   // "batch_stats/BatchNorm_0/mean"
     * }</pre>
     *
     * @return the path
     */
    public Path path() {
        return path;
    }

    /**
     * The collection it belongs to.
     *
     * <pre>{@code
     * mean.collection();   // "batch_stats"
     * }</pre>
     *
     * @return the collection name
     */
    public String collection() {
        return collection;
    }

    @Override
    public String toString() {
        return "Variable(" + path + ")";
    }
}
