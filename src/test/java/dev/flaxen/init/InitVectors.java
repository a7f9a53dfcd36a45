package dev.flaxen.init;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.DType;
import dev.flaxen.vectors.VectorFiles;
import java.util.List;

/**
 * The JAX known-answer cases of {@code vectors/initializers.jsonl} (see PROVENANCE.md) and helpers to read them; the
 * fields every vector file shares are read with {@link VectorFiles}.
 */
final class InitVectors {
    static final List<JsonNode> CASES = VectorFiles.load("/vectors/initializers.jsonl");

    private InitVectors() {
    }

    static double[] values(JsonNode array) {
        long[] b = VectorFiles.bits(array);
        DType t = VectorFiles.dtype(array);
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
