package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's "short tour": its code lines are the statements below, and the outputs in its comments are
 * what they print.
 */
class ReadmeTests {
    private static final List<String> CODE = List.of(
            "Array x = Array.ones(Shape.of(2, 4));",
            "Array y = x.at(0, 0).set(42);",
            "System.out.println(y);",
            "Array a = Array.arange(6).reshape(2, 3);",
            "System.out.println(a.add(Array.of(new int[] {10, 20, 30})).sum(0));",
            "System.out.println(a.astype(DType.BF16).div(3));");

    private static List<String> printed() {
        Array x = Array.ones(Shape.of(2, 4));
        Array y = x.at(0, 0).set(42);
        Array a = Array.arange(6).reshape(2, 3);
        return List.of(y.toString(), a.add(Array.of(new int[] {10, 20, 30})).sum(0).toString(),
                a.astype(DType.BF16).div(3).toString());
    }

    @Test
    void tourCodeIsTheCodeRunHere() throws IOException {
        List<String> code = new ArrayList<>();
        for (String line : tour()) {
            String stripped = line.replaceAll("\\s*//.*$", "").trim();
            if (!stripped.isEmpty()) {
                code.add(stripped);
            }
        }
        assertEquals(CODE, code);
    }

    @Test
    void tourOutputsAreWhatTheCodePrints() throws IOException {
        List<String> outputs = new ArrayList<>();
        StringBuilder current = null;
        for (String line : tour()) {
            if (line.startsWith("// ")) {
                current = current == null ? new StringBuilder() : current.append('\n');
                current.append(line.substring(3));
            } else if (current != null) {
                outputs.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            outputs.add(current.toString());
        }
        assertEquals(printed(), outputs);
    }

    /** The lines of the first {@code java} code block after "## A short tour". */
    private static List<String> tour() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## A short tour");
        int open = lines.subList(start, lines.size()).indexOf("```java") + start + 1;
        int close = lines.subList(open, lines.size()).indexOf("```") + open;
        return lines.subList(open, close);
    }
}
