package dev.flaxen.tree;

import io.vavr.Tuple2;
import io.vavr.control.Either;

/** Flax's {@code pretty_repr} ({@code flax/core/frozen_dict.py}), line for line. */
final class PrettyRepr {
    private PrettyRepr() {
    }

    /** The {@code {...}} block of one level: {@code {}} when empty, else one {@code key: value,} line per entry. */
    static String block(FrozenDict<?> dict, int numSpaces) {
        if (dict.isEmpty()) {
            return "{}";
        }
        StringBuilder rep = new StringBuilder();
        for (Tuple2<String, ? extends Either<? extends FrozenDict<?>, ?>> e : dict.items()) {
            String value = e._2.isLeft() ? block(e._2.getLeft(), numSpaces) : String.valueOf(e._2.get());
            rep.append(e._1).append(": ").append(value).append(",\n");
        }
        return "{\n" + indent(rep.toString(), numSpaces) + "}";
    }

    /** Indents every line but the empty one after the final newline, as Flax's {@code _indent} does. */
    private static String indent(String text, int numSpaces) {
        String pad = " ".repeat(numSpaces);
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + lines.length * numSpaces);
        for (int i = 0; i < lines.length - 1; i++) {
            out.append(pad).append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
