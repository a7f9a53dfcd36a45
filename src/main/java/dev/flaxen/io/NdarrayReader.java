package dev.flaxen.io;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.value.ValueType;

/**
 * Reads Flax's array encodings from msgpack: the ndarray ext (type 1, and type 3 for numpy scalars) whose
 * payload is {@code [shape, dtype name, raw bytes]}, and the chunked map Flax writes for leaves over
 * {@code MAX_CHUNK_SIZE} bytes. Checks every length before reading from it.
 */
final class NdarrayReader {
    /** The largest rank accepted: numpy's limit ({@code NPY_MAXDIMS} is 64 in numpy 2). */
    static final int MAX_RANK = 64;
    static final String CHUNKED = "__msgpack_chunked_array__";

    private static final int EXT_NDARRAY = 1;
    private static final int EXT_NPSCALAR = 3;
    /** The most elements one Flaxen {@code Array} holds (a Java array's limit). */
    static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static final int MAX_DTYPE_NAME = 32;
    private static final int MAX_KEY = 64;

    private final MsgpackInput in;

    NdarrayReader(MsgpackInput in) {
        this.in = in;
    }

    /** The header of one ndarray ext: its spec and the size of the raw data that follows. */
    private record Header(ShapeDtypeStruct spec, int bytes) {
    }

    /** An ndarray or numpy-scalar ext; reads its data if the selector wants it. */
    Leaf ndarray() throws IOException {
        Header h = header(false);
        if (!in.wants(h.spec)) {
            in.skipPayload(h.bytes);
            return new Leaf(h.spec, Option.none());
        }
        int n = (int) h.spec.shape().size();
        Array a = LeafBytes.generate(h.spec.shape(), h.spec.dtype(), out -> payload(h.spec.dtype(), out, 0, n));
        return new Leaf(h.spec, Option.some(a));
    }

