package dev.flaxen.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flaxen.random.KernelSelection.Outcome;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link KernelSelection#choose} and {@link KernelSelection#resolve}: the {@code flaxen.kernels} rule as pure functions
 * of the setting and the vector kernels' outcome, with the messages users see when it cannot be followed.
 */
class KernelSelectionTests {
    /** A stand-in for usable vector kernels: any instance other than the portable one. */
    private static final Kernels VECTOR = new PortableKernels();
    private static final Supplier<Outcome> USABLE = () -> new Outcome(VECTOR, null);
    private static final Supplier<Outcome> NOT_ASKED = () -> {
        throw new AssertionError("the vector kernels were resolved although the setting does not need them");
    };

    private static Supplier<Outcome> unusable(int jdk, boolean module) {
        return () -> KernelSelection.resolve(jdk, module, NOT_ASKED);
    }

    @Test
    void autoTakesTheVectorKernelsWhenUsableElseThePortableOnes() {
        assertSame(VECTOR, KernelSelection.choose(null, USABLE));
        assertSame(VECTOR, KernelSelection.choose("auto", USABLE));
        assertSame(VECTOR, KernelSelection.choose("", USABLE));
        assertSame(KernelSelection.portable(), KernelSelection.choose(null, unusable(17, false)));
        assertSame(KernelSelection.portable(), KernelSelection.choose("auto", unusable(25, false)));
    }

    @Test
    void portableNeverResolvesTheVectorKernels() {
        assertSame(KernelSelection.portable(), KernelSelection.choose("portable", NOT_ASKED));
    }

    @Test
    void vectorTakesTheVectorKernels() {
        assertSame(VECTOR, KernelSelection.choose("vector", USABLE));
    }

    @Test
    void theSettingIsTrimmedAndReadInAnyCase() {
        assertSame(VECTOR, KernelSelection.choose(" Vector\n", USABLE));
        assertSame(KernelSelection.portable(), KernelSelection.choose("PORTABLE ", NOT_ASKED));
        assertSame(VECTOR, KernelSelection.choose("  AUTO", USABLE));
        assertSame(VECTOR, KernelSelection.choose("   ", USABLE));
    }

    @Test
    void anUnknownSettingIsRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelSelection.choose("avx", USABLE));
        assertEquals("flaxen.kernels: expected auto, portable or vector, got 'avx'. Leave it unset for auto",
                e.getMessage());
    }

    @Test
    void vectorOnJdk17IsRejectedWithTheReason() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelSelection.choose("vector", unusable(17, true)));
        assertEquals("flaxen.kernels: expected usable Vector API kernels for 'vector', got none: JDK 17 is older than"
                + " 25. Use auto or portable", e.getMessage());
    }

    @Test
    void vectorWithoutTheModuleIsRejectedWithTheReason() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelSelection.choose("vector", unusable(25, false)));
        assertEquals("flaxen.kernels: expected usable Vector API kernels for 'vector', got none: the module"
                + " jdk.incubator.vector is not resolved (run java with --add-modules jdk.incubator.vector). Use auto"
                + " or portable", e.getMessage());
    }

    @Test
    void theVectorKernelsAreLoadedOnlyFromJdk25WithTheModule() {
        Outcome loaded = new Outcome(VECTOR, null);
        assertSame(loaded, KernelSelection.resolve(25, true, () -> loaded));
        assertSame(loaded, KernelSelection.resolve(26, true, () -> loaded));
        assertEquals(Outcome.none("JDK 24 is older than 25"), KernelSelection.resolve(24, true, NOT_ASKED));
        assertEquals(Outcome.none("the module jdk.incubator.vector is not resolved (run java with --add-modules"
                + " jdk.incubator.vector)"), KernelSelection.resolve(26, false, NOT_ASKED));
    }

    @Test
    void currentIsWhatTheFlaxenKernelsPropertyChooses() {
        String property = System.getProperty("flaxen.kernels");
        Kernels want;
        try {
            want = KernelSelection.choose(property, KernelSelection::vectorOutcome);
        } catch (IllegalStateException e) {
            assertEquals(e.getMessage(), assertThrows(IllegalStateException.class, KernelSelection::current)
                    .getMessage());
            return;
        }
        assertSame(want, KernelSelection.current());
    }
}
