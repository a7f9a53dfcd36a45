package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.vectors.VectorFiles;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tabulate} against Flax's own text: {@code vectors/tabulate.jsonl} ({@code gen_tabulate.py}, Flax 0.12.8
 * {@code model.tabulate(PRNGKey(0), jnp.ones(shape))} rendered by rich without colours at width 200). Lines are compared
 * after removing trailing spaces and the blank lines around the table.
 */
class TabulateTests {
    private static Module model(String id) {
        return switch (id) {
            case "tabulate/seq" -> Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
            case "tabulate/bn" -> Module.named("M", (scope, x) -> {
                Array h = Activations.relu(scope.call(Dense.of(8), x));
                return scope.call(Dense.of(1), scope.call(BatchNorm.of(), h));
            });
            case "tabulate/named_nested" -> FlaxModels.top(i -> i, 5, 3);
            case "tabulate/cnn" -> Sequential.of(Conv.of(4, 3, 3), Fn.relu(), Fn.flatten(), Dense.of(10));
            case "tabulate/shared_dense" -> ExtraModels.sharedDense();
            default -> throw new IllegalArgumentException(id);
        };
    }

    static String normalize(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).collect(Collectors.toList());
        while (!lines.isEmpty() && lines.get(0).isEmpty()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    @TestFactory
    Stream<DynamicTest> tablesEqualFlaxsText() {
        return VectorFiles.load("/vectors/tabulate.jsonl").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            JsonNode dims = c.get("input_shape");
            int[] shape = new int[dims.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = dims.get(i).asInt();
            }
            String got = model(c.get("id").asText()).tabulate(PRNGKey.of(0), Array.ones(Shape.of(shape)));
            assertEquals(normalize(c.get("text").asText()), normalize(got));
        }));
    }

    @Test
    void sizesUseThousandsSeparatorsAndDecimalUnits() {
        assertEquals("", Summary.sizeAndBytes(0, 0));
        assertEquals("2,570 (10.3 KB)", Summary.sizeAndBytes(2570, 10280));
        assertEquals("1,000 (1,000 B)", Summary.sizeAndBytes(1000, 1000));
        assertEquals("1.5 MB", Summary.bytesRepr(1_500_000));
        assertEquals("2.0 GB", Summary.bytesRepr(2_000_000_001L));
    }

    @Test
    void aTwoInputModuleListsBothInputs() {
        String table = ExtraModels.pair().tabulate(PRNGKey.of(0), Array.ones(Shape.of(2, 4)), Array.ones(Shape.of(2, 5)));
        assertTrue(table.contains("│         │ Pair   │ float32[2,4] │ float32[2,3] │"), table);
        assertTrue(table.contains("│         │        │ float32[2,5] │              │"), table);
        assertTrue(table.contains("Total Parameters: 33 (132 B)"), table);
    }
}
