package dev.flaxen.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Random access to the bytes of a checkpoint: a file, read through memory mappings of just the ranges asked
 * for, or bytes already in memory. Ranges handed out are at most {@link #MAX_RANGE} bytes, so a tensor larger
 * than one mapping is read in several.
 */
interface Content extends Closeable {
    /** The longest range one call returns: 1 GiB, below a mapping's 2 GiB limit. */
    int MAX_RANGE = 1 << 30;

    /** The total number of bytes. */
    long size();

    /** A little-endian view of {@code length} bytes (at most {@link #MAX_RANGE}) from {@code position}. */
    ByteBuffer range(long position, int length) throws IOException;

    /** Content of a file opened for reading; closing closes the channel (mappings stay valid until collected). */
    static Content of(FileChannel channel) throws IOException {
        long size = channel.size();
        return new Content() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public ByteBuffer range(long position, int length) throws IOException {
                return channel.map(FileChannel.MapMode.READ_ONLY, position, length).order(ByteOrder.LITTLE_ENDIAN);
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    /** Content of bytes in memory (not copied). */
    static Content of(ByteBuffer bytes) {
        ByteBuffer all = bytes.slice();
        return new Content() {
            @Override
            public long size() {
                return all.capacity();
            }

            @Override
            public ByteBuffer range(long position, int length) {
                return all.slice((int) position, length).order(ByteOrder.LITTLE_ENDIAN);
            }

            @Override
            public void close() {
            }
        };
    }
}
