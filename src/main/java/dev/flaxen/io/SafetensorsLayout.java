package dev.flaxen.io;

import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.Comparator;
import java.util.Map;

/**
 * The data-layout rules of safetensors ({@code Metadata::validate} and {@code read_metadata} in the Rust
 * library): each byte range holds exactly its tensor's elements, and the ranges, sorted by offset, start at
 * 0, follow one another with no gap or overlap, and end at the end of the file.
 */
final class SafetensorsLayout {
    private SafetensorsLayout() {
    }

    /** Checks that {@code range} spans exactly the bytes of {@code dtype} and {@code dims}, which must not overflow. */
    static void checkSize(String name, DType dtype, int[] dims, long[] range, long at, Origin origin) {
        long bytes = byteSize(name, dtype, dims, at, origin);
        if (range[1] < range[0]) {
            throw origin.corrupt(name, at, "expected data_offsets [begin, end] with begin <= end, got "
                    + render(range[0], range[1]));
        }
        if (range[1] - range[0] != bytes) {
            throw origin.corrupt(name, at, "expected data_offsets " + render(range[0], range[1]) + " to span " + bytes
                    + " bytes for " + DTypeNames.safetensorsCode(dtype) + " " + Shape.of(dims) + ", got "
                    + (range[1] - range[0]));
        }
    }

    private static long byteSize(String name, DType dtype, int[] dims, long at, Origin origin) {
        long n = 1;
        try {
            for (int d : dims) {
                n = Math.multiplyExact(n, d);
            }
            return Math.multiplyExact(n, dtype.itemSize());
        } catch (ArithmeticException e) {
            throw origin.corrupt(name, at, "expected a byte size that fits in 63 bits, got shape "
                    + tuple(dims) + " of " + DTypeNames.safetensorsCode(dtype) + ", which overflows");
        }
    }

    /**
     * Checks that the entries' ranges, in offset order, tile {@code [0, dataLength)} exactly;
     * {@code locations} gives each entry's header offset for messages.
     */
    static void check(LinkedHashMap<String, SafetensorsEntry> entries, Map<String, Long> locations, long dataLength,
            Origin origin) {
        Vector<SafetensorsEntry> sorted = entries.values().toVector().sorted(
                Comparator.comparingLong(SafetensorsEntry::begin).thenComparingLong(SafetensorsEntry::end));
        long next = 0;
        String previous = null;
        for (SafetensorsEntry e : sorted) {
            if (e.begin() != next) {
                throw origin.corrupt(e.name(), locations.get(e.name()), "expected data_offsets to begin at " + next
                        + (previous == null ? " (the first range)" : " where '" + previous + "' ends")
                        + ", got " + render(e.begin(), e.end())
                        + (e.begin() < next ? ", which overlaps" : ", which leaves a gap"));
            }
            next = e.end();
            previous = e.name();
        }
        if (next != dataLength) {
            throw origin.corrupt(null, -1, "expected the tensors to cover all " + dataLength
                    + " bytes after the header, got " + next + " bytes covered");
        }
    }

    /** Dimensions as Python prints a shape: {@code (2, 3)}, {@code (5,)}. */
    private static String tuple(int[] dims) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(dims[i]);
        }
        return sb.append(dims.length == 1 ? ",)" : ")").toString();
    }

    private static String render(long begin, long end) {
        return "[" + begin + ", " + end + "]";
    }
}
