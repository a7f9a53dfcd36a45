package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Javadoc examples of {@link Array}'s factories, accessors and selections, as written there. */
class ArrayExamplesTests {
    @Test
    void classComment() {
        Array x = Array.ones(Shape.of(2, 3));
        assertEquals(Shape.of(2, 3), x.shape());
        assertEquals(DType.F32, x.dtype());
        assertEquals(1.0f, x.getFloat(1, 2));
        assertEquals("Array([[42.,  1.,  1.],\n       [ 1.,  1.,  1.]], dtype=float32)", x.at(0, 0).set(42).toString());
    }

    @Test
    void constantFactories() {
        assertEquals(Array.of(new float[6], 2, 3), Array.zeros(Shape.of(2, 3)));
        assertEquals("Array([0, 0, 0], dtype=int32)", Array.zeros(Shape.of(3), DType.I32).toString());
        assertEquals("Array([1., 1.], dtype=float32)", Array.ones(Shape.of(2)).toString());
        assertEquals("Array([1, 1], dtype=bfloat16)", Array.ones(Shape.of(2), DType.BF16).toString());
        assertEquals("Array([0.5, 0.5], dtype=float32)", Array.full(Shape.of(2), 0.5).toString());
        assertEquals("Array([7, 7], dtype=uint8)", Array.full(Shape.of(2), 7, DType.U8).toString());
    }

    @Test
    void ofFactories() {
        assertArrayEquals(new float[] {1, 2, 3, 4}, Array.of(new float[] {1, 2, 3, 4}, 2, 2).toFloatArray());
        assertEquals(Shape.of(2, 2), Array.of(new float[] {1, 2, 3, 4}, 2, 2).shape());
        assertEquals(Shape.of(3), Array.of(new float[] {1, 2, 3}).shape());
        assertEquals(3.0f, Array.of(new float[] {1, 2, 3, 4}, Shape.of(2, 2)).getFloat(1, 0));
        assertEquals(DType.F64, Array.of(new double[] {0.5, 1.5}).dtype());
        assertEquals(Shape.of(2, 1), Array.of(new double[] {0.5, 1.5}, Shape.of(2, 1)).shape());
        assertEquals("Array([1, 2], dtype=int32)", Array.of(new int[] {1, 2}).toString());
        assertEquals(4, Array.of(new int[] {1, 2, 3, 4}, Shape.of(2, 2)).getInt(-1, -1));
        assertEquals(DType.I64, Array.of(new long[] {1L << 40}).dtype());
        assertEquals(7.0, Array.of(new long[] {7}, Shape.of()).item());
        assertEquals("Array([ True, False], dtype=bool)", Array.of(new boolean[] {true, false}).toString());
        assertTrue(Array.of(new boolean[] {true, false}, Shape.of(1, 2)).getBoolean(0, 0));
        assertEquals("Array([1, 1], dtype=bfloat16)",
                Array.of(new double[] {1, 1.00390625}, Shape.of(2), DType.BF16).toString());
    }

    @Test
    void rangesAndIdentities() {
        assertEquals("Array([0, 1, 2], dtype=int32)", Array.arange(3).toString());
        assertEquals("Array([0.  , 0.25, 0.5 , 0.75], dtype=float32)", Array.arange(0, 1, 0.25, DType.F32).toString());
        assertEquals("Array([[1., 0.],\n       [0., 1.]], dtype=float32)", Array.eye(2).toString());
        assertEquals("Array([[1, 0],\n       [0, 1]], dtype=int32)", Array.eye(2, DType.I32).toString());
        assertEquals(Shape.of(2, 3), Array.eye(2, 3).shape());
        assertTrue(Array.eye(2, 3, DType.BOOL).getBoolean(1, 1));
        assertEquals("Array(1., dtype=float32)", Array.scalar(1f).toString());
        assertEquals(3.0, Array.scalar(3, DType.I32).item());
    }

