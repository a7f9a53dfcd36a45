package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** numpy indexing semantics; expected values are numpy's for the same expressions. */
class IndexingTests {
    private final Array x = Array.arange(24).reshape(2, 3, 4);

    @Test
    void elementAccessAcceptsNegativeIndices() {
        assertEquals(23, x.getInt(1, 2, 3));
        assertEquals(23, x.getInt(-1, -1, -1));
        assertEquals(4f, x.getFloat(0, 1, 0));
        assertEquals(12L, x.getLong(1, -3, 0));
        assertEquals(5.0, x.getDouble(0, 1, 1));
        assertEquals(false, x.getBoolean(0, 0, 0));
        assertEquals(true, x.getBoolean(0, 0, 1));
    }

    @Test
    void partialIndexSelectsASubArray() {
        assertEquals(Array.arange(12).add(12).reshape(3, 4), x.get(1));
        assertEquals(Array.of(new int[] {20, 21, 22, 23}), x.get(-1, 2));
        assertEquals(Array.scalar(7, DType.I32), x.get(0, 1, 3));
        assertEquals(x, x.get());
    }

    /** {@code x[:, 1]} and {@code x[..., -1]}. */
    @Test
    void indexRemovesOneAxis() {
        assertEquals(Array.of(new int[] {4, 5, 6, 7, 16, 17, 18, 19}, 2, 4), x.index(1, 1));
        assertEquals(Array.of(new int[] {3, 7, 11, 15, 19, 23}, 2, 3), x.index(-1, -1));
    }

