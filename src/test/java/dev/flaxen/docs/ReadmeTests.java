package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.Sequential;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import dev.flaxen.tree.FrozenDict;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's "short tour": its code lines are the statements below, and the outputs in its comments are
 * what they print; the kernel column it shows is Flax's ({@code vectors/flax.jsonl}, seq_default, seed 0).
 */
class ReadmeTests {
    private static final List<String> CODE = List.of(
            "Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));",
            "Array x = Random.uniform(PRNGKey.of(1), Shape.of(2, 4));",
            "FrozenDict<Array> params = net.init(PRNGKey.of(0), x);",
            "System.out.println(net.apply(params, x).shape());",
            "Array kernel = params.get(\"params/layers_0/kernel\").get();",
            "System.out.println(kernel.index(1, 0));",
            "FrozenDict<Array> edited = params.with(\"params/layers_0/kernel\", kernel.add(1).at(0, 0).set(42));",
            "System.out.println(edited.get(\"params/layers_0/kernel\").get().index(1, 0));",
            "System.out.println(params.get(\"params/layers_0/kernel\").get().getFloat(0, 0));",
            "System.out.println(net.initShapes(x).get(\"params/layers_0/kernel\").get());");

    private static List<String> printed() {
        Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
        Array x = Random.uniform(PRNGKey.of(1), Shape.of(2, 4));
        FrozenDict<Array> params = net.init(PRNGKey.of(0), x);
        Array kernel = params.get("params/layers_0/kernel").get();
        FrozenDict<Array> edited = params.with("params/layers_0/kernel", kernel.add(1).at(0, 0).set(42));
        return List.of(net.apply(params, x).shape().toString(), kernel.index(1, 0).toString(),
                edited.get("params/layers_0/kernel").get().index(1, 0).toString(),
                String.valueOf(params.get("params/layers_0/kernel").get().getFloat(0, 0)),
                net.initShapes(x).get("params/layers_0/kernel").get().toString());
    }

    @Test
    void theKernelColumnShownIsFlaxs() throws IOException {
        String line;
        try (var in = ReadmeTests.class.getResourceAsStream("/vectors/flax.jsonl")) {
            line = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("{\"id\":\"flax/seq_default/partitionable/seed=0\"")).findFirst().get();
        }
        JsonNode bits = new ObjectMapper().readTree(line).get("params").get(0).get("bits");
        Array kernel = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1))
                .init(PRNGKey.of(0), Array.ones(Shape.of(2, 4))).get("params/layers_0/kernel").get();
        for (int i = 0; i < 4; i++) {
            assertEquals(Long.parseLong(bits.get(8 * i).asText(), 16), kernel.bitsAt(8 * i));
        }
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
