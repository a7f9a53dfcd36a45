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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiPredicate;
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

    private final MsgpackInput in;
    private final NdarrayReader arrays;
    private final BiPredicate<Path, ShapeDtypeStruct> load;
    private String entry = "";

    private MsgpackTreeReader(MsgpackInput in, BiPredicate<Path, ShapeDtypeStruct> load) {
        this.in = in;
        this.arrays = new NdarrayReader(in, load);
        this.load = load;
    }

    /**
     * Reads the whole input: {@code size} bytes from {@code unpacker}, reading the data of the leaves
     * {@code load} accepts.
     */
    static FrozenDict<Leaf> read(MessageUnpacker unpacker, long size, Origin origin,
            BiPredicate<Path, ShapeDtypeStruct> load) {
        MsgpackTreeReader reader = new MsgpackTreeReader(new MsgpackInput(unpacker, size, origin), load);
        try {
            return reader.root();
        } catch (MessagePackException e) {
            throw reader.in.malformed(reader.entry, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FrozenDict<Leaf> root() throws IOException {
        ValueType type = in.peek("");
        if (type != ValueType.MAP) {
            throw in.corrupt("", 0, "expected a msgpack map (a Flax state dict) at the root, got " + MsgpackInput.describe(type));
        }
        Object tree = map(Path.root(), 1);
        if (!(tree instanceof Map<?, ?> root)) {
            throw in.corrupt("", 0, "expected a tree at the root, got a chunked array");
        }
        if (in.hasNext()) {
            throw in.corrupt(null, in.position(), "expected the end of the data after the root map, got "
                    + in.remaining() + " more bytes");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> nested = (Map<String, ?>) root;
        return FrozenDict.of(nested, Leaf.class);
    }

    private Object value(Path path, int depth) throws IOException {
        entry = path.toString();
        ValueType type = in.peek(entry);
        return switch (type) {
            case MAP -> map(path, depth);
            case EXTENSION -> arrays.ndarray(path);
            case INTEGER, FLOAT, BOOLEAN -> scalar(path, type);
            case NIL -> {
                in.unpacker().unpackNil();
                yield new LinkedHashMap<String, Object>();
            }
            default -> throw in.corrupt(entry, in.position(),
                    "expected a map, an array (msgpack ext 1 or 3), a number or a bool, got " + MsgpackInput.describe(type));
        };
    }

    /** A map: a subtree (a java map of subtrees and leaves), or a leaf if it is a chunked array. */
    private Object map(Path path, int depth) throws IOException {
        long at = in.position();
        if (depth > MAX_DEPTH) {
            throw in.corrupt(path.toString(), at, "expected maps nested at most " + MAX_DEPTH + " deep, got deeper");
        }
        int n = in.mapHeader(path.toString());
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            entry = path.toString();
            long keyAt = in.position();
            String key = key();
            if (key.equals(NdarrayReader.CHUNKED) && i == 0 && !path.isRoot()) {
                return arrays.chunked(path, at, n);
            }
            if (key.isEmpty() || key.indexOf('/') >= 0 || key.equals(NdarrayReader.CHUNKED)) {
                throw in.corrupt(entry, keyAt, "expected a key that is non-empty and has no '/'"
                        + " (or a chunked array's first key), got '" + key + "'");
            }
            if (out.containsKey(key)) {
                throw in.corrupt(entry, keyAt, "expected unique keys, got '" + key + "' twice");
            }
            out.put(key, value(path.child(key), depth + 1));
        }
        return out;
    }

    private String key() throws IOException {
        ValueType type = in.peek(entry);
        if (type != ValueType.STRING) {
            throw in.corrupt(entry, in.position(), "expected a string key, got " + MsgpackInput.describe(type));
        }
        return in.string("a key", entry, Long.MAX_VALUE);
    }

    /** A msgpack number or bool as a 0-d array. */
    private Leaf scalar(Path path, ValueType type) throws IOException {
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
        } else {
            BigInteger v = in.unpacker().unpackBigInteger();
            dtype = v.bitLength() > 63 ? DType.U64 : DType.I64;
            bits = v.longValue();
        }
        ShapeDtypeStruct spec = new ShapeDtypeStruct(Shape.scalar(), dtype);
        return new Leaf(spec, load.test(path, spec) ? Option.some(scalarArray(dtype, bits)) : Option.none());
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
