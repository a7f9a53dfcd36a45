package dev.flaxen.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads and checks a safetensors header: the 8-byte little-endian length, then that many bytes of UTF-8
 * JSON mapping names to {@code {"dtype", "shape", "data_offsets"}} plus an optional {@code "__metadata__"}
 * map of strings. The rules are the Rust library's ({@code SafeTensors::read_metadata} and
 * {@code Metadata::validate} in safetensors/src/tensor.rs) plus duplicate-name and rank checks.
 *
 * @param entries the tensors in header order
 * @param metadata the {@code __metadata__} map; none when the header has none (or has {@code null})
 * @param dataStart the file offset of the data section: 8 plus the header length
 */
record SafetensorsHeader(LinkedHashMap<String, SafetensorsEntry> entries,
        Option<LinkedHashMap<String, String>> metadata, long dataStart) {
    /** The largest header accepted: 100,000,000 bytes, the Rust library's {@code MAX_HEADER_SIZE}. */
    static final int MAX_HEADER_SIZE = 100_000_000;
    /** The deepest JSON nesting accepted (the format needs 3; unknown fields may nest a little). */
    static final int MAX_JSON_DEPTH = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH)
                    .maxNameLength(MAX_HEADER_SIZE)
                    .maxStringLength(MAX_HEADER_SIZE)
                    .maxNumberLength(64)
                    .build())
            .build();

    /** The most tensors one file may list (the header limit alone would allow about 1.6 million). */
    static final int MAX_ENTRIES = MsgpackTreeReader.MAX_ENTRIES;

    /** Reads the header of {@code content}, checking it against the content's size. */
    static SafetensorsHeader read(Content content, Origin origin) throws IOException {
        return read(content, origin, MAX_ENTRIES);
    }

    static SafetensorsHeader read(Content content, Origin origin, int maxEntries) throws IOException {
        long size = content.size();
        if (size < 8) {
            throw origin.corrupt(null, 0, "expected at least 8 bytes (the header length), got " + size);
        }
        long n = content.range(0, 8).getLong();
        if (Long.compareUnsigned(n, MAX_HEADER_SIZE) > 0) {
            throw origin.corrupt(null, 0, "expected a header length of at most " + MAX_HEADER_SIZE + " bytes, got "
                    + Long.toUnsignedString(n));
        }
        if (n > size - 8) {
            throw origin.corrupt(null, 0, "expected a header length of at most the " + (size - 8)
                    + " bytes after it, got " + n);
        }
        byte[] json = new byte[(int) n];
        content.range(8, (int) n).get(json);
        checkUtf8(json, origin);
        SafetensorsHeaderParser parser = new SafetensorsHeaderParser(origin, maxEntries);
        try (JsonParser p = JSON.createParser(json)) {
            try {
                parser.parse(p);
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw origin.corrupt(parser.entry(), 8 + Math.max(0, where.getByteOffset()),
                        "expected a valid JSON header, got: " + e.getOriginalMessage());
            }
        }
        long dataStart = 8 + n;
        SafetensorsLayout.check(parser.entries(), parser.locations(), size - dataStart, origin);
        return new SafetensorsHeader(parser.entries(), parser.metadata(), dataStart);
    }

    /** Strict UTF-8, as Rust's {@code str::from_utf8}: no overlong forms, no encoded surrogates. */
    private static void checkUtf8(byte[] json, Origin origin) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(Math.min(1024, json.length + 1));
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                throw origin.corrupt(null, 8 + in.position(), "expected a header in UTF-8, got invalid UTF-8");
            }
            if (r.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }
}
