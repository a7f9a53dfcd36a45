package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Abstract arrays (shape and dtype, no storage): every operation gives the shape and dtype the same operation gives
 * on concrete arrays, without computing, and reading values throws.
 */
class AbstractArrayTests {
    private static final Array A = Array.arange(24).reshape(2, 3, 4).astype(DType.F32);
    private static final Array B = Array.of(new float[] {1, 2, 3, 4});
    private static final Array I = Array.of(new int[] {2, 0, 1});

    private static Array abs(Array x) {
        return Array.abstractOf(x.shape(), x.dtype());
    }

    /** {@code op} on abstract operands has the shape and dtype of {@code op} on concrete ones. */
    private static void assertSameSignature(String what, Array concrete, Array shaped) {
        assertTrue(shaped.isAbstract(), what + " is abstract");
        assertEquals(ShapeDtypeStruct.of(concrete), ShapeDtypeStruct.of(shaped), what);
    }

    private static void check(String what, Function<Array, Array> op) {
        assertSameSignature(what, op.apply(A), op.apply(abs(A)));
    }

    @Test
    void unaryOperationsKeepShapeAndFollowDtypeRules() {
        check("neg", Array::neg);
        check("abs", Array::abs);
        check("exp", Array::exp);
        check("tanh", Array::tanh);
        check("sqrt", Array::sqrt);
        check("map", x -> x.map(v -> v * 2));
        check("astype", x -> x.astype(DType.BF16));
        check("astype int", x -> x.astype(DType.I8).map(v -> v + 1));
        check("pow", x -> x.pow(2));
        check("scalar ops", x -> x.add(1).sub(2).mul(3).div(4).maximum(0).minimum(5));
        check("int div", x -> x.astype(DType.I32).div(2));
        check("comparison", x -> x.gt(3));
    }

    @Test
    void binaryOperationsBroadcastAndPromote() {
        check("add", x -> x.add(B));
        check("mul promotes", x -> x.mul(Array.of(new double[] {1, 2, 3, 4})));
        assertSameSignature("abstract right", A.add(B), A.add(abs(B)));
        assertSameSignature("where", Array.where(A.gt(2), A, B.astype(DType.F64)),
                Array.where(abs(A).gt(2), A, B.astype(DType.F64)));
        assertSameSignature("eq", A.eq(B), abs(A).eq(abs(B)));
    }

    @Test
    void shapeOperationsGiveTheirShapes() {
        check("reshape", x -> x.reshape(6, -1));
        check("transpose", Array::transpose);
        check("transpose perm", x -> x.transpose(1, 2, 0));
        check("swapAxes", x -> x.swapAxes(0, 2));
        check("broadcastTo", x -> x.broadcastTo(Shape.of(5, 2, 3, 4)));
        check("index", x -> x.index(1, 2));
        check("slice", x -> x.slice(2, 1, 3));
        check("get", x -> x.get(1));
        check("at set", x -> x.at(0, 1).set(7));
        check("take", x -> x.take(I, 1));
        assertSameSignature("take abstract indices", A.take(I, 2), A.take(abs(I), 2));
        check("concatenate", x -> Array.concatenate(Vector.of(x, A), 0));
        check("stack", x -> Array.stack(Vector.of(x, A), 1));
    }

    @Test
    void reductionsAndMatmulGiveTheirShapesAndDtypes() {
        check("sum", x -> x.sum(0));
        check("mean keepdims", x -> x.mean(new int[] {1}, true));
        check("var", Array::var);
        check("max", x -> x.max(2));
        check("int sum widens", x -> x.astype(DType.I8).sum(1));
        check("int mean is float", x -> x.astype(DType.I32).mean(1));
        check("argmax", x -> x.argmax(1));
        check("matmul", x -> x.matmul(Array.ones(Shape.of(4, 5))));
        check("matmul vector", x -> x.matmul(B));
        assertSameSignature("matmul left", Array.ones(Shape.of(7, 3)).matmul(A), Array.ones(Shape.of(7, 3))
                .matmul(abs(A)));
    }

    @Test
    void operationsStillCheckTheirArguments() {
        assertThrows(IllegalArgumentException.class, () -> abs(A).add(Array.ones(Shape.of(5))));
        assertThrows(IllegalArgumentException.class, () -> abs(A).matmul(Array.ones(Shape.of(3, 3))));
        assertThrows(IllegalArgumentException.class, () -> abs(A).reshape(5, 5));
        assertThrows(IllegalArgumentException.class, () -> abs(A).astype(DType.I32).exp());
    }

    @Test
    void readingValuesThrowsAClearError() {
        Array x = Array.abstractOf(Shape.of(2, 4), DType.F32);
        assertEquals("Array: expected a concrete array, got an abstract float32[2,4] (a shape and a dtype without "
                + "values, as inside initShapes or tabulate). Its values do not exist; read values only from arrays "
                + "that init or apply return",
                assertThrows(IllegalStateException.class, () -> x.getFloat(0, 0)).getMessage());
        for (Executable read : new Executable[] {x::toFloatArray, () -> x.sum().item(), () -> x.bitsAt(0), x::toBytes,
                () -> x.allClose(x), () -> Array.zeros(Shape.of(2, 4)).allClose(x)}) {
            assertTrue(assertThrows(IllegalStateException.class, read).getMessage()
                    .startsWith("Array: expected a concrete array, got an abstract float32["));
        }
    }

    @Test
    void printsAsAShapedArrayAndComparesByShapeAndDtype() {
        Array x = Array.abstractOf(new ShapeDtypeStruct(Shape.of(2, 4), DType.F32));
        assertEquals("ShapedArray(float32[2,4])", x.toString());
        assertEquals(x, Array.abstractOf(Shape.of(2, 4), DType.F32));
        assertEquals(x.hashCode(), Array.abstractOf(Shape.of(2, 4), DType.F32).hashCode());
        assertNotEquals(x, Array.zeros(Shape.of(2, 4)));
        assertNotEquals(Array.zeros(Shape.of(2, 4)), x);
        assertNotEquals(x, Array.abstractOf(Shape.of(2, 4), DType.BF16));
        assertFalse(Array.zeros(Shape.of(2)).isAbstract());
        assertEquals(ShapeDtypeStruct.of(x), new ShapeDtypeStruct(Shape.of(2, 4), DType.F32));
    }

    @Test
    void javadocExampleOfAbstractOf() {
        Array x = Array.abstractOf(Shape.of(2, 4), DType.F32);
        assertEquals("ShapedArray(float32[2,8])", x.matmul(Array.abstractOf(Shape.of(4, 8), DType.F32)).add(1)
                .toString());
        assertTrue(Array.abstractOf(new ShapeDtypeStruct(Shape.of(3), DType.BF16)).isAbstract());
        assertThrows(IllegalStateException.class, () -> x.getFloat(0, 0));
    }
}
