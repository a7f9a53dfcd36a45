package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The messages users see, word for word: operation first, then what was expected and what came. */
class ErrorMessageTests {
    private static void assertMessage(Class<? extends Throwable> type, String message, Executable call) {
        assertEquals(message, assertThrows(type, call).getMessage());
    }

    private static void assertIllegal(String message, Executable call) {
        assertMessage(IllegalArgumentException.class, message, call);
    }

    private static void assertOutOfBounds(String message, Executable call) {
        assertMessage(IndexOutOfBoundsException.class, message, call);
    }

    private final Array x = Array.zeros(Shape.of(2, 3));

    @Test
    void badData() {
        assertIllegal("Array.of: data has 5 elements but shape (2, 3) needs 6", () -> Array.of(new float[5], 2, 3));
        assertIllegal("Array.of: data has 1 elements but shape (2,) needs 2",
                () -> Array.of(new double[1], Shape.of(2), DType.BF16));
        assertIllegal("Shape.of: expected dimensions >= 0, got -1 at axis 0 in (-1, 2)", () -> Array.zeros(Shape.of(-1, 2)));
        assertIllegal("Array.fromBytes: expected 24 bytes for float32(2, 3) (6 elements of 4 bytes), got 20",
                () -> Array.fromBytes(new byte[20], Shape.of(2, 3), DType.F32));
        assertIllegal("Array.writeTo: expected at least 24 bytes remaining for float32(2, 3), got 10",
                () -> x.writeTo(java.nio.ByteBuffer.allocate(10)));
        assertIllegal("Array.arange: expected bounds that are not NaN and a non-zero step, got start 0.0, stop 1.0, step 0.0",
                () -> Array.arange(0, 1, 0, DType.F32));
        assertIllegal("Array.eye: expected sizes >= 0, got -1 x 2", () -> Array.eye(-1, 2));
    }

    @Test
    void badIndices() {
        assertOutOfBounds("Array.getFloat: index 5 is out of bounds for axis 1 with size 3", () -> x.getFloat(0, 5));
        assertOutOfBounds("Array.getFloat: index -3 is out of bounds for axis 0 with size 2", () -> x.getFloat(-3, 0));
        assertIllegal("Array.getFloat: expected 2 indices for shape (2, 3), got 1", () -> x.getFloat(0));
        assertIllegal("Array.get: expected at most 2 indices for shape (2, 3), got 3", () -> x.get(0, 0, 0));
        assertOutOfBounds("Array.get: index 2 is out of bounds for axis 0 with size 2", () -> x.get(2));
        assertOutOfBounds("Array.at: index 3 is out of bounds for axis 1 with size 3", () -> x.at(0, 3));
        assertOutOfBounds("Array.index: axis 2 is out of bounds for shape (2, 3)", () -> x.index(2, 0));
        assertOutOfBounds("Array.index: index 4 is out of bounds for axis 1 with size 3", () -> x.index(1, 4));
        assertIllegal("Array.slice: expected a non-zero step, got 0", () -> x.slice(0, 0, 1, 0));
        assertOutOfBounds("Array.take: index 5 is out of bounds for axis 0 with size 2",
                () -> x.take(Array.of(new int[] {0, 5}), 0));
        assertIllegal("Array.take: expected integer indices, got dtype float32", () -> x.take(Array.zeros(Shape.of(1)), 0));
        assertIllegal("Array.item: expected an array of size 1, got shape (2, 3)", x::item);
    }

    @Test
    void badShapes() {
        assertIllegal("Array.add: shapes (2, 3) and (4,) cannot be broadcast", () -> x.add(Array.zeros(Shape.of(4))));
        assertIllegal("Array.gt: shapes (2, 3) and (2,) cannot be broadcast", () -> x.gt(Array.zeros(Shape.of(2))));
        assertIllegal("Array.where: shapes (2,) and (2, 3) cannot be broadcast",
                () -> Array.where(Array.zeros(Shape.of(2)), x, x));
        assertIllegal("Array.reshape: cannot reshape array of size 6 into shape (4, -1)", () -> x.reshape(4, -1));
        assertIllegal("Array.reshape: cannot reshape array of size 6 into shape (4,)", () -> x.reshape(4));
        assertIllegal("Array.reshape: expected dimensions >= 0 and at most one -1, got (-1, -1)", () -> x.reshape(-1, -1));
        assertIllegal("Array.transpose: expected a permutation of the 2 axes of shape (2, 3), got (0, 0)",
                () -> x.transpose(0, 0));
        assertIllegal("Array.broadcastTo: shape (2, 3) cannot be broadcast to (3,)", () -> x.broadcastTo(Shape.of(3)));
        assertIllegal("Array.at(0).set: expected a value that broadcasts to (3,), got shape (4,)",
                () -> x.at(0).set(Array.zeros(Shape.of(4))));
        assertIllegal("Array.matmul: inner dimensions differ: (2, 3) @ (4, 5)",
                () -> x.matmul(Array.zeros(Shape.of(4, 5))));
        assertIllegal("Array.matmul: expected operands with at least 1 dimension, got () @ (2, 3)",
                () -> Array.scalar(1f).matmul(x));
        assertIllegal("Array.concatenate: array 1 has shape (2, 4) but array 0 has shape (2, 3); only axis 0 may differ",
                () -> Array.concatenate(List.of(x, Array.zeros(Shape.of(2, 4))), 0));
        assertIllegal("Array.concatenate: expected at least one array, got none", () -> Array.concatenate(List.of(), 0));
        assertIllegal("Array.stack: array 1 has shape (3,) but array 0 has shape (2,); all shapes must be equal",
                () -> Array.stack(List.of(Array.zeros(Shape.of(2)), Array.zeros(Shape.of(3))), 0));
        assertIllegal("Array.allClose: shapes (2, 3) and (3,) differ", () -> x.allClose(Array.zeros(Shape.of(3))));
    }

    @Test
    void badAxes() {
        assertOutOfBounds("Array.sum: axis 2 is out of bounds for shape (2, 3)", () -> x.sum(2));
        assertOutOfBounds("Array.swapAxes: axis -3 is out of bounds for shape (2, 3)", () -> x.swapAxes(0, -3));
        assertIllegal("Array.mean: axes (1, -1) name axis 1 twice", () -> x.mean(1, -1));
        assertIllegal("Array.argmax: cannot reduce an empty axis of shape (0, 3); axis 0 has size 0",
                () -> Array.zeros(Shape.of(0, 3)).argmax(0));
        assertOutOfBounds("Array.stack: axis 3 is out of bounds for shape (2, 3)", () -> Array.stack(List.of(x), 3));
    }

    @Test
    void unsupportedDtypes() {
        assertIllegal("Array.exp: dtype int32 is not supported; use astype(DType.F32) first", () -> Array.arange(2).exp());
        assertIllegal("Array.sqrt: dtype bool is not supported; use astype(DType.F32) first",
                () -> Array.zeros(Shape.of(1), DType.BOOL).sqrt());
        assertIllegal("Array.neg: dtype bool is not supported; use astype(DType.I32) first",
                () -> Array.zeros(Shape.of(1), DType.BOOL).neg());
        assertIllegal("Array.sub: dtype bool is not supported; use astype(DType.I32) first",
                () -> Array.zeros(Shape.of(1), DType.BOOL).sub(Array.zeros(Shape.of(1), DType.BOOL)));
        assertIllegal("Array.pow: expected a non-negative exponent for dtype int32, got -1.0; "
                + "integers to negative integer powers are not allowed", () -> Array.arange(2).pow(-1));
    }
}
