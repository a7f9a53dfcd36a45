package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import dev.flaxen.vectors.VectorFiles;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;

/**
 * The Flax known answers: {@code vectors/flax.jsonl} (shared, 60 cases) and {@code vectors/nn-extra.jsonl} (made by
 * {@code gen_nn.py} with real Flax 0.12.8); see PROVENANCE.md. Arrays are compared by their {@code bits}.
 */
final class NnVectors {
    static final List<JsonNode> FLAX = VectorFiles.load("/vectors/flax.jsonl");
    static final List<JsonNode> EXTRA = VectorFiles.load("/vectors/nn-extra.jsonl");

    private NnVectors() {
    }

    static List<JsonNode> extra(String kind) {
        return EXTRA.stream().filter(c -> c.get("kind").asText().equals(kind)).toList();
    }

    /** {@link VectorFiles#mode}, as the nn tests call it. */
    static ThreefryMode mode(JsonNode c) {
        return VectorFiles.mode(c);
    }

    /** {@link VectorFiles#key(JsonNode, ThreefryMode)}, as the nn tests call it. */
    static PRNGKey key(JsonNode words, ThreefryMode mode) {
        return VectorFiles.key(words, mode);
    }

    /** {@link VectorFiles#key(JsonNode)}, as the nn tests call it. */
    static PRNGKey key(JsonNode c) {
        return VectorFiles.key(c);
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

    /** An array object of the vectors as an {@link Array}, from its bits (floats) or values (integers). */
    static Array array(JsonNode a) {
        Shape shape = VectorFiles.shape(a);
        DType t = VectorFiles.dtype(a);
        int n = (int) shape.size();
        if (t == DType.F32) {
            long[] bits = VectorFiles.bits(a);
            float[] v = new float[n];
            for (int i = 0; i < n; i++) {
                v[i] = Float.intBitsToFloat((int) bits[i]);
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

    /** Asserts an array equals an array object bit for bit (shape, dtype, every element). */
    static void assertBits(JsonNode want, Array got, String where) {
        assertEquals(VectorFiles.shape(want), got.shape(), where + ": shape");
        assertEquals(want.get("dtype").asText(), got.dtype().toString(), where + ": dtype");
        if (want.has("bits")) {
            long[] bits = VectorFiles.bits(want);
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
        assertEquals(VectorFiles.shape(want), got.shape(), where + ": shape");
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
