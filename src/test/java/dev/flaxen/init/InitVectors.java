package dev.flaxen.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The JAX known-answer cases of {@code vectors/initializers.jsonl} (see PROVENANCE.md) and helpers to read them. */
final class InitVectors {
    static final List<JsonNode> CASES = load("/vectors/initializers.jsonl");

    private InitVectors() {
    }

    private static List<JsonNode> load(String resource) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                InitVectors.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static PRNGKey key(JsonNode c) {
        JsonNode k = c.get("key");
        ThreefryMode mode = c.get("mode").asText().equals("legacy") ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE;
        return PRNGKey.fromWords((int) k.get(0).asLong(), (int) k.get(1).asLong(), mode);
    }

    static Shape shape(JsonNode arrayOrParams) {
        JsonNode s = arrayOrParams.get("shape");
        int[] dims = new int[s.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = s.get(i).asInt();
        }
        return Shape.of(dims);
    }

    static DType dtype(JsonNode arrayOrParams) {
        return DType.of(arrayOrParams.get("dtype").asText());
    }

    static boolean hasTag(JsonNode c, String prefix) {
        for (JsonNode t : c.path("tags")) {
            if (t.asText().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static long[] bits(JsonNode array) {
        JsonNode bits = array.get("bits");
        long[] out = new long[bits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new BigInteger(bits.get(i).asText(), 16).longValue();
        }
        return out;
    }

    static double[] values(JsonNode array) {
        long[] b = bits(array);
        DType t = dtype(array);
        double[] out = new double[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (t) {
                case F64 -> Double.longBitsToDouble(b[i]);
                case F32 -> Float.intBitsToFloat((int) b[i]);
                case BF16 -> dev.flaxen.array.HalfFloats.fromBFloat16((short) b[i]);
                default -> dev.flaxen.array.HalfFloats.fromFloat16((short) b[i]);
            };
        }
        return out;
    }

    /** The initializer a case's {@code params} describe, built with our factories under JAX's names. */
    static Initializer initializer(JsonNode p) {
        switch (p.get("initializer").asText()) {
            case "zeros": return Initializers.zeros();
            case "ones": return Initializers.ones();
            case "constant": return Initializers.constant(p.get("value").asDouble());
            case "uniform": return Initializers.uniform(p.get("scale").asDouble());
            case "normal": return Initializers.normal(p.get("stddev").asDouble());
            case "truncated_normal": return Initializers.truncatedNormal(p.get("stddev").asDouble(),
                    p.get("lower").asDouble(), p.get("upper").asDouble());
            case "variance_scaling": return Initializers.varianceScaling(p.get("scale").asDouble(),
                    p.get("mode").asText(), p.get("distribution").asText())
                    .withInAxis(axes(p.get("in_axis"))).withOutAxis(axes(p.get("out_axis")))
                    .withBatchAxis(axes(p.get("batch_axis")));
            case "glorot_uniform": return Initializers.glorotUniform();
            case "glorot_normal": return Initializers.glorotNormal();
            case "he_uniform": return Initializers.heUniform();
            case "he_normal": return Initializers.heNormal();
            case "lecun_uniform": return Initializers.lecunUniform();
            case "lecun_normal": return Initializers.lecunNormal();
            case "orthogonal": return Initializers.orthogonal(p.get("scale").asDouble(), p.get("column_axis").asInt());
            case "delta_orthogonal": return Initializers.deltaOrthogonal(p.get("scale").asDouble(),
                    p.get("column_axis").asInt());
            default: throw new IllegalArgumentException("unknown initializer " + p.get("initializer"));
        }
    }

    private static int[] axes(JsonNode a) {
        if (a.isInt()) {
            return new int[] {a.asInt()};
        }
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }
}
