package dev.flaxen.array;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatProperties {
    /** Shortest digits read back as the same float (Java's parser rounds to nearest even) and nothing shorter does. */
    @Test
    void shortestFloat32DigitsRoundTripAndAreMinimal() {
        qt().forAll(integers().between(1, 0x7f7fffff)).checkAssert(bits -> {
            float f = Float.intBitsToFloat(bits);
            BigDecimal d = FloatDigits.shortest(f, DType.F32);
            assertEquals(f, Float.parseFloat(d.toString()));
            if (d.precision() > 1) {
                BigDecimal shorter = d.round(new java.math.MathContext(d.precision() - 1, java.math.RoundingMode.HALF_EVEN));
                assertTrue(Float.parseFloat(shorter.toString()) != f || shorter.compareTo(d) == 0, d + " for " + f);
            }
        });
    }

    @Test
    void shortestFloat64DigitsRoundTrip() {
        qt().forAll(longs().between(1, Double.doubleToLongBits(Double.MAX_VALUE))).check(bits -> {
            double v = Double.longBitsToDouble(bits);
            return Double.parseDouble(FloatDigits.shortest(v, DType.F64).toString()) == v;
        });
    }

    /**
     * A printed float32 reads back exactly (unique digits; scientific notation carries up to 9 significant
     * digits, enough for any float32) unless positional notation cut it 8 digits after the point, which
     * leaves it within half of 1e-8.
     */
    @Test
    void printedFloat32ScalarsReadBack() {
        qt().forAll(integers().all()).assuming(b -> Float.isFinite(Float.intBitsToFloat(b))).checkAssert(b -> {
            float f = Float.intBitsToFloat(b);
            String s = Array.scalar(f).toString();
            String number = s.substring("Array(".length(), s.indexOf(", dtype"));
            boolean exact = Float.parseFloat(number) == f;
            boolean cut = !number.contains("e") && Math.abs(Double.parseDouble(number) - f) <= 5e-9;
            assertTrue(exact || cut, s);
        });
    }

    /** bfloat16 prints with 6 significant digits, which always identify its 8-bit significand. */
    @Test
    void printedBFloat16ValuesReadBack() {
        qt().forAll(integers().between(0, 0xffff)).assuming(h -> Float.isFinite(HalfFloats.fromBFloat16((short) (int) h)))
                .check(h -> {
                    String s = FloatDigits.cFormatG(HalfFloats.fromBFloat16((short) (int) h));
                    return HalfFloats.toBFloat16(Float.parseFloat(s)) == (short) (int) h;
                });
    }

    @Test
    void everyArrayPrintsWithItsDtype() {
        qt().withExamples(300).forAll(ArrayGens.anyArrays(ArrayGens.shapes(4, 0, 5), ArrayGens.dtypes()))
                .check(x -> x.toString().startsWith("Array(") && x.toString().endsWith("dtype=" + x.dtype() + ")"));
    }
}
