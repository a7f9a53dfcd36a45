package dev.flaxen.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks the JSON of a safetensors header with Jackson's streaming parser, building entries as it goes (no
 * document tree): names map to {@code {"dtype": code, "shape": [ints], "data_offsets": [begin, end]}}
 * (other fields are skipped, as the Rust library ignores them) and {@code "__metadata__"} maps strings to
 * strings. Each entry's byte range must match its dtype and shape.
 */
final class SafetensorsHeaderParser {
    static final String METADATA = "__metadata__";

    private final Origin origin;
    private final int maxEntries;
    private LinkedHashMap<String, SafetensorsEntry> entries = LinkedHashMap.empty();
    private final Map<String, Long> locations = new HashMap<>();
    private Option<LinkedHashMap<String, String>> metadata = Option.none();
    private String entry;

    SafetensorsHeaderParser(Origin origin, int maxEntries) {
        this.origin = origin;
        this.maxEntries = maxEntries;
    }

    LinkedHashMap<String, SafetensorsEntry> entries() {
        return entries;
    }

    /** The file offset of each entry's name in the header, for error messages. */
    Map<String, Long> locations() {
        return locations;
    }

    Option<LinkedHashMap<String, String>> metadata() {
        return metadata;
    }

    /** The entry being parsed, or null between entries. */
    String entry() {
        return entry;
    }

    void parse(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw origin.corrupt(null, at(p), "expected a JSON object, got " + describe(t));
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            long at = at(p);
            entry = name;
            checkUnicode(name, at, "a name");
            p.nextToken();
            if (name.equals(METADATA)) {
                metadata = metadata(p);
            } else if (entries.size() == maxEntries) {
                throw origin.corrupt(null, at, "expected at most " + maxEntries + " tensors, got more");
            } else {
                entries = entries.put(name, entry(p, name, at));
                locations.put(name, at);
            }
        }
        entry = null;
        if (p.nextToken() != null) {
            throw origin.corrupt(null, at(p), "expected the end of the header after its JSON object, got more JSON");
        }
    }

    private Option<LinkedHashMap<String, String>> metadata(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Option.none();
        }
        require(p, JsonToken.START_OBJECT, "an object of strings");
        LinkedHashMap<String, String> out = LinkedHashMap.empty();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            checkUnicode(key, at(p), "a metadata key");
            p.nextToken();
            require(p, JsonToken.VALUE_STRING, "a string value for '" + key + "'");
            String value = p.getText();
            checkUnicode(value, at(p), "a metadata value");
            out = out.put(key, value);
        }
        return Option.some(out);
    }

    private SafetensorsEntry entry(JsonParser p, String name, long at) throws IOException {
        require(p, JsonToken.START_OBJECT, "an object {\"dtype\", \"shape\", \"data_offsets\"}");
        String code = null;
        int[] dims = null;
        long[] offsets = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "dtype" -> code = require(p, JsonToken.VALUE_STRING, "a dtype string").getText();
                case "shape" -> dims = shape(p);
                case "data_offsets" -> offsets = offsets(p);
                default -> p.skipChildren();
            }
        }
        String dtypeCode = present(code, "dtype", at);
        DType dtype = DTypeNames.ofSafetensorsCode(dtypeCode).getOrElseThrow(() -> origin.corrupt(name, at,
                "expected a dtype Flaxen knows (" + DTypeNames.knownSafetensorsCodes() + "), got '" + dtypeCode + "'"));
        int[] shape = present(dims, "shape", at);
        long[] range = present(offsets, "data_offsets", at);
        SafetensorsLayout.checkSize(name, dtype, shape, range, at, origin);
        return new SafetensorsEntry(name, dtype, Shape.of(shape), range[0], range[1]);
    }

    private int[] shape(JsonParser p) throws IOException {
        require(p, JsonToken.START_ARRAY, "a shape array");
        int[] dims = new int[4];
        int rank = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (rank == NdarrayReader.MAX_RANK) {
                throw origin.corrupt(entry, at(p), "expected a rank of at most " + NdarrayReader.MAX_RANK
                        + ", got more");
            }
            dims = rank < dims.length ? dims : Arrays.copyOf(dims, 2 * dims.length);
            dims[rank++] = (int) nonNegative(p, Integer.MAX_VALUE, "a dimension");
        }
        return Arrays.copyOf(dims, rank);
    }

    private long[] offsets(JsonParser p) throws IOException {
        require(p, JsonToken.START_ARRAY, "data_offsets [begin, end]");
        long[] out = new long[2];
        for (int i = 0; i < 2; i++) {
            if (p.nextToken() == JsonToken.END_ARRAY) {
                throw origin.corrupt(entry, at(p), "expected data_offsets [begin, end], got " + i + " numbers");
            }
            out[i] = nonNegative(p, Long.MAX_VALUE, "an offset");
        }
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw origin.corrupt(entry, at(p), "expected data_offsets [begin, end], got more than 2 values");
        }
        return out;
    }

    private long nonNegative(JsonParser p, long max, String what) throws IOException {
        long at = at(p);
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw origin.corrupt(entry, at, "expected " + what + " as a non-negative integer, got "
                    + describe(p.currentToken()));
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < 0 || p.getLongValue() > max) {
            throw origin.corrupt(entry, at, "expected " + what + " in [0, " + max + "], got " + p.getText());
        }
        return p.getLongValue();
    }

    private JsonParser require(JsonParser p, JsonToken expected, String what) {
        if (p.currentToken() != expected) {
            throw origin.corrupt(entry, at(p), "expected " + what + ", got " + describe(p.currentToken()));
        }
        return p;
    }

    private <T> T present(T value, String field, long at) {
        if (value == null) {
            throw origin.corrupt(entry, at, "expected the field \"" + field + "\", got none");
        }
        return value;
    }

    private void checkUnicode(String s, long at, String what) {
        if (!Utf8.isWellFormed(s)) {
            throw origin.corrupt(entry, at, "expected " + what + " in valid Unicode, got a lone surrogate escape");
        }
    }

    private static long at(JsonParser p) {
        return 8 + Math.max(0, p.currentTokenLocation().getByteOffset());
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the header";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a fractional number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }
}
