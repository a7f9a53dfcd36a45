package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import io.vavr.control.Option;

/**
 * One leaf of a checkpoint as a reader found it: its shape and dtype always, its data only when the caller
 * asked for it (inspecting and partial loading skip the rest).
 *
 * @param spec the shape and dtype recorded in the file
 * @param array the data, if it was read
 */
record Leaf(ShapeDtypeStruct spec, Option<Array> array) {
    static Leaf of(Array a) {
        return new Leaf(ShapeDtypeStruct.of(a), Option.some(a));
    }
}
