package dev.flaxen.nn;

import dev.flaxen.array.AbstractEval;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.init.Initializer;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.tree.Path;
import io.vavr.control.Option;

/**
 * A parameter a planning run of {@code init} created: everything {@link Scope#param} needs to make its value, which
 * depends on nothing else, so values can be made in any order and on any thread.
 *
 * @param path where it goes in the variables tree
 * @param key its key, drawn as the real run draws it
 * @param init its initializer
 * @param shape its shape
 * @param dtype its dtype
 */
record PlannedParam(Path path, PRNGKey key, Initializer init, Shape shape, DType dtype) {
    /**
     * {@code init.init(key, shape, dtype)} if it is surely the value the concrete run makes. None if the initializer
     * throws, needs values of abstract arrays (even if it catches the exception) or returns an abstract array (it
     * captured something the planning run computed from parameters, as a tied or data-dependent initializer does), or
     * a value of another shape or dtype: the concrete run then makes the value or reports the error. A sampler's
     * parallel slices never make an abstract array; a user's initializer may, on whatever thread it runs, so every
     * value is checked here.
     */
    Option<Array> make() {
        Array[] made = new Array[1];
        boolean needsValues;
        try {
            needsValues = AbstractEval.needsValues(() -> made[0] = init.init(key, shape, dtype));
        } catch (RuntimeException e) {
            return Option.none();
        }
        Array value = made[0];
        boolean usable = !needsValues && value != null && !value.isAbstract() && value.shape().equals(shape)
                && value.dtype() == dtype;
        return usable ? Option.some(value) : Option.none();
    }
}
