package dev.flaxen.nn;

import dev.flaxen.random.ThreefryMode;
import dev.flaxen.testing.Golden;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed chapter's trees against golden digests that real Flax produced: {@code golden/seed-chapter/*.digest} were
 * written by {@code golden/gen_golden.py} from the trees Flax 0.12.8 returns for each step (seeds 0 and 42, both
 * modes), with its own Python implementation of the canonical bytes. Strict mode: a missing file fails.
 */
class SeedChapterGoldenTests {
    private static final Path DIR = Path.of("src/test/resources/golden/seed-chapter");

    @TestFactory
    Stream<DynamicTest> everyStepHasTheDigestOfFlaxsTree() {
        return Vector.of(ThreefryMode.PARTITIONABLE, ThreefryMode.LEGACY).flatMap(mode -> Vector.of(0L, 42L)
                .flatMap(seed -> SeedChapter.steps(seed, mode).map(step -> {
                    String name = mode.name().toLowerCase(Locale.ROOT) + "-seed" + seed + "-step" + step.number();
                    return DynamicTest.dynamicTest(name, () -> Golden.assertDigest(DIR.resolve(name + ".digest"),
                            step.variables(), Golden.Mode.STRICT));
                }))).toJavaStream();
    }
}
