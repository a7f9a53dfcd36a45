package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link AbstractEval}: which computations on abstract arrays need values they lack, and {@code take}'s bounds check,
 * which concrete indices get even on an abstract table.
 */
class AbstractEvalTests {
    private static final Array TABLE = Array.abstractOf(Shape.of(10, 4), DType.F32);
    private static final Array CONCRETE_TABLE = Array.arange(40).reshape(10, 4).astype(DType.F32);

    @Test
    void takeChecksConcreteIndicesOnAnAbstractTable() {
        for (Array table : new Array[] {TABLE, CONCRETE_TABLE}) {
            assertEquals("Array.take: index 10 is out of bounds for axis 0 with size 10", assertThrows(
                    IndexOutOfBoundsException.class, () -> table.take(Array.of(new int[] {3, 10}), 0)).getMessage());
            assertEquals("Array.take: index -11 is out of bounds for axis 0 with size 10", assertThrows(
                    IndexOutOfBoundsException.class, () -> table.take(Array.of(new int[] {-11}), 0)).getMessage());
        }
        assertFalse(AbstractEval.needsValues(() -> TABLE.take(Array.of(new int[] {0, 9, -10}), 0)));
        assertEquals(Shape.of(10, 2), TABLE.take(Array.of(new int[] {1, 2}), 1).shape());
    }

    @Test
    void takeWithAbstractIndicesNeedsTheirValues() {
        Array ids = Array.abstractOf(Shape.of(2, 3), DType.I32);
        for (Array table : new Array[] {TABLE, CONCRETE_TABLE}) {
            Array[] out = new Array[1];
            assertTrue(AbstractEval.needsValues(() -> out[0] = table.take(ids, 0)));
            assertTrue(out[0].isAbstract());
            assertEquals(new ShapeDtypeStruct(Shape.of(2, 3, 4), DType.F32), ShapeDtypeStruct.of(out[0]));
        }
    }

    @Test
    void readingValuesOfAnAbstractArrayIsReportedEvenWhenCaught() {
        assertTrue(AbstractEval.needsValues(() -> {
            try {
                TABLE.getFloat(0, 0);
            } catch (IllegalStateException e) {
                assertTrue(e.getMessage().startsWith("Array: expected a concrete array, got an abstract "
                        + "float32[10,4]"));
            }
        }));
        assertThrows(IllegalStateException.class, () -> AbstractEval.needsValues(TABLE::toFloatArray));
    }

    @Test
    void shapesAloneNeedNoValues() {
        assertFalse(AbstractEval.needsValues(() -> TABLE.matmul(Array.abstractOf(Shape.of(4, 3), DType.F32))
                .add(CONCRETE_TABLE.sum(0).slice(0, 0, 3)).mean(0).astype(DType.BF16)));
        assertFalse(AbstractEval.needsValues(() -> CONCRETE_TABLE.getFloat(9, 3)));
        assertFalse(AbstractEval.needsValues(() -> { }));
    }

    @Test
    void anInnerCallCountsForTheOuterOne() {
        boolean[] inner = new boolean[2];
        assertTrue(AbstractEval.needsValues(() -> {
            inner[0] = AbstractEval.needsValues(() -> TABLE.add(1));
            inner[1] = AbstractEval.needsValues(() -> TABLE.take(Array.abstractOf(Shape.of(1), DType.I32), 0));
        }));
        assertFalse(inner[0]);
        assertTrue(inner[1]);
        assertFalse(AbstractEval.needsValues(() -> AbstractEval.needsValues(() -> TABLE.add(1))));
    }

    @Test
    void onlyTheCallingThreadCountsAndAThrowingBodyLeavesNoTrace() throws InterruptedException {
        Thread other = new Thread(() -> TABLE.take(Array.abstractOf(Shape.of(1), DType.I32), 0));
        assertFalse(AbstractEval.needsValues(() -> {
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        RuntimeException boom = new IllegalArgumentException("boom");
        assertSame(boom, assertThrows(IllegalArgumentException.class, () -> AbstractEval.needsValues(() -> {
            TABLE.take(Array.abstractOf(Shape.of(1), DType.I32), 0);
            throw boom;
        })));
        assertFalse(AbstractEval.needsValues(() -> TABLE.add(1)));
    }
}
