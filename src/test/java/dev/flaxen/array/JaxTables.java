package dev.flaxen.array;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Loads the known-answer tables made by real JAX (see the generator scripts beside them). */
final class JaxTables {
    private JaxTables() {
    }

    static JsonNode load(String resource) {
        try (InputStream in = JaxTables.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jax_ops.json}: promotion, half-float arithmetic, conversions, arange, reductions, matmul. */
    static JsonNode ops() {
        return load("jax_ops.json");
    }

    static long[] longs(JsonNode node) {
        long[] out = new long[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asLong();
        }
        return out;
    }

    static double[] doubles(JsonNode node) {
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    static int[] ints(JsonNode node) {
        int[] out = new int[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asInt();
        }
        return out;
    }

    /** An array from JAX bit patterns (unsigned integers of the dtype's width; uint64 may exceed a long). */
    static Array fromBits(JsonNode bits, DType dtype) {
        long[] b = new long[bits.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = bits.get(i).bigIntegerValue().longValue();
        }
        ByteBuffer buf = ByteBuffer.allocate(b.length * dtype.itemSize())
                .order(ByteOrder.LITTLE_ENDIAN);
        for (long v : b) {
            switch (dtype.itemSize()) {
                case 1 -> buf.put((byte) v);
                case 2 -> buf.putShort((short) v);
                case 4 -> buf.putInt((int) v);
                default -> buf.putLong(v);
            }
        }
        buf.flip();
        return Array.fromBytes(buf, Shape.of(b.length), dtype);
    }

    /** The bit patterns of an array, as {@link #fromBits} reads them. */
    static long[] bitsOf(Array x) {
        long[] out = new long[x.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = x.bitsAt(i);
        }
        return out;
    }
}
