package dev.flaxen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as a whole: help and version on every command, usage errors, --verbose, exit statuses. */
class FlaxenTests {
    private static final List<String> COMMANDS = List.of("init", "inspect", "diff", "demo");

    @Test
    void everyCommandHasHelp() {
        for (String command : COMMANDS) {
            for (String flag : List.of("--help", "-h")) {
                Cli.Result r = Cli.run(command, flag);
                assertEquals(0, r.status(), command);
                assertTrue(r.out().contains("\nUsage: flaxen " + command + " [-hV]"), r.out());
                assertTrue(r.out().contains("  -V, --version   ") || r.out().contains("--version"), r.out());
                assertEquals("", r.err());
            }
        }
        Cli.Result top = Cli.run("--help");
        assertEquals(0, top.status());
        assertTrue(top.out().startsWith("Usage: flaxen [-hV] [--verbose] COMMAND\n"), top.out());
        for (String command : COMMANDS) {
            assertTrue(top.out().contains("\n  " + command + " "), command);
        }
        assertTrue(top.out().contains("Exit codes: 0 success, 1 diff found differences, 2 an error"), top.out());
        assertEquals(Cli.run("init", "--help").out(), Cli.run("help", "init").out());
    }

    @Test
    void helpNamesEveryOption() {
        assertOptions("init", "MODEL", "--seed=S", "--legacy", "-o, --out=FILE", "--sep=SEP", "--[no-]progress",
                "--verbose");
        assertOptions("inspect", "FILE", "--no-stats", "--verbose");
        assertOptions("diff", "A", "B", "--sep=SEP", "--verbose", "Exit status: 0 identical");
        assertOptions("demo", "--seed=S", "--legacy", "--verbose");
    }

    private static void assertOptions(String command, String... expected) {
        String help = Cli.run(command, "--help").out();
        for (String e : expected) {
            assertTrue(help.contains(e), command + " lacks " + e + ":\n" + help);
        }
    }

    @Test
    void everyCommandHasAVersion() {
        String expected = "flaxen " + Version.flaxen() + " (Java " + System.getProperty("java.version") + ")\n";
        assertTrue(Version.flaxen().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Version.flaxen());
        assertEquals(expected, Cli.run("--version").out());
        for (String command : COMMANDS) {
            Cli.Result r = Cli.run(command, "-V");
            assertEquals(0, r.status());
            assertEquals(expected, r.out());
        }
    }

    @Test
    void usageErrorsAreOneLineWithAPointerToHelp() {
        assertUsage("flaxen: expected a command (init, inspect, diff, demo), got none. See 'flaxen --help'\n");
        assertUsage("flaxen: Unmatched argument at index 0: 'train'. See 'flaxen --help'\n", "train");
        assertUsage("flaxen: Unknown option: '--fast'. See 'flaxen inspect --help'\n", "inspect", "--fast", "x");
        assertUsage("flaxen: Missing required parameter: 'FILE'. See 'flaxen inspect --help'\n", "inspect");
    }

    private static void assertUsage(String expected, String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(2, r.status());
        assertEquals(expected, r.err());
        assertEquals("", r.out());
    }

    @Test
    void verbosePrintsTheStackTraceAfterTheLine() {
        Cli.Result quiet = Cli.run("inspect", "no-such.msgpack");
        Cli.Result verbose = Cli.run("inspect", "--verbose", "no-such.msgpack");
        Cli.Result before = Cli.run("--verbose", "inspect", "no-such.msgpack");
        assertEquals("flaxen: inspect: cannot read no-such.msgpack (no such file)\n", quiet.err());
        assertTrue(verbose.err().startsWith(quiet.err() + "java.io.UncheckedIOException: inspect: cannot read"),
                verbose.err());
        assertTrue(verbose.err().contains("\tat dev.flaxen.cli.CliErrors.requireReadable("), verbose.err());
        assertTrue(before.err().startsWith(quiet.err() + "java.io.UncheckedIOException: inspect: cannot read"),
                before.err());
        assertEquals(2, verbose.status());
    }
}
