package dev.flaxen.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The reference files under src/test/resources/dev/flaxen/io (see PROVENANCE.md there) and the trees
 * EXPECTED.json gives for them, built from its bit patterns without going through the code under test.
 */
final class Reference {
    private static final JsonNode EXPECTED = json("EXPECTED.json");

    private Reference() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Reference.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String name) {
        try {
            return new ObjectMapper().readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree EXPECTED.json gives for {@code file}, keys in the JSON's order. */
    static FrozenDict<Array> expectedTree(String file) {
        return tree(EXPECTED.get(file).get("tree"), Path.root(), FrozenDict.empty());
    }

    private static FrozenDict<Array> tree(JsonNode node, Path at, FrozenDict<Array> acc) {
        FrozenDict<Array> out = acc;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().has("dtype")) {
                out = out.with(at.child(e.getKey()), leaf(e.getValue()));
            } else {
                out = tree(e.getValue(), at.child(e.getKey()), out);
            }
        }
        return out;
    }

    /** A flat map of the top-level entries of EXPECTED.json's tree for {@code file} (safetensors names). */
    static io.vavr.collection.LinkedHashMap<String, Array> expectedFlat(String file) {
        io.vavr.collection.LinkedHashMap<String, Array> out = io.vavr.collection.LinkedHashMap.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = EXPECTED.get(file).get("tree").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            out = out.put(e.getKey(), leaf(e.getValue()));
        }
        return out;
    }

    private static Array leaf(JsonNode leaf) {
        DType dtype = DType.of(leaf.get("dtype").asText());
        int[] dims = new int[leaf.get("shape").size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = leaf.get("shape").get(i).asInt();
        }
        JsonNode bits = leaf.get("bits");
        JsonNode values = leaf.get("values");
        long[] raw = new long[bits != null ? bits.size() : values.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = bits != null ? Long.parseUnsignedLong(bits.get(i).asText(), 16)
                    : values.get(i).isBoolean() ? (values.get(i).asBoolean() ? 1 : 0) : values.get(i).asLong();
        }
        return fromBits(Shape.of(dims), dtype, raw);
    }

    /** An array from raw bit patterns, one per element, built with the public generate* factories. */
    static Array fromBits(Shape shape, DType dtype, long... raw) {
        return switch (dtype.itemSize()) {
            case 8 -> dtype == DType.F64
                    ? Array.generateDouble(shape, out -> {
                        for (int i = 0; i < raw.length; i++) {
                            out[i] = Double.longBitsToDouble(raw[i]);
                        }
                    })
                    : Array.generateLong(shape, dtype, out -> System.arraycopy(raw, 0, out, 0, raw.length));
            case 4 -> dtype == DType.F32
                    ? Array.generateFloat(shape, out -> {
                        for (int i = 0; i < raw.length; i++) {
                            out[i] = Float.intBitsToFloat((int) raw[i]);
                        }
                    })
                    : Array.generateInt(shape, dtype, out -> {
                        for (int i = 0; i < raw.length; i++) {
                            out[i] = (int) raw[i];
                        }
                    });
            case 2 -> Array.generateShort(shape, dtype, out -> {
                for (int i = 0; i < raw.length; i++) {
                    out[i] = (short) raw[i];
                }
            });
            default -> Array.generateByte(shape, dtype, out -> {
                for (int i = 0; i < raw.length; i++) {
                    out[i] = (byte) raw[i];
                }
            });
        };
    }

    /** A float32 array of the given values. */
    static Array f32(Shape shape, float... values) {
        return Array.generateFloat(shape, out -> System.arraycopy(values, 0, out, 0, values.length));
    }
}
