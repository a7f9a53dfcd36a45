package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.nn.SeedChapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code flaxen demo}: the seed chapter, as {@link SeedChapter} (README's demo) prints it. */
class DemoCommandTests {
    private static String chapter(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, SeedChapter.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSeedChapter() {
        Cli.Result r = Cli.run("demo");
        assertEquals(0, r.status());
        assertEquals(chapter(), r.out());
        assertTrue(r.out().startsWith("Parameter Initialization (d2l.ai), in Java with Flaxen: seed 0, partitionable"));
        assertEquals("", r.err());
    }

    @Test
    void seedAndModeReachTheChapter() {
        assertEquals(chapter("--seed", "42", "--legacy"), Cli.run("demo", "--seed", "42", "--legacy").out());
        assertEquals(chapter("--seed", "-7"), Cli.run("demo", "--seed", "-7").out());
    }

    @Test
    void seedsTheChapterCannotTakeAreErrors() {
        Cli.Result r = Cli.run("demo", "--seed", "9223372036854775807");
        assertEquals(2, r.status());
        assertEquals("flaxen: demo: expected --seed between -999999999999999998 and 999999999999999998, got "
                + "9223372036854775807\n", r.err());
        Cli.Result bad = Cli.run("demo", "--seed", "zero");
        assertEquals(2, bad.status());
        assertEquals("flaxen: Invalid value for option '--seed': 'zero' is not a long. See 'flaxen demo --help'\n",
                bad.err());
    }
}
