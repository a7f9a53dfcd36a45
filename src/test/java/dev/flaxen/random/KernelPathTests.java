package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two kernel paths: the selection rule, and the Vector API kernels against the portable ones and against JAX. On a
 * JVM where the vector kernels cannot be used (JDK before 25, or the module {@code jdk.incubator.vector} not resolved)
 * the comparisons are skipped, with {@link KernelSelection#whyNoVector()} as the reason; {@code .ci/run} runs them on
 * JDK 25 with the module.
 */
class KernelPathTests {

    static Kernels vectorOrSkip() {
        assumeTrue(KernelSelection.vector().isPresent(),
                () -> "Vector API kernels not available on this JVM: " + KernelSelection.whyNoVector());
        return KernelSelection.vector().get();
    }

    /**
     * The documented rule on this JVM: before JDK 25 or without the module there are no vector kernels; from JDK 25
     * with the module there are exactly when the preferred species has at least 4 lanes, and then they passed the
     * self-check (a disagreement would leave this JVM on the portable kernels, so it fails here). Which kernels the
     * samplers use under {@code flaxen.kernels} is tested in {@link KernelSelectionTests}.
     */
    @Test
    void vectorKernelsAreAvailableExactlyOnJdk25WithTheModuleFourLanesAndAPassingSelfCheck() {
        int jdk = Runtime.version().feature();
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        Optional<Kernels> v = KernelSelection.vector();
        String why = KernelSelection.whyNoVector();
        if (jdk < KernelSelection.MIN_VECTOR_JDK) {
            assertEquals("JDK " + jdk + " is older than 25", why);
        } else if (!module) {
            assertEquals("the module jdk.incubator.vector is not resolved (run java with --add-modules"
                    + " jdk.incubator.vector)", why);
        } else if (why != null && why.contains(" lanes; need at least 4 of each")) {
            assertTrue(why.startsWith("the vector kernels could not be loaded: java.lang.UnsupportedOperationException:"
                    + " preferred vector species has "), why);
        } else {
            assertTrue(v.isPresent(), why);
            assertTrue(Integer.parseInt(v.get().toString().replaceAll("\\D", "")) >= 4, v.get().toString());
            assertNull(KernelCheck.disagreement(v.get(), KernelSelection.portable()));
        }
        assertEquals(why == null, v.isPresent());
    }

    @Test
    void overridesAreScopedToTheBody() {
        Kernels outside = KernelSelection.current();
        Kernels inside = KernelSelection.with(KernelSelection.portable(), KernelSelection::current);
        assertEquals(KernelSelection.portable(), inside);
        assertEquals(outside, KernelSelection.current());
    }

    @Test
    void vectorNormalKernelEqualsTheReferenceOnAllTwoToTheTwentyThreeInputs() {
        assertEquals(List.of(), KernelTests.normalMismatches(vectorOrSkip()));
    }

    @Test
    void vectorKernelsPassTheSelfCheck() {
        assertEquals(null, KernelCheck.disagreement(vectorOrSkip(), KernelSelection.portable()));
    }

    @Test
    void jaxVectorsMatchWithTheVectorKernels() {
        Kernels v = vectorOrSkip();
        JaxVectorTests jax = new JaxVectorTests();
        ExtraVectorTests extra = new ExtraVectorTests();
        PublishedValuesTests published = new PublishedValuesTests();
        List<Runnable> all = List.of(jax::bitsMatchJax, jax::uniformMatchesJax, jax::normalMatchesJax,
                jax::truncatedNormalMatchesJax, jax::splitMatchesJax, jax::bernoulliMatchesJax, jax::randintMatchesJax,
                jax::permutationMatchesJax, extra::exponentialMatchesJax, extra::truncatedNormalWithExtremeBoundsMatchesJax,
                extra::uniformOfOddLengthsMatchesJax, extra::narrowBitsOfOddLengthsMatchJax, published::commonGotchasNotebook);
        for (Runnable check : all) {
            KernelSelection.with(v, () -> {
                check.run();
                return null;
            });
        }
    }
}
