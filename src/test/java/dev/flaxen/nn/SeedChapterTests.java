package dev.flaxen.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flaxen.random.ThreefryMode;
import io.vavr.collection.Vector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed chapter against real Flax: {@code seed_chapter} cases of {@code vectors/nn-extra.jsonl} ({@code gen_nn.py},
 * seeds 0 and 42, both modes) hold the chapter's cells run with Flax 0.12.8 and {@code repr} of what each prints.
 */
class SeedChapterTests {
    @TestFactory
    Stream<DynamicTest> everyStepPrintsWhatFlaxPrintsAndHoldsFlaxsTree() {
        return NnVectors.extra("seed_chapter").stream().map(c -> DynamicTest.dynamicTest(c.get("id").asText(), () -> {
            ThreefryMode mode = NnVectors.mode(c);
            long seed = c.get("seed").asLong();
            NnVectors.assertBits(c.get("x"), SeedChapter.input(seed, mode), "X");
            Vector<SeedChapter.Step> steps = SeedChapter.steps(seed, mode);
            assertEquals(c.get("steps").size(), steps.size());
            for (JsonNode want : c.get("steps")) {
                SeedChapter.Step got = steps.get(want.get("step").asInt() - 1);
                assertEquals(want.get("printed").asText(), got.printed(), "step " + got.number());
                NnVectors.assertTree(want.get("variables"), got.variables(), c.get("id").asText() + " step "
                        + got.number());
            }
        }));
    }

    @Test
    void stepSixLeavesStepFivesTreeUnchanged() {
        Vector<SeedChapter.Step> steps = SeedChapter.steps(3, ThreefryMode.PARTITIONABLE);
        assertEquals(steps.get(4).variables().get("params/layers_2/kernel"),
                steps.get(5).variables().get("params/layers_2/kernel"));
        assertEquals(42f, steps.get(5).variables().get("params/layers_0/kernel").get().getFloat(0, 0));
        assertTrue(steps.get(4).variables().get("params/layers_0/kernel").get().getFloat(0, 0) != 42f);
    }

    @Test
    void mainPrintsTheSixStepsForTheGivenSeedAndMode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = SeedChapter.run(new String[] {"--seed", "42", "--legacy"}, new PrintStream(out, true,
                StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status);
        assertTrue(text.startsWith("Parameter Initialization (d2l.ai), in Java with Flaxen: seed 42, legacy"), text);
        for (SeedChapter.Step s : SeedChapter.steps(42, ThreefryMode.LEGACY)) {
            String code = s.code().lines().map(l -> "    " + l + "\n").reduce("", String::concat);
            assertTrue(text.contains("[" + s.number() + "] " + s.title() + "\n" + code + s.printed()),
                    "step " + s.number());
        }
    }

    @Test
    void badOptionsPrintUsageAndReturnTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SeedChapter.run(new String[] {"--seed", "x"}, System.out, new PrintStream(err, true,
                StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("SeedChapter: expected [--seed S] [--legacy], got --seed x. S is an integer; --legacy selects "
                + "JAX's pre-0.5 Threefry mode\n", err.toString(StandardCharsets.UTF_8));
    }
}
