package dev.flaxen.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.flaxen.array.Array;
import io.vavr.Tuple2;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Writes safetensors exactly as the Python/Rust library does ({@code prepare} and {@code serialize} in
 * safetensors/src/tensor.rs): tensors sorted by dtype in descending enum order, then by name (byte order of
 * the UTF-8, which is code-point order); data laid out in that order with no gaps; a compact serde_json
 * header with {@code __metadata__} first, control characters escaped as serde does ({@code \n}, {@code \t}, ...
 * and lowercase {@code \u001f}), padded with spaces to a multiple of 8 bytes. The Rust library writes metadata
 * in hash order; we write the caller's order. Array data streams leaf by leaf through a small buffer.
 */
final class SafetensorsWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private SafetensorsWriter() {
    }

    /** Writes the whole file to {@code out}; {@code op} names the caller in errors. */
    static void write(WritableByteChannel out, Map<String, Array> tensors,
            Option<? extends Map<String, String>> metadata, String op) throws IOException {
        Vector<Tuple2<String, Array>> sorted = sorted(tensors, op);
        byte[] header = header(sorted, metadata, op);
        ByteBuffer length = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, header.length);
        writeFully(out, length);
        writeFully(out, ByteBuffer.wrap(header));
        ByteBuffer scratch = LeafBytes.scratch();
        for (Tuple2<String, Array> t : sorted) {
            LeafBytes.write(t._2, 0, t._2.size(), scratch, (b, off, n) -> writeFully(out, ByteBuffer.wrap(b, off, n)));
        }
    }

    /** The library's order: dtype descending in the Rust enum, then name by UTF-8 bytes. */
    static Vector<Tuple2<String, Array>> sorted(Map<String, Array> tensors, String op) {
        for (String name : tensors.keySet()) {
            if (name.equals(SafetensorsHeaderParser.METADATA) || !Utf8.isWellFormed(name)) {
                throw new IllegalArgumentException(op + ": expected tensor names in valid Unicode other than \""
                        + SafetensorsHeaderParser.METADATA + "\", got \"" + name + "\"");
            }
        }
        Comparator<Tuple2<String, Array>> byDtype =
                Comparator.comparingInt(t -> -DTypeNames.safetensorsRank(t._2.dtype()));
        return tensors.toVector().sorted(byDtype.thenComparing(
                (a, b) -> Arrays.compareUnsigned(utf8(a._1), utf8(b._1))));
    }

    private static byte[] utf8(String s) {
        return Utf8.encode(s).get();
    }

    private static byte[] header(Vector<Tuple2<String, Array>> sorted, Option<? extends Map<String, String>> metadata,
            String op) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(json, JsonEncoding.UTF8)) {
            g.writeStartObject();
            if (metadata.isDefined()) {
                metadata(g, metadata.get(), op);
            }
            long offset = 0;
            for (Tuple2<String, Array> t : sorted) {
                long bytes = (long) t._2.size() * t._2.dtype().itemSize();
                entry(g, t._1, t._2, offset, offset + bytes);
                offset += bytes;
            }
            g.writeEndObject();
        }
        while (json.size() % 8 != 0) {
            json.write(' ');
        }
        if (json.size() > SafetensorsHeader.MAX_HEADER_SIZE) {
            throw new IllegalArgumentException(op + ": expected a header of at most "
                    + SafetensorsHeader.MAX_HEADER_SIZE
                    + " bytes, got " + json.size() + ". Split the tensors over several files");
        }
        return json.toByteArray();
    }

    private static void metadata(JsonGenerator g, Map<String, String> metadata, String op) throws IOException {
        g.writeObjectFieldStart(SafetensorsHeaderParser.METADATA);
        for (Tuple2<String, String> kv : metadata) {
            if (!Utf8.isWellFormed(kv._1) || !Utf8.isWellFormed(kv._2)) {
                throw new IllegalArgumentException(op
                        + ": expected metadata in valid Unicode, got a lone surrogate in \""
                        + kv._1 + "\"");
            }
            g.writeStringField(kv._1, kv._2);
        }
        g.writeEndObject();
    }

    private static void entry(JsonGenerator g, String name, Array x, long begin, long end) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("dtype", DTypeNames.safetensorsCode(x.dtype()));
        g.writeArrayFieldStart("shape");
        for (int d : x.shape().toArray()) {
            g.writeNumber(d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("data_offsets");
        g.writeNumber(begin);
        g.writeNumber(end);
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeFully(WritableByteChannel out, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
    }
}
