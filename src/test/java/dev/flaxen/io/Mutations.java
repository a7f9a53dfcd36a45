package dev.flaxen.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Ways to damage a checkpoint for the fuzz test: bit flips, truncations, length fields set to huge values
 * (msgpack length headers, the safetensors header length, numbers in its JSON), and splices of one part of
 * the file (or another file) into another. Deterministic for a given random source.
 */
final class Mutations {
    /** Values a hostile length field takes: around the int, long and header limits. */
    private static final long[] HUGE = {0xffL, 0xffffL, 0x7fffffffL, 0x80000000L, 0xffffffffL, 100_000_001L,
        Long.MAX_VALUE, -1L, 1L << 40};
    private static final List<String> HUGE_NUMBERS = List.of("18446744073709551615", "9223372036854775807",
            "2147483648", "4294967296", "100000001", "-1", "1e999", "0.5");

    private Mutations() {
    }

    /** One random mutation of {@code file}; {@code others} supplies material for splices. */
    static byte[] mutate(byte[] file, List<byte[]> others, SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> flipBits(file, r);
            case 1 -> Arrays.copyOf(file, r.nextInt(file.length + 1));
            case 2 -> hugeMsgpackLength(file, r);
            case 3 -> hugeHeaderField(file, r);
            case 4 -> splice(file, others.get(r.nextInt(others.size())), r);
            default -> mutate(mutate(file, others, r), others, r);
        };
    }

    private static byte[] flipBits(byte[] file, SplittableRandom r) {
        byte[] out = file.clone();
        int flips = 1 + r.nextInt(8);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return out;
    }

    /** Finds a msgpack str/bin/ext/array/map header with a length field and sets the field to a huge value. */
    private static byte[] hugeMsgpackLength(byte[] file, SplittableRandom r) {
        byte[] out = file.clone();
        for (int attempt = 0; attempt < 32 && out.length > 0; attempt++) {
            int at = r.nextInt(out.length);
            int width = lengthWidth(out[at] & 0xff);
            if (width > 0 && at + 1 + width <= out.length) {
                long v = HUGE[r.nextInt(HUGE.length)];
                for (int i = 0; i < width; i++) {
                    out[at + 1 + i] = (byte) (v >>> (8 * (width - 1 - i)));
                }
                return out;
            }
        }
        return flipBits(file, r);
    }

    /** The width of the big-endian length after a msgpack marker byte, or 0 for markers without one. */
    private static int lengthWidth(int marker) {
        return switch (marker) {
            case 0xc4, 0xc7, 0xd9 -> 1;
            case 0xc5, 0xc8, 0xda, 0xdc, 0xde -> 2;
            case 0xc6, 0xc9, 0xdb, 0xdd, 0xdf -> 4;
            default -> 0;
        };
    }

    /** Sets the safetensors header length to a huge value, or replaces a number in its JSON with one. */
    private static byte[] hugeHeaderField(byte[] file, SplittableRandom r) {
        if (file.length < 8 || r.nextBoolean()) {
            byte[] out = Arrays.copyOf(file, Math.max(8, file.length));
            ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putLong(0, HUGE[r.nextInt(HUGE.length)]);
            return out;
        }
        int start = 8 + r.nextInt(file.length - 8 + 1);
        while (start < file.length && !Character.isDigit(file[start])) {
            start++;
        }
        int end = start;
        while (end < file.length && Character.isDigit(file[end])) {
            end++;
        }
        if (start == end) {
            return flipBits(file, r);
        }
        byte[] number = HUGE_NUMBERS.get(r.nextInt(HUGE_NUMBERS.size())).getBytes(StandardCharsets.US_ASCII);
        return concat(Arrays.copyOfRange(file, 0, start), number, Arrays.copyOfRange(file, end, file.length));
    }

    /** Copies a random range of {@code source} over or into a random place of {@code file}. */
    private static byte[] splice(byte[] file, byte[] source, SplittableRandom r) {
        int from = r.nextInt(source.length + 1);
        int len = r.nextInt(source.length - from + 1);
        int at = r.nextInt(file.length + 1);
        byte[] piece = Arrays.copyOfRange(source, from, from + len);
        if (r.nextBoolean()) {
            return concat(Arrays.copyOfRange(file, 0, at), piece, Arrays.copyOfRange(file, at, file.length));
        }
        return concat(Arrays.copyOfRange(file, 0, at), piece,
                Arrays.copyOfRange(file, Math.min(file.length, at + len), file.length));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer out = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            out.put(p);
        }
        return out.array();
    }
}
