package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Loads the JAX known-answer cases of {@code vectors/random.jsonl} and compares results with them. */
final class Vectors {
    private static final List<JsonNode> CASES = load("/vectors/random.jsonl");
    private static final List<JsonNode> EXTRA = load("/vectors/extra.jsonl");

    private Vectors() {
    }

    static List<JsonNode> load(String resource) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Vectors.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
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

    static List<JsonNode> ofKind(String kind) {
        return CASES.stream().filter(c -> c.get("kind").asText().equals(kind)).toList();
    }

    /** Cases of {@code vectors/extra.jsonl} (made by {@code gen_extra.py} with real JAX) of one kind. */
    static List<JsonNode> extra(String kind) {
        return EXTRA.stream().filter(c -> c.get("kind").asText().equals(kind)).toList();
    }

    static ThreefryMode mode(JsonNode c) {
        return c.get("mode").asText().equals("legacy") ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE;
    }

    static PRNGKey key(JsonNode c) {
        JsonNode k = c.get("key");
        return PRNGKey.fromWords((int) k.get(0).asLong(), (int) k.get(1).asLong(), mode(c));
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

    static boolean hasTag(JsonNode c, String tag) {
        JsonNode tags = c.get("tags");
        if (tags == null) {
            return false;
        }
        for (JsonNode t : tags) {
            if (t.asText().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Expected storage bits of every element: hex {@code bits} for floats, the integer values otherwise. */
    static long[] expectedBits(JsonNode array) {
        JsonNode bits = array.get("bits");
        JsonNode values = array.get("values");
        int n = bits != null ? bits.size() : values.size();
        long[] out = new long[n];
        DType t = dtype(array);
        for (int i = 0; i < n; i++) {
            if (bits != null) {
                out[i] = new BigInteger(bits.get(i).asText(), 16).longValue();
            } else {
                long v = values.get(i).bigIntegerValue().longValue();
                out[i] = t.bits() == 64 ? v : v & ((1L << t.bits()) - 1);
            }
        }
        return out;
    }

    /** An array object of the vectors file as an {@link Array}. */
    static Array array(JsonNode array) {
        return Shuffles.fromBits(shape(array), dtype(array), expectedBits(array));
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
        Shape shape = shape(want);
        DType dtype = dtype(want);
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
