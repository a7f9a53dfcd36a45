package dev.flaxen.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.vectors.VectorFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code vectors/initializers-extra.jsonl}: known answers from real JAX 0.10.2 (CPU) for what the shared vectors do
 * not cover: float16 and bfloat16 variance scaling in every mode and distribution, Keras's {@code mean}, scaled
 * initializers, PyTorch and MXNet formulas written as JAX expressions, orthogonal with other column axes and ranks,
 * delta orthogonal of rank 3 and 5, a float16 double-rounding tie, d2l's {@code my_init}, and factors that overflow
 * the dtype (variance scaling with {@code scale / fan_in} beyond float16's 65504 or float32's range,
 * {@code normal(1e5)} in float16: JAX multiplies by inf). Each case names its initializer by its Flaxen config, so
 * reading configs is exercised too. Generator: {@code gen_initializers_extra.py} next to the file (each case's
 * {@code call} is the JAX expression). Bit for bit, except that any NaN matches a NaN (the sign and payload of
 * {@code 0 * inf} are the CPU's) and that cases with a {@code tolerance} (QR) are compared with it.
 */
class ExtraVectorTests {
    private static final List<JsonNode> CASES = VectorFiles.load("/vectors/initializers-extra.jsonl");
    /** 9 calls (7 in float16, 2 in float32 and bfloat16), 2 seeds, 2 modes. */
    private static final int OVERFLOW_CASES = 36;

    /**
     * d2l's {@code my_init}: {@code data * (|data| >= 5)}. XLA turns the product with a boolean mask into a select, so
     * the zeros are {@code +0.0} even where {@code data} was negative.
     */
    static Initializer d2lMyInit() {
        return Initializers.uniform(-10, 10).map(w -> {
            float[] v = w.toFloatArray();
            return Array.generateFloat(w.shape(), out -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = Math.abs(v[i]) >= 5 ? v[i] : 0f;
                }
            });
        });
    }

    private static Initializer initializer(JsonNode c) {
        JsonNode f = c.get("flaxen");
        return f.isTextual() && f.asText().equals("d2l_my_init") ? d2lMyInit() : Initializers.fromConfig(f);
    }

    @Test
    void everyExtraCaseMatchesJax() {
        List<String> failures = new ArrayList<>();
        for (JsonNode c : CASES) {
            try {
                Array got = initializer(c).init(VectorFiles.key(c), VectorFiles.shape(c), VectorFiles.dtype(c));
                String problem = compare(c, got);
                if (problem != null) {
                    failures.add(c.get("id").asText() + ": " + problem);
                }
            } catch (RuntimeException e) {
                failures.add(c.get("id").asText() + ": threw " + e);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + CASES.size() + " cases differ:\n"
                + String.join("\n", failures));
        assertEquals(248 + OVERFLOW_CASES, CASES.size());
    }

    /**
     * The {@code overflow/...} cases on their own: variance scaling, {@code normal}, {@code uniform} and
     * {@code truncated_normal} whose factor overflows the dtype return JAX's infinities and NaNs instead of throwing.
     */
    @Test
    void factorsThatOverflowTheDtypeGiveJaxsInfinitiesAndNaNs() {
        int infinities = 0;
        int nans = 0;
        List<JsonNode> overflow = CASES.stream().filter(c -> c.get("id").asText().startsWith("extra/overflow/"))
                .toList();
        for (JsonNode c : overflow) {
            Array got = initializer(c).init(VectorFiles.key(c), VectorFiles.shape(c), VectorFiles.dtype(c));
            assertNull(compare(c, got), c.get("id").asText());
            for (double v : got.toDoubleArray()) {
                infinities += Double.isInfinite(v) ? 1 : 0;
                nans += Double.isNaN(v) ? 1 : 0;
            }
        }
        assertEquals(OVERFLOW_CASES, overflow.size());
        assertTrue(infinities > 0 && nans > 0, infinities + " infinities, " + nans + " NaNs");
    }

    private static String compare(JsonNode c, Array got) {
        if (!got.shape().equals(VectorFiles.shape(c)) || got.dtype() != VectorFiles.dtype(c)) {
            return "expected " + c.get("dtype") + c.get("shape") + ", got " + got.dtype() + got.shape();
        }
        long[] want = VectorFiles.bits(c.get("output"));
        double[] wantValues = InitVectors.values(c.get("output"));
        double[] gotValues = got.toDoubleArray();
        double atol = c.has("tolerance") ? c.get("tolerance").get("atol").asDouble() : -1;
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < want.length; i++) {
            boolean nans = Double.isNaN(gotValues[i]) && Double.isNaN(wantValues[i]);
            boolean ok = atol < 0 ? got.bitsAt(i) == want[i] || nans : Math.abs(gotValues[i] - wantValues[i]) <= atol;
            if (!ok) {
                diffs.add("[" + i + "] want " + Long.toHexString(want[i]) + " got " + Long.toHexString(got.bitsAt(i)));
            }
        }
        return diffs.isEmpty() ? null : diffs.size() + " of " + want.length + " elements differ: "
                + String.join(", ", diffs.subList(0, Math.min(5, diffs.size())));
    }
}
