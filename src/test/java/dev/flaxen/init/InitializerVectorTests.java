package dev.flaxen.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.Random;
import dev.flaxen.vectors.VectorFiles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@code vectors/initializers.jsonl} (real {@code jax.nn.initializers}, JAX 0.10.2 on CPU, both Threefry
 * modes; see PROVENANCE.md): bit for bit, except
 * <ul>
 *   <li>orthogonal / delta_orthogonal (tag {@code approximate}): JAX's QR is LAPACK in float32, ours Householder in
 *   float64; the normal draw fed to QR ({@code debug.qr_input}) must be bit-exact, the result within the case's
 *   {@code tolerance} ({@code atol 1e-5});</li>
 *   <li>nothing else: the float64 normal-based cases (tag {@code host-libm-dependent}, where JAX calls glibc's
 *   {@code log}) are bit-exact too;</li>
 *   <li>{@code error} cases: ours must throw {@link IllegalArgumentException} with our message.</li>
 * </ul>
 * Every mismatch is listed with its case id.
 */
class InitializerVectorTests {
    @Test
    void everyCaseMatchesJax() {
        List<String> failures = new ArrayList<>();
        int exact = 0;
        int approximate = 0;
        int errors = 0;
        for (JsonNode c : InitVectors.CASES) {
            String problem;
            try {
                if (c.hasNonNull("error")) {
                    problem = checkError(c);
                    errors++;
                } else if (VectorFiles.hasTagStartingWith(c, "approximate")) {
                    problem = checkApproximate(c);
                    approximate++;
                } else {
                    problem = checkBits(c);
                    exact++;
                }
            } catch (RuntimeException e) {
                problem = "threw " + e;
            }
            if (problem != null) {
                failures.add(c.get("id").asText() + ": " + problem);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + InitVectors.CASES.size() + " cases differ:\n"
                + String.join("\n", failures));
        assertEquals(420, exact + approximate + errors);
        assertEquals(20, approximate);
        assertEquals(72, errors);
    }

    private static Array run(JsonNode c) {
        JsonNode p = c.get("params");
        return InitVectors.initializer(p).init(VectorFiles.key(c), VectorFiles.shape(p), VectorFiles.dtype(p));
    }

    private static String checkBits(JsonNode c) {
        JsonNode want = c.get("output");
        Array got = run(c);
        String shape = checkShape(want, got);
        if (shape != null) {
            return shape;
        }
        long[] bits = VectorFiles.bits(want);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < bits.length; i++) {
            if (got.bitsAt(i) != bits[i]) {
                diffs.add("[" + i + "] want " + Long.toHexString(bits[i]) + " got " + Long.toHexString(got.bitsAt(i)));
            }
        }
        return diffs.isEmpty() ? null : diffs.size() + " of " + bits.length + " elements differ: "
                + String.join(", ", diffs.subList(0, Math.min(5, diffs.size())));
    }

    private static String checkShape(JsonNode want, Array got) {
        Shape shape = VectorFiles.shape(want);
        DType dtype = VectorFiles.dtype(want);
        return got.shape().equals(shape) && got.dtype() == dtype ? null
                : "expected " + dtype + shape + ", got " + got.dtype() + got.shape();
    }

    /** The QR input bit for bit, then the output within the case's tolerance. */
    private static String checkApproximate(JsonNode c) {
        JsonNode qr = c.get("debug").get("qr_input");
        Array draw = Random.normal(VectorFiles.key(c), VectorFiles.shape(qr), VectorFiles.dtype(qr));
        long[] drawBits = VectorFiles.bits(qr);
        for (int i = 0; i < drawBits.length; i++) {
            if (draw.bitsAt(i) != drawBits[i]) {
                return "qr_input [" + i + "] want " + Long.toHexString(drawBits[i]) + " got "
                        + Long.toHexString(draw.bitsAt(i));
            }
        }
        JsonNode want = c.get("output");
        Array got = run(c);
        String shape = checkShape(want, got);
        if (shape != null) {
            return shape;
        }
        double atol = c.get("tolerance").get("atol").asDouble();
        double rtol = c.get("tolerance").get("rtol").asDouble();
        double[] w = InitVectors.values(want);
        double[] g = got.toDoubleArray();
        for (int i = 0; i < w.length; i++) {
            if (!(Math.abs(g[i] - w[i]) <= atol + rtol * Math.abs(w[i]))) {
                return "[" + i + "] want " + w[i] + " got " + g[i] + " (atol " + atol + ")";
            }
        }
        return null;
    }

    private static String checkError(JsonNode c) {
        JsonNode p = c.get("params");
        String op = "Initializers." + ((VarianceScaling) InitVectors.initializer(p)).jaxName();
        Shape shape = VectorFiles.shape(p);
        String expected = op + ": cannot compute fans of a rank-" + shape.rank() + " shape " + shape
                + " with the default inAxis=-2, outAxis=-1; give inAxis/outAxis explicitly";
        try {
            run(c);
            return "expected IllegalArgumentException (JAX: " + c.get("error").get("message").asText() + ")";
        } catch (IllegalArgumentException e) {
            return e.getMessage().equals(expected) ? null : "message '" + e.getMessage() + "', expected '" + expected + "'";
        }
    }
}
