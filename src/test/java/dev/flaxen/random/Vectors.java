package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.vectors.VectorFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The JAX known-answer cases of {@code vectors/random.jsonl} and {@code vectors/extra.jsonl}, read with
 * {@link VectorFiles}, and comparison of results with them.
 */
final class Vectors {
    private static final List<JsonNode> CASES = VectorFiles.load("/vectors/random.jsonl");
    private static final List<JsonNode> EXTRA = VectorFiles.load("/vectors/extra.jsonl");

    private Vectors() {
    }

    static List<JsonNode> ofKind(String kind) {
        return CASES.stream().filter(c -> c.get("kind").asText().equals(kind)).toList();
    }

    /** Cases of {@code vectors/extra.jsonl} (made by {@code gen_extra.py} with real JAX) of one kind. */
    static List<JsonNode> extra(String kind) {
        return EXTRA.stream().filter(c -> c.get("kind").asText().equals(kind)).toList();
    }

    /** Expected storage bits of every element: hex {@code bits} for floats, the integer values otherwise. */
    static long[] expectedBits(JsonNode array) {
        if (array.has("bits")) {
            return VectorFiles.bits(array);
        }
        JsonNode values = array.get("values");
        long[] out = new long[values.size()];
        DType t = VectorFiles.dtype(array);
        for (int i = 0; i < out.length; i++) {
            long v = values.get(i).bigIntegerValue().longValue();
            out[i] = t.bits() == 64 ? v : v & ((1L << t.bits()) - 1);
        }
        return out;
    }

    /** An array object of the vectors file as an {@link Array}. */
    static Array array(JsonNode array) {
        return Shuffles.fromBits(VectorFiles.shape(array), VectorFiles.dtype(array), expectedBits(array));
    }

    /**
     * Runs {@code compute} on every case and asserts that each output matches within {@code ulps(case)} units in the
     * last place (0 = bit for bit), listing every mismatching case id.
     */
    static int check(List<JsonNode> cases, Function<JsonNode, Array> compute, Function<JsonNode, Long> ulps) {
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            String id = c.get("id").asText();
            try {
                Array got = compute.apply(c);
                String problem = compare(c.get("output"), got, ulps.apply(c));
                if (problem != null) {
                    failures.add(id + ": " + problem);
                }
            } catch (RuntimeException e) {
                failures.add(id + ": threw " + e);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases differ:\n"
                + String.join("\n", failures));
        return cases.size();
    }

    static int check(List<JsonNode> cases, Function<JsonNode, Array> compute) {
        return check(cases, compute, c -> 0L);
    }

    private static String compare(JsonNode want, Array got, long ulps) {
        Shape shape = VectorFiles.shape(want);
        DType dtype = VectorFiles.dtype(want);
        if (!got.shape().equals(shape) || got.dtype() != dtype) {
            return "expected " + dtype + shape + ", got " + got.dtype() + got.shape();
        }
        long[] bits = expectedBits(want);
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < bits.length; i++) {
            long g = got.bitsAt(i);
            long d = dtype.isFloating() ? ulpDistance(g, bits[i], dtype) : (g == bits[i] ? 0 : Long.MAX_VALUE);
            if (d > ulps) {
                diffs.add("[" + i + "] want " + Long.toHexString(bits[i]) + " got " + Long.toHexString(g)
                        + (dtype.isFloating() ? " (" + d + " ulp)" : ""));
            }
        }
        if (diffs.isEmpty()) {
            return null;
        }
        return diffs.size() + " of " + bits.length + " elements differ: "
                + String.join(", ", diffs.subList(0, Math.min(5, diffs.size())));
    }

    /** Distance in units in the last place between two float bit patterns of the dtype. */
    static long ulpDistance(long a, long b, DType dtype) {
        int bits = dtype.bits();
        return Math.abs(ordered(a, bits) - ordered(b, bits));
    }

    private static long ordered(long x, int bits) {
        long sign = 1L << (bits - 1);
        long magnitude = bits == 64 ? x & Long.MAX_VALUE : x & (sign - 1);
        return (x & sign) != 0 ? -magnitude : magnitude;
    }
}
