package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Half-float arithmetic is float32 arithmetic rounded once; conversions honour their contracts. */
class ArithmeticProperties {
    @Test
    void bfloat16ArithmeticIsFloat32ArithmeticRoundedOnce() {
        qt().forAll(integers().between(0, 0xffff), integers().between(0, 0xffff)).checkAssert((x, y) -> {
            float a = HalfFloats.fromBFloat16((short) (int) x);
            float b = HalfFloats.fromBFloat16((short) (int) y);
            Array ax = Array.generateShort(Shape.of(1), DType.BF16, o -> o[0] = (short) (int) x);
            Array ay = Array.generateShort(Shape.of(1), DType.BF16, o -> o[0] = (short) (int) y);
            assertEquals(HalfFloats.toBFloat16(a + b), (short) ax.add(ay).bitsAt(0));
            assertEquals(HalfFloats.toBFloat16(a * b), (short) ax.mul(ay).bitsAt(0));
            assertEquals(HalfFloats.toBFloat16(a / b), (short) ax.div(ay).bitsAt(0));
        });
    }

    @Test
    void float16ArithmeticIsFloat32ArithmeticRoundedOnce() {
        qt().forAll(integers().between(0, 0xffff), integers().between(0, 0xffff)).checkAssert((x, y) -> {
            float a = HalfFloats.fromFloat16((short) (int) x);
            float b = HalfFloats.fromFloat16((short) (int) y);
            Array ax = Array.generateShort(Shape.of(1), DType.F16, o -> o[0] = (short) (int) x);
            Array ay = Array.generateShort(Shape.of(1), DType.F16, o -> o[0] = (short) (int) y);
            assertSameFloat16(HalfFloats.toFloat16(a - b), ax.sub(ay));
            assertSameFloat16(HalfFloats.toFloat16(a * b), ax.mul(ay));
        });
    }

    /** NaN payloads are not specified by Java or XLA: a NaN only has to stay a NaN. */
    private static void assertSameFloat16(short expected, Array actual) {
        if (Float.isNaN(HalfFloats.fromFloat16(expected))) {
            assertTrue(Double.isNaN(actual.item()));
        } else {
            assertEquals(expected, (short) actual.bitsAt(0));
        }
    }

    @Test
    void float32ArithmeticIsSingleFloatOperations() {
        qt().forAll(integers().all(), integers().all()).checkAssert((x, y) -> {
            float a = Float.intBitsToFloat(x);
            float b = Float.intBitsToFloat(y);
            Array ax = Array.scalar(a);
            Array ay = Array.scalar(b);
            assertSameFloat(a + b, ax.add(ay));
            assertSameFloat(a * b, ax.mul(ay));
            assertSameFloat(a / b, ax.div(ay));
            assertSameFloat(a - b, ax.sub(ay));
        });
    }

    private static void assertSameFloat(float expected, Array actual) {
        if (Float.isNaN(expected)) {
            assertTrue(Double.isNaN(actual.item()));
        } else {
            assertEquals(Array.scalar(expected), actual);
        }
    }

    /** Widening is exact, so narrowing back restores every element (a NaN stays a NaN, payload aside). */
    @Test
    void widenThenNarrowIsTheIdentity() {
        qt().withExamples(300).forAll(ArrayGens.anyArrays(ArrayGens.shapes(2, 0, 4), ArrayGens.dtypes()))
                .checkAssert(x -> {
                    DType wide = x.dtype().isFloating() ? DType.F64 : x.dtype().isBool() ? DType.I8 : DType.I64;
                    Array back = x.astype(wide).astype(x.dtype());
                    for (int i = 0; i < x.size(); i++) {
                        boolean bothNan = x.dtype().isFloating() && Double.isNaN(x.toDoubleArray()[i])
                                && Double.isNaN(back.toDoubleArray()[i]);
                        assertEquals(true, bothNan || x.bitsAt(i) == back.bitsAt(i), x + " -> " + back);
                    }
                });
    }

    @Test
    void floatToIntegerConversionsSaturate() {
        qt().forAll(integers().all()).check(bits -> {
            float f = Float.intBitsToFloat(bits);
            int u8 = Array.scalar(f).astype(DType.U8).toIntArray()[0];
            int i32 = Array.scalar(f).astype(DType.I32).toIntArray()[0];
            double clamped = Float.isNaN(f) ? 0 : Math.max(0, Math.min(255, (long) f));
            return u8 == (int) clamped && i32 == (int) f;
        });
    }
}
