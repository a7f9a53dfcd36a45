package dev.flaxen.nn;

import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.Path;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * One module call seen by {@code tabulate}: where it ran, what it was and the shapes that went in and out.
 *
 * @param path the module path ({@code layers_0}; the root module has the root path)
 * @param typeName the module's type name ({@code Dense})
 * @param inputs the input shapes and dtypes
 * @param output the output shape and dtype, once the call has returned
 */
record CallRecord(Path path, String typeName, Vector<ShapeDtypeStruct> inputs, Option<ShapeDtypeStruct> output) {
}
