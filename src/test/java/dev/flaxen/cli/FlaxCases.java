package dev.flaxen.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Flax known answers of {@code cli_models.json}, made by {@code gen_cli_models.py} (same folder) with real Flax:
 * for each model, seed and mode, sha256 and length of
 * {@code flax.serialization.to_bytes(model.init(PRNGKey(seed), x))}, leaf and parameter counts, a few elements' bits,
 * and for some cases numpy's per-leaf mean/std and an apply output.
 */
final class FlaxCases {
    private static final List<JsonNode> CASES = load();

    private FlaxCases() {
    }

    private static List<JsonNode> load() {
        try (InputStream in = FlaxCases.class.getResourceAsStream("cli_models.json")) {
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(in).get("cases").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> all() {
        return CASES;
    }

    /** The case of this model, seed and mode ({@code partitionable} or {@code legacy}). */
    static JsonNode of(String model, long seed, String mode) {
        return CASES.stream().filter(c -> c.get("model").asText().equals(model) && c.get("seed").asLong() == seed
                && c.get("mode").asText().equals(mode)).findFirst().orElseThrow();
    }
}
