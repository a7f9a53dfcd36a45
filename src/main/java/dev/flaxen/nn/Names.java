package dev.flaxen.nn;

/** Checks of the names that become path segments. */
final class Names {
    private Names() {
    }

    /**
     * Checks a module, variable or collection name: non-empty and without {@code '/'}, since names are path segments.
     *
     * @param op the operation for the message
     * @param what what the name names
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException if it is null, empty or contains {@code '/'}
     */
    static String checkName(String op, String what, String name) {
        if (name == null || name.isEmpty() || name.indexOf('/') >= 0) {
            throw new IllegalArgumentException(op + ": expected a " + what + " that is non-empty and has no '/', got "
                    + (name == null ? "null" : "\"" + name + "\"") + ". Names become path segments such as params/"
                    + "layers_0/kernel");
        }
        return name;
    }
}