    private void payload(DType dtype, Object out, int offset, int count) {
        try {
            in.payloadInto(dtype, out, offset, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rest of Flax's chunked array {@code {"__msgpack_chunked_array__": true, "shape": {"0": d0, ...},
     * "chunks": {"0": ndarray, ...}}} after its first key, in the order Flax writes: the chunks are 1-d
     * slices of the C-order data, copied straight into one array.
     */
    Leaf chunked(long at, int entries) throws IOException {
        if (entries != 3) {
            throw in.corrupt(at, "expected a chunked array of 3 entries (" + CHUNKED + ", shape, chunks), got "
                    + entries + " entries");
        }
        in.expect(ValueType.BOOLEAN, "true after " + CHUNKED);
        in.unpacker().unpackBoolean();
        key("shape");
        in.expect(ValueType.MAP, "the shape of a chunked array as a msgpack map");
        Shape shape = dims(in.position(), in.mapHeader(), true);
        key("chunks");
        long chunksAt = in.position();
        int count = in.mapHeader();
        if (count == 0) {
            throw in.corrupt(chunksAt, "expected at least one chunk, got none");
        }
        Header first = chunkHeader(0);
        ShapeDtypeStruct spec = new ShapeDtypeStruct(shape, first.spec.dtype());
        if (!in.wants(spec)) {
            chunks(first, count, shape.size(), null);
            return new Leaf(spec, Option.none());
        }
        Array a = LeafBytes.generate(shape, spec.dtype(), out -> {
            try {
                chunks(first, count, shape.size(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Leaf(spec, Option.some(a));
    }

    /** Reads the chunks' data into {@code out} from the first chunk's payload on, or skips it when out is null. */
    private void chunks(Header first, int count, long total, Object out) throws IOException {
        long offset = 0;
        Header h = first;
        for (int i = 0; i < count; i++) {
            long at = in.position();
            h = i == 0 ? first : chunkHeader(i);
            long n = h.spec.shape().size();
            if (h.spec.dtype() != first.spec.dtype()) {
                throw in.corrupt(at, "expected every chunk to be " + first.spec.dtype() + ", got " + h.spec.dtype()
                        + " in chunk " + i);
            }
            if (offset + n > total) {
                throw in.corrupt(at, "expected chunks holding " + total + " elements in all, got more");
            }
            if (out == null) {
                in.skipPayload(h.bytes);
            } else {
                in.payloadInto(h.spec.dtype(), out, (int) offset, (int) n);
            }
            offset += n;
        }
        if (offset != total) {
            throw in.corrupt(in.position(), "expected chunks holding " + total + " elements in all, got " + offset);
        }
    }

    private Header chunkHeader(int i) throws IOException {
        key(String.valueOf(i));
        long at = in.position();
        Header h = header(true);
        if (h.spec.shape().rank() != 1) {
            throw in.corrupt(at, "expected chunk " + i + " to be 1-d, got shape " + h.spec.shape());
        }
        return h;
    }

    private void key(String expected) throws IOException {
        long at = in.position();
        String key = in.string("a key of a chunked array", MAX_KEY);
        if (!key.equals(expected)) {
            throw in.corrupt(at, "expected the key '" + expected + "' in a chunked array, got '" + key + "'");
        }
    }

    /** Reads an ext header and the ndarray header inside it, up to the start of the raw bytes. */
    private Header header(boolean chunk) throws IOException {
        long at = in.position();
        ExtensionTypeHeader ext = in.unpacker().unpackExtensionTypeHeader();
        int type = ext.getType();
        if (type != EXT_NDARRAY && (chunk || type != EXT_NPSCALAR)) {
            String expected = chunk ? "1 (ndarray)" : "1 (ndarray) or 3 (numpy scalar)";
            throw in.corrupt(at, "expected msgpack ext type " + expected
                    + ", got ext type " + type + (type == 2 ? " (Python complex, which Flaxen has no dtype for)" : ""));
        }
        in.requireFits(ext.getLength(), at, "an ext payload of %d bytes", ext.getLength());
        long end = in.position() + ext.getLength();
        if (in.arrayHeader() != 3) {
            throw in.corrupt(at, "expected an ndarray payload of 3 items [shape, dtype, data], got another count");
        }
        Shape shape = shape();
        DType dtype = dtype();
        in.expect(ValueType.BINARY, "the ndarray data as msgpack bin");
        long dataAt = in.position();
        int bytes = in.unpacker().unpackBinaryHeader();
        checkDataSize(dataAt, shape, dtype, bytes);
        if (in.position() + bytes != end) {
            throw in.corrupt(at, "expected the ndarray to fill its ext payload of " + ext.getLength()
                    + " bytes, got " + (in.position() + bytes - end + ext.getLength()) + " bytes");
        }
        return new Header(new ShapeDtypeStruct(shape, dtype), bytes);
    }

    private Shape shape() throws IOException {
        in.expect(ValueType.ARRAY, "the ndarray shape as a msgpack array");
        return dims(in.position(), in.arrayHeader(), false);
    }

    /** {@code rank} dimensions (each after its key "0", "1", ... when {@code keyed}) read from byte {@code at} on. */
    private Shape dims(long at, int rank, boolean keyed) throws IOException {
        if (rank > MAX_RANK) {
            throw in.corrupt(at, "expected a rank of at most " + MAX_RANK + ", got " + rank);
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            if (keyed) {
                key(String.valueOf(i));
            }
            dims[i] = dimension();
        }
        return checkedShape(at, dims);
    }

    /** One non-negative dimension that fits a Java int. */
    int dimension() throws IOException {
        in.expect(ValueType.INTEGER, "a dimension as a msgpack integer");
        long at = in.position();
        BigInteger d = in.unpacker().unpackBigInteger();
        if (d.signum() < 0 || d.bitLength() > 31) {
            throw in.corrupt(at, "expected a dimension in [0, " + Integer.MAX_VALUE + "], got " + d);
        }
        return d.intValue();
    }

    /** A shape whose element count fits one Flaxen array (each dimension is at most 2^31 - 1). */
    Shape checkedShape(long at, int[] dims) {
        long size = 1;
        for (int d : dims) {
            size = d == 0 ? 0 : size;
        }
        for (int i = 0; i < dims.length && size > 0; i++) {
            size *= dims[i];
            if (size > MAX_ELEMENTS) {
                throw in.corrupt(at, "expected at most " + MAX_ELEMENTS
                        + " elements (the most one Flaxen Array holds), got a shape with more");
            }
        }
        return Shape.of(dims);
    }

    private DType dtype() throws IOException {
        long at = in.position();
        String name = in.string("the dtype name as a msgpack string", MAX_DTYPE_NAME);
        return DTypeNames.ofNumpyName(name).getOrElseThrow(() -> in.corrupt(at,
                "expected a dtype Flaxen knows (" + DTypeNames.knownNumpyNames() + "), got '" + name + "'"));
    }

    private void checkDataSize(long at, Shape shape, DType dtype, int bytes) {
        long expected = shape.size() * dtype.itemSize();
        if (bytes != expected) {
            throw in.corrupt(at, "expected " + expected + " data bytes for " + dtype + shape + ", got " + bytes);
        }
        in.requireFits(bytes, at, "the data of %d bytes", bytes);
    }
}
