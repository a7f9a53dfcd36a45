package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Flax known answers: {@code vectors/flax.jsonl} (shared, 60 cases) and {@code vectors/nn-extra.jsonl} (made by
 * {@code gen_nn.py} with real Flax 0.12.8); see PROVENANCE.md. Arrays are compared by their {@code bits}.
 */
final class NnVectors {
    static final List<JsonNode> FLAX = load("/vectors/flax.jsonl");
    static final List<JsonNode> EXTRA = load("/vectors/nn-extra.jsonl");

    private NnVectors() {
    }

    private static List<JsonNode> load(String resource) {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NnVectors.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
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

    static List<JsonNode> extra(String kind) {
        return EXTRA.stream().filter(c -> c.get("kind").asText().equals(kind)).toList();
    }

    static ThreefryMode mode(JsonNode c) {
        return c.get("mode").asText().equals("legacy") ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE;
    }

    static PRNGKey key(JsonNode words, ThreefryMode mode) {
        return PRNGKey.fromWords((int) words.get(0).asLong(), (int) words.get(1).asLong(), mode);
    }

    static PRNGKey key(JsonNode c) {
        return key(c.get("key"), mode(c));
    }

    /** The named rng streams of an object such as {@code {"dropout": [k0, k1]}}. */
    static Rngs rngs(JsonNode streams, ThreefryMode mode) {
        Rngs r = Rngs.empty();
        for (var it = streams.fields(); it.hasNext(); ) {
            var e = it.next();
            r = r.with(e.getKey(), key(e.getValue(), mode));
        }
        return r;
    }

    static Shape shape(JsonNode array) {
        JsonNode s = array.get("shape");
        int[] dims = new int[s.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = s.get(i).asInt();
        }
        return Shape.of(dims);
    }

    /** An array object of the vectors as an {@link Array}, from its bits (floats) or values (integers). */
    static Array array(JsonNode a) {
        Shape shape = shape(a);
        DType t = DType.of(a.get("dtype").asText());
        int n = (int) shape.size();
        if (t == DType.F32) {
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = Float.intBitsToFloat(new BigInteger(a.get("bits").get(i).asText(), 16).intValue());
            }
            return Array.of(v, shape);
        } else if (t == DType.I32) {
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                v[i] = a.get("values").get(i).asInt();
            }
            return Array.of(v, shape);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = a.get("values").get(i).asDouble();
        }
        return Array.of(v, shape, t);
    }

    /** The bit patterns a float array object lists. */
    static long[] bits(JsonNode a) {
        long[] out = new long[a.get("bits").size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new BigInteger(a.get("bits").get(i).asText(), 16).longValue();
        }
        return out;
    }

    /** Asserts an array equals an array object bit for bit (shape, dtype, every element). */
    static void assertBits(JsonNode want, Array got, String where) {
        assertEquals(shape(want), got.shape(), where + ": shape");
        assertEquals(want.get("dtype").asText(), got.dtype().toString(), where + ": dtype");
        if (want.has("bits")) {
            long[] bits = bits(want);
            for (int i = 0; i < bits.length; i++) {
                if (bits[i] != got.bitsAt(i)) {
                    throw new AssertionError(where + ": element " + i + " has bits " + Long.toHexString(got.bitsAt(i))
                            + ", Flax has " + Long.toHexString(bits[i]));
                }
            }
        } else {
            assertEquals(array(want), got, where);
        }
    }

    /** Asserts {@code |got - want| <= atol + rtol * |want|} element by element. */
    static void assertClose(JsonNode want, Array got, double atol, double rtol, String where) {
        assertEquals(shape(want), got.shape(), where + ": shape");
        assertEquals(want.get("dtype").asText(), got.dtype().toString(), where + ": dtype");
        double[] w = array(want).astype(DType.F64).toDoubleArray();
        double[] g = got.astype(DType.F64).toDoubleArray();
        for (int i = 0; i < w.length; i++) {
            assertTrue(Math.abs(g[i] - w[i]) <= atol + rtol * Math.abs(w[i]),
                    where + ": element " + i + " is " + g[i] + ", Flax has " + w[i]);
        }
    }

    static void assertClose(JsonNode want, Array got, JsonNode tolerance, String where) {
        assertClose(want, got, tolerance.get("atol").asDouble(), tolerance.get("rtol").asDouble(), where);
    }

    /**
     * Asserts a whole variables tree equals Flax's: the same paths in the same (creation) order, and every leaf bit
     * for bit.
     */
    static void assertTree(JsonNode leaves, FrozenDict<Array> got, String where) {
        Vector<Tuple2<Path, Array>> flat = Trees.flatten(got).toVector();
        List<String> wantPaths = new ArrayList<>();
        leaves.forEach(l -> wantPaths.add(l.get("path").asText()));
        assertEquals(wantPaths, flat.map(t -> t._1.toString()).toJavaList(), where + ": paths in order");
        for (int i = 0; i < leaves.size(); i++) {
            assertBits(leaves.get(i), flat.get(i)._2, where + " " + wantPaths.get(i));
        }
    }

    /** As {@link #assertTree}, but leaves are compared within a tolerance (same paths, order, shapes, dtypes). */
    static void assertTreeClose(JsonNode leaves, FrozenDict<Array> got, JsonNode tolerance, String where) {
        Vector<Tuple2<Path, Array>> flat = Trees.flatten(got).toVector();
        List<String> wantPaths = new ArrayList<>();
        leaves.forEach(l -> wantPaths.add(l.get("path").asText()));
        assertEquals(wantPaths, flat.map(t -> t._1.toString()).toJavaList(), where + ": paths in order");
        for (int i = 0; i < leaves.size(); i++) {
            assertClose(leaves.get(i), flat.get(i)._2, tolerance, where + " " + wantPaths.get(i));
        }
    }
}
