package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.io.CheckpointFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How numbers, tables and progress bars are printed. */
class FormatsTests {
    @Test
    void countsHaveThousandsSeparators() {
        assertEquals("0", Formats.count(0));
        assertEquals("124,439,808", Formats.count(124_439_808));
        assertEquals("-1,000", Formats.count(-1000));
    }

    @Test
    void numbersHaveSixSignificantDigits() {
        assertEquals("0", Formats.number(0));
        assertEquals("0", Formats.number(-0.0));
        assertEquals("0.0200027", Formats.number(0.020002714));
        assertEquals("1", Formats.number(1.0000001));
        assertEquals("-1.36582e-05", Formats.number(-1.365818e-05));
        assertEquals("1e-05", Formats.number(1e-5));
        assertEquals("123457", Formats.number(123456.7));
        assertEquals("1.23457e+06", Formats.number(1234567));
        assertEquals("nan", Formats.number(Double.NaN));
        assertEquals("-inf", Formats.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void shortCountsForProgress() {
        assertEquals("9999", Formats.shortCount(9999));
        assertEquals("29.2K", Formats.shortCount(29_184));
        assertEquals("124.4M", Formats.shortCount(124_439_808));
        assertEquals("497.8M", Formats.shortCount(497_764_136));
        assertEquals("2.1G", Formats.shortCount(2_147_483_648L));
    }

    @Test
    void checkpointFormatsAreNamedInWords() {
        assertEquals("Flax msgpack", Formats.format(CheckpointFormat.FLAX_MSGPACK));
        assertEquals("safetensors", Formats.format(CheckpointFormat.SAFETENSORS));
    }

    @Test
    void aProgressBarDrawsNothingWhenHiddenAndEndsItsLineWhenShown() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (Progress p = Progress.start(err, false, "init", 10, "params", () -> 5)) {
            p.complete();
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        try (Progress p = Progress.start(err, true, "init", 0, "params", () -> 0)) {
            p.complete();
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.matches("(?s)(\\rinit  \\[-{20}]   0%  0/0 params  \\d+\\.\\ds *)*"
                + "\\rinit  \\[#{20}] 100%  0/0 params  \\d+\\.\\ds *\\n"), drawn);
    }

    @Test
    void tablesAlignColumnsWithoutTrailingSpaces() {
        TextTable t = new TextTable(new String[] {"name", "count", "note"}, 1);
        t.add("a", "1", "x").add("longer", "1,000").add("b");
        assertEquals("name    count  note\n"
                + "a           1  x\n"
                + "longer  1,000\n"
                + "b\n", t.render());
        assertEquals(3, t.size());
    }
}