    @Test
    void bytes() {
        ByteBuffer b = ByteBuffer.wrap(new byte[] {0, 0, (byte) 0x80, 0x3f});
        assertEquals(1.0f, Array.fromBytes(b, Shape.of(1), DType.F32).getFloat(0));
        assertEquals("Array([1, 0], dtype=uint8)", Array.fromBytes(new byte[] {1, 0}, Shape.of(2), DType.U8).toString());
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3f}, Array.scalar(1f).toBytes());
        ByteBuffer out = ByteBuffer.allocate(8);
        Array.ones(Shape.of(2)).writeTo(out);
        assertEquals(8, out.position());
    }

    @Test
    void generators() {
        assertArrayEquals(new float[] {0, 2, 0}, Array.generateFloat(Shape.of(3), out -> out[1] = 2f).toFloatArray());
        assertArrayEquals(new double[] {0.5, 0}, Array.generateDouble(Shape.of(2), out -> out[0] = 0.5).toDoubleArray());
        assertEquals("Array([1], dtype=bfloat16)",
                Array.generateShort(Shape.of(1), DType.BF16, out -> out[0] = (short) 0x3f80).toString());
        assertEquals("Array([4294967295,          0], dtype=uint32)",
                Array.generateInt(Shape.of(2), DType.U32, out -> out[0] = -1).toString());
        assertEquals(7L, Array.generateLong(Shape.of(1), DType.I64, out -> out[0] = 7L).getLong(0));
        assertEquals("Array([False,  True], dtype=bool)",
                Array.generateByte(Shape.of(2), DType.BOOL, out -> out[1] = 1).toString());
        assertEquals(0x3f800000L, Array.generateFloat(Shape.of(1), out -> out[0] = 1f).bitsAt(0));
    }

    @Test
    void joining() {
        assertEquals(Shape.of(3, 2),
                Array.concatenate(List.of(Array.zeros(Shape.of(1, 2)), Array.ones(Shape.of(2, 2))), 0).shape());
        assertEquals(Shape.of(2, 3), Array.stack(List.of(Array.zeros(Shape.of(3)), Array.ones(Shape.of(3))), 0).shape());
        Array x = Array.of(new float[] {-1, 2, -3});
        assertArrayEquals(new float[] {0, 2, 0}, Array.where(x.gt(0), x, Array.zeros(Shape.of())).toFloatArray());
    }

    @Test
    void elementAccess() {
        Array x = Array.arange(6).reshape(2, 3);
        assertEquals(5.0f, x.getFloat(1, 2));
        assertEquals(3.0f, x.getFloat(-1, 0));
        assertEquals(0.2, Array.of(new double[] {0.1, 0.2}).getDouble(-1));
        assertEquals(5, Array.arange(6).reshape(2, 3).getInt(1, -1));
        assertEquals(4294967295L, Array.full(Shape.of(1), -1, DType.U32).getLong(0));
        assertEquals(false, Array.of(new boolean[] {true, false}).getBoolean(1));
        assertEquals("Array([3, 4, 5], dtype=int32)", x.get(1).toString());
        assertEquals("Array(5, dtype=int32)", x.get(1, -1).toString());
        assertEquals(3.0, Array.ones(Shape.of(3)).sum().item());
    }

    @Test
    void copiesOut() {
        assertArrayEquals(new float[] {1f, 1f}, Array.ones(Shape.of(2)).toFloatArray());
        assertArrayEquals(new double[] {0.0, 1.0, 2.0}, Array.arange(3).toDoubleArray());
        assertArrayEquals(new int[] {1, -1}, Array.of(new float[] {1.7f, -1.7f}).toIntArray());
        assertArrayEquals(new long[] {0L, 1L}, Array.arange(2).toLongArray());
        assertArrayEquals(new boolean[] {false, true, true}, Array.arange(3).gt(0).toBooleanArray());
    }

    @Test
    void selections() {
        assertEquals(Shape.of(2, 3), Array.arange(6).reshape(2, -1).shape());
        assertEquals(Shape.of(3, 2), Array.arange(6).reshape(Shape.of(3, 2)).shape());
        assertEquals("Array([0, 3], dtype=int32)", Array.arange(6).reshape(2, 3).index(1, 0).toString());
        assertEquals("Array([1, 2, 3], dtype=int32)", Array.arange(5).slice(0, 1, -1).toString());
        assertEquals("Array([4, 2, 0], dtype=int32)",
                Array.arange(5).slice(0, Integer.MAX_VALUE, Integer.MIN_VALUE, -2).toString());
        assertEquals(Shape.of(3, 2), Array.arange(6).reshape(2, 3).transpose().shape());
        assertEquals(Shape.of(3, 4, 2), Array.zeros(Shape.of(2, 3, 4)).transpose(1, 2, 0).shape());
        assertEquals(Shape.of(4, 3, 2), Array.zeros(Shape.of(2, 3, 4)).swapAxes(0, -1).shape());
        assertEquals("Array([[0, 1, 2],\n       [0, 1, 2]], dtype=int32)",
                Array.arange(3).broadcastTo(Shape.of(2, 3)).toString());
        Array table = Array.arange(6).reshape(3, 2);
        assertEquals("Array([[4, 5],\n       [0, 1]], dtype=int32)", table.take(Array.of(new int[] {2, 0}), 0).toString());
        Array x = Array.ones(Shape.of(2, 2));
        Array y = x.at(0, 0).set(42);
        assertEquals(Array.ones(Shape.of(2, 2)), x);
        assertEquals(42f, y.getFloat(0, 0));
    }
}
