package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code toString()} against {@code repr()} of real JAX arrays. The table, {@code jax_reprs.json}, was made
 * by {@code src/test/resources/dev/flaxen/array/jax_reprs.py} (jax 0.10.2, numpy 2.4.6, ml_dtypes 0.6.0);
 * each entry records the Python call, the raw little-endian bytes of the result and its repr.
 */
class ArrayFormatTests {
    private static JsonNode table() throws IOException {
        try (InputStream in = ArrayFormatTests.class.getResourceAsStream("jax_reprs.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Array arrayOf(JsonNode entry) {
        JsonNode dims = entry.get("shape");
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).asInt();
        }
        byte[] bytes = HexFormat.of().parseHex(entry.get("hex").asText());
        return Array.fromBytes(bytes, Shape.of(shape), DType.of(entry.get("dtype").asText()));
    }

    @Test
    void printsLikeJaxForEveryTableEntry() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (JsonNode entry : table()) {
            checks.add(() -> assertEquals(entry.get("repr").asText(), arrayOf(entry).toString(), entry.get("call").asText()));
        }
        assertAll(checks);
    }
}
