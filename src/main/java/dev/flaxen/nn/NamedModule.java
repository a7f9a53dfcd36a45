package dev.flaxen.nn;

import dev.flaxen.array.Array;

/**
 * A module under a chosen type name ({@link Module#named}, {@link MultiInputModule#named}); it forwards every call.
 *
 * @param typeName the reported type name
 * @param body the module that does the work
 */
record NamedModule(String typeName, Module body) implements MultiInputModule {
    @Override
    public Array call(Scope scope, Array... inputs) {
        return body.call(scope, inputs);
    }

    @Override
    public String toString() {
        return typeName;
    }
}
