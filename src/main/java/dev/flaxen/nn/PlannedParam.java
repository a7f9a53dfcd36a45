package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.Path;

/**
 * A parameter an abstract run of {@code init} would create: everything {@link Scope#param} needs to make its value,
 * which depends on nothing else, so values can be made in any order and on any thread.
 *
 * @param path where it goes in the variables tree
 * @param op the creating scope's {@code op()}, for error messages
 * @param key its key, drawn as the real run draws it
 * @param init its initializer
 * @param shape its shape
 * @param dtype its dtype
 */
record PlannedParam(Path path, String op, PRNGKey key, Initializer init, Shape shape, DType dtype) {
    /** {@code init.init(key, shape, dtype)}, checked as {@link Scope#param} checks it. */
    Array make() {
        Array value = init.init(key, shape, dtype);
        Errors.checkCreated(op, path, value, shape, dtype);
        return value;
    }
}