    /** {@code a[1:4]}, {@code a[-3:]}, {@code a[::2]}, {@code a[::-1]}, {@code a[8:2:-3]}, {@code a[5:100]}. */
    @Test
    void slicesFollowPythonRules() {
        Array a = Array.arange(10);
        assertArrayEquals(new int[] {1, 2, 3}, a.slice(0, 1, 4).toIntArray());
        assertArrayEquals(new int[] {7, 8, 9}, a.slice(0, -3, Integer.MAX_VALUE).toIntArray());
        assertArrayEquals(new int[] {0, 2, 4, 6, 8}, a.slice(0, 0, 10, 2).toIntArray());
        assertArrayEquals(new int[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
                a.slice(0, Integer.MAX_VALUE, Integer.MIN_VALUE, -1).toIntArray());
        assertArrayEquals(new int[] {8, 5}, a.slice(0, 8, 2, -3).toIntArray());
        assertArrayEquals(new int[] {5, 6, 7, 8, 9}, a.slice(0, 5, 100).toIntArray());
        assertArrayEquals(new int[] {}, a.slice(0, 7, 3).toIntArray());
        assertEquals(Shape.of(2, 2, 4), x.slice(1, 1, 3).shape());
        assertArrayEquals(new int[] {4, 6, 16, 18}, x.index(1, 1).slice(1, 0, 4, 2).toIntArray());
    }

    @Test
    void reshapeInfersOneDimensionAndSharesNothingObservable() {
        assertEquals(Shape.of(6, 4), x.reshape(-1, 4).shape());
        assertEquals(Shape.of(24), x.reshape(-1).shape());
        assertEquals(Shape.of(), Array.ones(Shape.of(1, 1)).reshape().shape());
        assertArrayEquals(x.toIntArray(), x.reshape(Shape.of(4, 6)).toIntArray());
        assertEquals(Shape.of(0, 5), Array.zeros(Shape.of(0)).reshape(0, 5).shape());
    }

    @Test
    void transposeAndSwapAxes() {
        Array m = Array.arange(6).reshape(2, 3);
        assertEquals(Array.of(new int[] {0, 3, 1, 4, 2, 5}, 3, 2), m.transpose());
        assertEquals(Shape.of(4, 2, 3), x.transpose(2, 0, 1).shape());
        assertEquals(13, x.transpose(2, 0, 1).getInt(1, 1, 0));
        assertEquals(x.transpose(2, 1, 0), x.swapAxes(0, -1));
        assertEquals(x.transpose(0, 2, 1), x.transpose(0, -1, -2));
    }

    @Test
    void takeGathersRowsLikeAnEmbeddingLookup() {
        Array table = Array.arange(12).reshape(4, 3);
        Array ids = Array.of(new int[] {3, 0, -1, 3}, 2, 2);
        Array rows = table.take(ids, 0);
        assertEquals(Shape.of(2, 2, 3), rows.shape());
        assertArrayEquals(new int[] {9, 10, 11, 0, 1, 2, 9, 10, 11, 9, 10, 11}, rows.toIntArray());
        assertArrayEquals(new int[] {2, 0, 5, 3, 8, 6, 11, 9},
                table.take(Array.of(new long[] {2, 0}).astype(DType.U8), 1).toIntArray());
    }

    @Test
    void concatenateAndStack() {
        Array a = Array.arange(4).reshape(2, 2);
        Array b = Array.arange(2).reshape(2, 1).astype(DType.F32);
        Array c = Array.concatenate(List.of(a, b), 1);
        assertEquals(DType.F32, c.dtype());
        assertArrayEquals(new float[] {0, 1, 0, 2, 3, 1}, c.toFloatArray());
        assertArrayEquals(new int[] {0, 1, 2, 3, 0, 1, 2, 3}, Array.concatenate(io.vavr.collection.List.of(a, a), 0).toIntArray());
        Array s = Array.stack(List.of(Array.arange(3), Array.arange(3).add(10)), 1);
        assertEquals(Array.of(new int[] {0, 10, 1, 11, 2, 12}, 3, 2), s);
        assertEquals(Shape.of(2, 3), Array.stack(List.of(Array.arange(3), Array.arange(3)), -2).shape());
    }

    @Test
    void broadcastToRepeats() {
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, Array.arange(3).broadcastTo(Shape.of(2, 3)).toIntArray());
        Array col = Array.arange(2).reshape(2, 1);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1}, col.broadcastTo(Shape.of(2, 3)).toIntArray());
        assertSame(col, col.broadcastTo(Shape.of(2, 1)));
    }

    /** JAX: {@code x.at[0, 1].set(42)}, {@code x.at[1].add(1)}, {@code x.at[-1, -1].multiply(3)}, ... */
    @Test
    void atUpdatesReturnNewArrays() {
        Array m = Array.arange(6).reshape(2, 3);
        assertEquals(Array.of(new int[] {0, 42, 2, 3, 4, 5}, 2, 3), m.at(0, 1).set(42));
        assertEquals(Array.of(new int[] {0, 1, 2, 4, 5, 6}, 2, 3), m.at(1).add(1));
        assertEquals(Array.of(new int[] {0, 1, 2, 3, 4, 15}, 2, 3), m.at(-1, -1).multiply(3));
        assertEquals(Array.of(new int[] {0, 1, 2, 3, 3, 3}, 2, 3), m.at(1).min(3));
        assertEquals(Array.of(new int[] {4, 4, 4, 3, 4, 5}, 2, 3), m.at(0).max(4));
        assertEquals(Array.of(new int[] {7, 8, 9, 3, 4, 5}, 2, 3), m.at(0).set(Array.of(new int[] {7, 8, 9})));
        assertEquals(Array.of(new int[] {1, 1, 1, 1, 1, 1}, 2, 3), m.at().set(1));
        assertEquals(Array.of(new int[] {0, 1, 2, 3, 4, 5}, 2, 3), m);
        assertEquals(Array.of(new int[] {3, 4, 5}), m.at(1).get());
    }

    /** JAX converts the value to the array's dtype: {@code jnp.array([1, 2], jnp.int32).at[0].add(0.5)} is {@code [1, 2]}. */
    @Test
    void atConvertsValuesToTheArrayDtype() {
        Array ints = Array.of(new int[] {1, 2});
        assertEquals(ints, ints.at(0).add(0.5));
        assertEquals(Array.of(new int[] {2, 2}), ints.at(0).set(2.7));
        Array bf = Array.ones(Shape.of(2), DType.BF16).at(0).set(0.1);
        assertEquals(0x3dcd, bf.bitsAt(0));
    }
}
