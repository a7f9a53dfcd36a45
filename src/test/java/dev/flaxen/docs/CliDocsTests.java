package dev.flaxen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.cli.Flaxen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/cli.md: every {@code console} block is a session whose {@code $ flaxen ...} lines, run in order in a fresh
 * folder, print the lines that follow them (standard output, then standard error); its JSON examples are the test
 * files Flax initialised ({@code cnn.json}, {@code tiny_lm.json}). README's command-line section names real commands.
 */
class CliDocsTests {
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    private static String page() throws IOException {
        return Files.readString(Path.of("docs/cli.md"));
    }

    private static List<String> blocks(String language) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(page());
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    @Test
    void consoleSessionsPrintWhatThePageShows() throws IOException {
        Files.copy(Path.of("src/test/resources/dev/flaxen/cli/cnn.json"), dir.resolve("cnn.json"));
        Files.writeString(dir.resolve("net.json"), "{\"input\": [1, 4], \"model\": {\"type\": \"Relu\"}}");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        int commands = 0;
        for (String block : blocks("console")) {
            String[] parts = block.split("(?m)^\\$ flaxen ");
            for (int i = 1; i < parts.length; i++) {
                int nl = parts[i].indexOf('\n');
                assertEquals(parts[i].substring(nl + 1), run(parts[i].substring(0, nl)), parts[i]);
                commands++;
            }
        }
        assertEquals(9, commands);
    }

    private String run(String line) {
        List<String> args = new ArrayList<>();
        for (String a : line.split(" ")) {
            args.add(a.matches("[\\w-]+\\.(msgpack|safetensors|json|txt)") ? dir.resolve(a).toString() : a);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Flaxen.execute(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace(dir + "/", "");
    }

    @Test
    void jsonExamplesAreTheFilesFlaxInitialised() throws IOException {
        List<String> json = blocks("json");
        assertEquals(2, json.size());
        assertEquals(Files.readString(Path.of("src/test/resources/dev/flaxen/cli/cnn.json")), json.get(0));
        assertEquals(Files.readString(Path.of("src/test/resources/dev/flaxen/cli/tiny_lm.json")), json.get(1));
    }

    @Test
    void readmeShowsTheLauncherAndTheJar() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("\n    ./flaxen init gpt2-small --seed 0 --out gpt2.msgpack"), readme);
        assertTrue(readme.matches("(?s).*java -jar target/flaxen-[0-9.]+(-SNAPSHOT)?-cli\\.jar .*"), readme);
        assertTrue(readme.contains("\n    mvn -B -ntp -q compile exec:java\n"), readme);
        assertTrue(readme.contains("\n    mvn -B -ntp verify\n"), readme);
        assertTrue(Files.isExecutable(Path.of("flaxen")));
    }
}
