package dev.flaxen.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/** Builders of hand-made hostile inputs for the reader tests. */
final class Hostile {
    private Hostile() {
    }

    /** A safetensors file: the 8-byte length of {@code header}, the header bytes, then {@code data} zero bytes. */
    static byte[] safetensors(byte[] header, int data) {
        return ByteBuffer.allocate(8 + header.length + data).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(header.length).put(header).array();
    }

    /** As {@link #safetensors(byte[], int)} with a UTF-8 header. */
    static byte[] safetensors(String header, int data) {
        return safetensors(header.getBytes(StandardCharsets.UTF_8), data);
    }

    /** A file whose first 8 bytes declare a header of {@code n} bytes, followed by {@code rest}. */
    static byte[] declaredHeader(long n, byte[] rest) {
        return ByteBuffer.allocate(8 + rest.length).order(ByteOrder.LITTLE_ENDIAN).putLong(n).put(rest).array();
    }

    /** Msgpack built with msgpack-core's packer. */
    @FunctionalInterface
    interface Packing {
        void pack(MessageBufferPacker p) throws IOException;
    }

    static byte[] msgpack(Packing body) {
        MessageBufferPacker p = MessagePack.newDefaultBufferPacker();
        try {
            body.pack(p);
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.toByteArray();
    }

    /** The payload of an ndarray ext: {@code [shape, dtype, bin of dataBytes zero bytes]}. */
    static byte[] ndarrayPayload(int[] shape, String dtype, int dataBytes) {
        return msgpack(p -> {
            p.packArrayHeader(3);
            p.packArrayHeader(shape.length);
            for (int d : shape) {
                p.packInt(d);
            }
            p.packString(dtype);
            p.packBinaryHeader(dataBytes);
            p.writePayload(new byte[dataBytes]);
        });
    }

    /** {@code {key: ext(type, payload)}}. */
    static byte[] oneExt(String key, int type, byte[] payload) {
        return msgpack(p -> {
            p.packMapHeader(1);
            p.packString(key);
            p.packExtensionTypeHeader((byte) type, payload.length);
            p.writePayload(payload);
        });
    }

    /** Bytes from hex pairs, spaces ignored: {@code hex("81 a1 61")}. */
    static byte[] hex(String hex) {
        String h = hex.replace(" ", "");
        byte[] out = new byte[h.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
