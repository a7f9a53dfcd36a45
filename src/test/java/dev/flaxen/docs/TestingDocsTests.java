package dev.flaxen.docs;

import static dev.flaxen.testing.FlaxenAssertions.assertDeterministicInit;
import static dev.flaxen.testing.FlaxenAssertions.assertKeySensitivity;
import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static dev.flaxen.testing.FlaxenAssertions.assertTreeUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.nn.Dense;
import dev.flaxen.nn.Fn;
import dev.flaxen.nn.Module;
import dev.flaxen.nn.Sequential;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import dev.flaxen.testing.Golden;
import dev.flaxen.tree.FrozenDict;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/testing.md: its example is {@code ScaledMlpTests} character for character, its Python is that of
 * {@code golden/gen_golden.py}, its golden file is a committed one, and every message it shows is what the kit says.
 * (The kit's Javadoc examples run in {@link TestKitExamplesTests}.)
 */
class TestingDocsTests {
    private static final Path PAGE = Path.of("docs/testing.md");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    private static String page() throws IOException {
        return Files.readString(PAGE, StandardCharsets.UTF_8);
    }

    /** The body of the first fenced block of the language ("" for none) that contains {@code marker}, unindented. */
    private static String block(String language, String marker) throws IOException {
        List<String> lines = page().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            int indent = lines.get(i).indexOf('`');
            StringBuilder body = new StringBuilder();
            for (i++; !lines.get(i).strip().equals("```"); i++) {
                body.append(lines.get(i).length() >= indent ? lines.get(i).substring(indent) : "").append('\n');
            }
            if (fence.substring(3).equals(language) && body.indexOf(marker) >= 0) {
                return body.toString();
            }
        }
        throw new AssertionError("no ```" + language + " block with " + marker + " in " + PAGE);
    }

    @Test
    void theExampleIsTheTestThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/flaxen/docs/ScaledMlpTests.java"));
        assertEquals(source.replace("package dev.flaxen.docs;", "package com.example;"),
                block("java", "class ScaledMlpTests"));
    }

    @Test
    void thePythonIsThatOfTheGeneratorOfTheGoldenFiles() throws IOException {
        String generator = Files.readString(GOLDEN.resolve("gen_golden.py"));
        String canonical = block("python", "def canonical");
        String functions = canonical.substring(canonical.indexOf("def entries"),
                canonical.indexOf("\n", canonical.indexOf("    return MAGIC")) + 1);
        assertTrue(generator.contains(functions), functions);
        assertTrue(generator.contains("MAGIC = b\"flaxen-tree-1\"\n"));
        assertTrue(generator.contains(block("python", "class ScaledMlp")));
    }

    @Test
    void theGoldenFileShownIsTheSeedChaptersFirstStep() throws IOException {
        assertEquals(Files.readString(GOLDEN.resolve("seed-chapter/partitionable-seed0-step1.digest")),
                block("", "# Flaxen golden digest"));
    }

    @Test
    void theDependencySnippetNamesThisVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>flaxen</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        String snippet = block("xml", "<type>test-jar</type>");
        assertEquals(2, snippet.split("<version>" + m.group(1) + "</version>", -1).length - 1, snippet);
    }

    @Test
    void theAssertionMessagesShownAreTheKits() throws IOException, ReflectiveOperationException {
        String page = page();
        Array a = Array.of(new float[] {1, 2, 3, 4}, 2, 2);
        FrozenDict<Array> t = FrozenDict.<Array>empty().with("params/Dense_0/kernel", a);
        assertShown(page, () -> assertSameBits(t, t.with("params/Dense_0/kernel", a.at(1, 0).set(Math.nextUp(3f)))));
        FrozenDict<Array> w = FrozenDict.<Array>empty().with("params/w", a);
        assertShown(page, () -> assertSameBits(w, w.with("params/w", a.astype(DType.BF16))));
        FrozenDict<Array> ab = FrozenDict.<Array>empty().with("params/a", a).with("params/b", a);
        assertShown(page, () -> assertSameBits(ab, ab.without("params/b")));
        AtomicInteger calls = new AtomicInteger();
        Module counting = Module.named("Counting", (scope, x) -> x.sum().mul(scope.param("w",
                (k, s, d) -> Array.full(s, calls.incrementAndGet(), d), Shape.of(2))));
        assertShown(page, () -> assertDeterministicInit(counting, PRNGKey.of(0), Array.ones(Shape.of(2, 4))));
        Module fixed = Module.named("Fixed", (scope, x) -> x.matmul(scope.param("w",
                (k, s, d) -> Random.normal(PRNGKey.of(3), s, d), Shape.of(4, 2))));
        assertShown(page, () -> assertKeySensitivity(fixed, Array.ones(Shape.of(2, 4))));
        Array v = Array.of(new float[] {1, 2});
        Field data = Array.class.getDeclaredField("data");
        data.setAccessible(true);
        float[] storage = (float[]) data.get(v);
        FrozenDict<Array> watched = FrozenDict.<Array>empty().with("params/w", v);
        assertShown(page, () -> assertTreeUnchanged(watched, p -> storage[1] = 5));
    }

    private static void assertShown(String page, org.junit.jupiter.api.function.Executable assertion) {
        String message = assertThrows(AssertionError.class, assertion).getMessage();
        assertTrue(page.contains(message), message);
    }

    @Test
    void theGoldenMessagesShownAreTheKits() throws IOException {
        Module net = Sequential.of(Dense.of(8), Fn.relu(), Dense.of(1));
        FrozenDict<Array> params = net.init(PRNGKey.of(0), Array.ones(Shape.of(2, 4)));
        Path file = dir.resolve("mlp-seed0.digest");
        String shown = "src/test/resources/golden/mlp-seed0.digest";
        String recorded = Golden.assertDigest(file, params, Golden.Mode.RECORD).message();
        assertTrue(page().contains(recorded.replace(file.toString(), shown)), recorded);
        Array kernel = params.get("params/layers_0/kernel").get();
        String mismatch = assertThrows(AssertionError.class, () -> Golden.assertDigest(file,
                params.with("params/layers_0/kernel", kernel.at(0, 0).set(42)), Golden.Mode.RECORD)).getMessage();
        assertTrue(page().contains(mismatch.replace(file.toString(), shown).replace("\n", "\n  ")), mismatch);
        assertEquals(Files.readString(file), block("", "# Flaxen golden digest"));
    }
}
