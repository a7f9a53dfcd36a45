package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.Path;
import io.vavr.control.Option;
import java.util.function.BiPredicate;

/**
 * One leaf of a checkpoint as a reader found it: its shape and dtype always, its data only when the caller
 * asked for it (inspecting and partial loading skip the rest).
 *
 * @param spec the shape and dtype recorded in the file
 * @param array the data, if it was read
 */
record Leaf(ShapeDtypeStruct spec, Option<Array> array) {
    /** A selector that reads every leaf's data. */
    static final BiPredicate<Path, ShapeDtypeStruct> ALL = (path, spec) -> true;
    /** A selector that reads no data, for inspecting. */
    static final BiPredicate<Path, ShapeDtypeStruct> NONE = (path, spec) -> false;

    static Leaf of(Array a) {
        return new Leaf(ShapeDtypeStruct.of(a), Option.some(a));
    }
}
