package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class FactoryTests {
    @Test
    void constantFills() {
        assertArrayEquals(new float[] {0, 0, 0}, Array.zeros(Shape.of(3)).toFloatArray());
        assertArrayEquals(new float[] {1, 1}, Array.ones(Shape.of(2)).toFloatArray());
        assertArrayEquals(new boolean[] {true, true}, Array.ones(Shape.of(2), DType.BOOL).toBooleanArray());
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, Array.full(Shape.of(3), 0.5).toFloatArray());
        assertEquals(0x3f80, Array.ones(Shape.of(1), DType.BF16).bitsAt(0));
        assertEquals(0x3c00, Array.ones(Shape.of(1), DType.F16).bitsAt(0));
        assertArrayEquals(new int[] {-1, -1}, Array.full(Shape.of(2), -1, DType.U32).toIntArray());
        assertArrayEquals(new long[] {127, 127}, Array.full(Shape.of(2), 1e10 + 0.5, DType.I8).toLongArray());
    }

    @Test
    void zeroSizeArraysWork() {
        Array e = Array.zeros(Shape.of(0, 3));
        assertEquals(0, e.size());
        assertEquals(Shape.of(3, 0), e.transpose().shape());
        assertEquals(Shape.of(0, 2), e.slice(1, 0, 2).shape());
        assertEquals(Shape.of(0, 3), e.add(1).shape());
        assertEquals(Shape.of(0, 4), e.matmul(Array.ones(Shape.of(3, 4))).shape());
        assertEquals(Array.zeros(Shape.of(2, 4)), Array.zeros(Shape.of(2, 0)).matmul(Array.ones(Shape.of(0, 4))));
        assertEquals(0, Array.arange(0).size());
        assertEquals(0, Array.arange(-3).size());
    }

    @Test
    void ofCopiesItsInput() {
        float[] data = {1, 2, 3, 4};
        Array x = Array.of(data, 2, 2);
        data[0] = 99;
        assertEquals(1f, x.getFloat(0, 0));
        float[] out = x.toFloatArray();
        out[1] = 99;
        assertEquals(2f, x.getFloat(0, 1));
    }

    @Test
    void ofGivesTheJavaTypesDtype() {
        assertEquals(DType.F32, Array.of(new float[] {1}).dtype());
        assertEquals(DType.F64, Array.of(new double[] {1}, Shape.of(1)).dtype());
        assertEquals(DType.I32, Array.of(new int[] {1}, Shape.of(1, 1)).dtype());
        assertEquals(DType.I64, Array.of(new long[] {1}).dtype());
        assertEquals(DType.BOOL, Array.of(new boolean[] {true}, 1).dtype());
        assertEquals(Shape.of(3), Array.of(new int[] {1, 2, 3}).shape());
        assertArrayEquals(new int[] {1, 255, 0}, Array.of(new double[] {1, -1, 256}, Shape.of(3), DType.U8).toIntArray());
    }

    @Test
    void arangeAndEye() {
        assertArrayEquals(new int[] {0, 1, 2, 3}, Array.arange(4).toIntArray());
        assertEquals(DType.I32, Array.arange(4).dtype());
        assertArrayEquals(new float[] {1, 0, 0, 0, 1, 0}, Array.eye(2, 3).toFloatArray());
        assertEquals(Array.eye(3, 3, DType.F32), Array.eye(3));
        assertArrayEquals(new int[] {1, 0, 0, 1}, Array.eye(2, DType.I8).toIntArray());
        assertArrayEquals(new double[] {2, 1.5, 1}, Array.arange(2, 0.5, -0.5, DType.F64).toDoubleArray());
    }

    @Test
    void scalars() {
        assertEquals(Shape.of(), Array.scalar(2f).shape());
        assertEquals(2.0, Array.scalar(2f).item());
        assertEquals(DType.U8, Array.scalar(7, DType.U8).dtype());
        assertEquals(44.0, Array.scalar(300, DType.U8).item());
    }

    /** Little-endian C-order bytes, as {@code np.asarray(x).tobytes()} gives on a little-endian machine. */
    @Test
    void bytesRoundTripLittleEndian() {
        Array x = Array.of(new float[] {1, -2}, 2);
        byte[] b = x.toBytes();
        assertArrayEquals(new byte[] {0, 0, (byte) 0x80, 0x3f, 0, 0, 0, (byte) 0xc0}, b);
        assertEquals(x, Array.fromBytes(b, Shape.of(2), DType.F32));
        ByteBuffer big = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN);
        big.putInt(7);
        x.writeTo(big);
        assertEquals(12, big.position());
        assertEquals(ByteOrder.BIG_ENDIAN, big.order());
        big.position(4);
        assertEquals(x, Array.fromBytes(big, Shape.of(2), DType.F32));
        assertEquals(4, big.position());
        assertArrayEquals(new boolean[] {true, false}, Array.fromBytes(new byte[] {2, 0}, Shape.of(2), DType.BOOL).toBooleanArray());
        assertEquals(1, Array.fromBytes(new byte[] {2, 0}, Shape.of(2), DType.BOOL).bitsAt(0));
    }

    @Test
    void equalityIsBitwise() {
        assertNotEquals(Array.of(new float[] {0f}), Array.of(new float[] {-0f}));
        assertEquals(Array.of(new float[] {Float.NaN}), Array.of(new float[] {Float.NaN}));
        assertNotEquals(Array.of(new float[] {1}), Array.of(new double[] {1}));
        assertNotEquals(Array.of(new float[] {1, 2}, 2), Array.of(new float[] {1, 2}, 1, 2));
        assertEquals(Array.of(new float[] {1, 2}).hashCode(), Array.of(new float[] {1, 2}).hashCode());
        assertEquals(true, Array.of(new float[] {0f, 1e-9f}).allClose(Array.of(new float[] {-0f, 0f})));
        assertEquals(false, Array.of(new float[] {Float.NaN}).allClose(Array.of(new float[] {Float.NaN})));
        assertEquals(true, Array.of(new float[] {Float.POSITIVE_INFINITY}).allClose(Array.of(new double[] {Double.POSITIVE_INFINITY})));
    }

    @Test
    void shapeDtypeStructByteSizeIsExact() {
        assertEquals(64, new ShapeDtypeStruct(Shape.of(4, 8), DType.BF16).byteSize());
    }
}
