package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import io.vavr.collection.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePackException;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Reads a Flax state dict ({@code flax.serialization.msgpack_restore}) into a tree of {@link Leaf}s. Maps
 * become subtrees in file order; ndarray exts and chunked arrays become array leaves; msgpack numbers and
 * bools become 0-d arrays (int64, or uint64 above its range; float64 or float32; bool), as numpy's
 * {@code asarray} would make them; nil becomes an empty subtree (JAX treats {@code None} as a node with no
 * leaves). Anything else is a {@link CorruptCheckpointException}: strings, binaries, msgpack arrays, unknown
 * ext types, non-string or duplicate keys, keys that are empty or hold {@code '/'}, maps nested deeper than
 * {@link #MAX_DEPTH}, and trailing bytes after the root map.
 */
final class MsgpackTreeReader {
    /** The deepest nesting of maps accepted, the root map being depth 1. */
    static final int MAX_DEPTH = 128;
    /** The most entries (leaves and maps) one file may hold. */
    static final int MAX_ENTRIES = 1_000_000;

    private final MsgpackInput in;
    private final NdarrayReader arrays;
    private final int maxEntries;
    private int entries;

    private MsgpackTreeReader(MsgpackInput in, int maxEntries) {
        this.in = in;
        this.arrays = new NdarrayReader(in);
        this.maxEntries = maxEntries;
    }

    /**
     * Reads the whole input, {@code size} bytes from {@code unpacker}, keeping the data of the leaves
     * {@code load} accepts ({@link Leaf#ALL}, {@link Leaf#NONE} or a test of path and spec), and converts each
     * leaf with {@code leaf}.
     */
    static <V> FrozenDict<V> read(MessageUnpacker unpacker, long size, Origin origin,
            BiPredicate<Path, ShapeDtypeStruct> load, Function<Leaf, V> leaf, Class<V> leafType) {
        return read(unpacker, size, origin, load, leaf, leafType, MAX_ENTRIES);
    }

    static <V> FrozenDict<V> read(MessageUnpacker unpacker, long size, Origin origin,
            BiPredicate<Path, ShapeDtypeStruct> load, Function<Leaf, V> leaf, Class<V> leafType, int maxEntries) {
        return FrozenDict.of(convert(nested(unpacker, size, origin, load, maxEntries), leaf), leafType);
    }

    /** Reads the shapes and dtypes of every leaf, no data, as a flat map of {@code '/'}-joined paths in file order. */
    static LinkedHashMap<String, ShapeDtypeStruct> specs(MessageUnpacker unpacker, long size, Origin origin) {
        java.util.LinkedHashMap<String, ShapeDtypeStruct> out = new java.util.LinkedHashMap<>();
        flatten(nested(unpacker, size, origin, Leaf.NONE, MAX_ENTRIES), "", out);
        return LinkedHashMap.ofAll(out);
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Map<String, Object> nested, String prefix, Map<String, ShapeDtypeStruct> out) {
        nested.forEach((k, v) -> {
            if (v instanceof Leaf leaf) {
                out.put(prefix + k, leaf.spec());
            } else {
                flatten((Map<String, Object>) v, prefix + k + "/", out);
            }
        });
    }

    private static Map<String, Object> nested(MessageUnpacker unpacker, long size, Origin origin,
            BiPredicate<Path, ShapeDtypeStruct> load, int maxEntries) {
        MsgpackTreeReader reader = new MsgpackTreeReader(new MsgpackInput(unpacker, size, origin, load), maxEntries);
        try {
            return reader.root();
        } catch (MessagePackException e) {
            throw reader.in.malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nested maps with each leaf converted, in place (the maps are this reader's own). */
    @SuppressWarnings("unchecked")
    private static <V> Map<String, Object> convert(Map<String, Object> nested, Function<Leaf, V> leaf) {
        nested.replaceAll((k, v) -> v instanceof Leaf l ? leaf.apply(l) : convert((Map<String, Object>) v, leaf));
        return nested;
    }

    private Map<String, Object> root() throws IOException {
        ValueType type = in.peek();
        if (type != ValueType.MAP) {
            throw in.corrupt(0, "expected a msgpack map (a Flax state dict) at the root, got "
                    + MsgpackInput.describe(type));
        }
        Object tree = map();
        if (!(tree instanceof Map<?, ?>)) {
            throw in.corrupt(0, "expected a tree at the root, got a chunked array");
        }
        if (in.hasNext()) {
            throw in.corruptOutside(in.position(), "expected the end of the data after the root map, got "
                    + in.remaining() + " more bytes");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) tree;
        return root;
    }

    private Object value() throws IOException {
        if (++entries > maxEntries) {
            throw in.corrupt(in.position(), "expected at most " + maxEntries + " entries (leaves and maps), got more");
        }
        ValueType type = in.peek();
        return switch (type) {
            case MAP -> map();
            case EXTENSION -> arrays.ndarray();
            case INTEGER, FLOAT, BOOLEAN -> scalar(type);
            case NIL -> {
                in.unpacker().unpackNil();
                yield new java.util.LinkedHashMap<String, Object>();
            }
            default -> throw in.corrupt(in.position(),
                    "expected a map, an array (msgpack ext 1 or 3), a number or a bool, got "
                            + MsgpackInput.describe(type));
        };
    }

    /** A map: a subtree (a java map of subtrees and leaves), or a leaf if it is a chunked array. */
    private Object map() throws IOException {
        long at = in.position();
        if (in.depth() >= MAX_DEPTH) {
            throw in.corrupt(at, "expected maps nested at most " + MAX_DEPTH + " deep, got deeper");
        }
        int n = in.mapHeader();
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            long keyAt = in.position();
            String key = key();
            if (key.equals(NdarrayReader.CHUNKED) && i == 0 && in.depth() > 0) {
                return arrays.chunked(at, n);
            }
            if (key.isEmpty() || key.indexOf('/') >= 0 || key.equals(NdarrayReader.CHUNKED)) {
                throw in.corrupt(keyAt, "expected a key that is non-empty and has no '/'"
                        + " (or a chunked array's first key), got '" + key + "'");
            }
            if (out.containsKey(key)) {
                throw in.corrupt(keyAt, "expected unique keys, got '" + key + "' twice");
            }
            in.push(key);
            out.put(key, value());
            in.pop();
        }
        return out;
    }

    private String key() throws IOException {
        ValueType type = in.peek();
        if (type != ValueType.STRING) {
            throw in.corrupt(in.position(), "expected a string key, got " + MsgpackInput.describe(type));
        }
        return in.string("a key", Long.MAX_VALUE);
    }

    /** A msgpack number or bool as a 0-d array. */
    private Leaf scalar(ValueType type) throws IOException {
        MessageFormat format = in.unpacker().getNextFormat();
        DType dtype;
        long bits;
        if (type == ValueType.BOOLEAN) {
            dtype = DType.BOOL;
            bits = in.unpacker().unpackBoolean() ? 1 : 0;
        } else if (format == MessageFormat.FLOAT32) {
            dtype = DType.F32;
            bits = Float.floatToRawIntBits(in.unpacker().unpackFloat());
        } else if (type == ValueType.FLOAT) {
            dtype = DType.F64;
            bits = Double.doubleToRawLongBits(in.unpacker().unpackDouble());
        } else if (format == MessageFormat.UINT64) {
            BigInteger v = in.unpacker().unpackBigInteger();
            dtype = v.bitLength() > 63 ? DType.U64 : DType.I64;
            bits = v.longValue();
        } else {
            dtype = DType.I64;
            bits = in.unpacker().unpackLong();
        }
        ShapeDtypeStruct spec = new ShapeDtypeStruct(Shape.scalar(), dtype);
        return new Leaf(spec, in.wants(spec) ? Option.some(scalarArray(dtype, bits)) : Option.none());
    }
    private static Array scalarArray(DType dtype, long bits) {
        return LeafBytes.generate(Shape.scalar(), dtype, out -> {
            if (out instanceof float[] f) {
                f[0] = Float.intBitsToFloat((int) bits);
            } else if (out instanceof double[] d) {
                d[0] = Double.longBitsToDouble(bits);
            } else if (out instanceof long[] l) {
                l[0] = bits;
            } else {
                ((byte[]) out)[0] = (byte) bits;
            }
        });
    }
}
