package dev.flaxen.cli;

import dev.flaxen.nn.SeedChapter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flaxen demo [--seed S] [--legacy]}: the seed chapter, as README's demo prints it. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        header = "Print the seed chapter (d2l's \"Parameter Initialization\") with Flax's numbers.",
        description = {"Print the \"Parameter Initialization\" chapter of Dive into Deep Learning run in Java: every "
                + "network initialised with PRNGKey(S), every number the one Flax prints for the same seed and "
                + "Threefry mode. The same text as README's demo (mvn -B -ntp -q compile exec:java).", ""})
final class DemoCommand implements Callable<Integer> {
    /** The chapter also uses {@code PRNGKey(S + 1)}, and SeedChapter reads seeds of up to 18 digits. */
    private static final long MAX_SEED = 999_999_999_999_999_998L;

    private final Flaxen cli;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "The seed: PRNGKey(S) as JAX makes it (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--legacy", description = "JAX's Threefry mode before 0.5 (default: partitionable, JAX's default).")
    private boolean legacy;

    DemoCommand(Flaxen cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (seed > MAX_SEED || seed < -MAX_SEED) {
            throw new IllegalArgumentException("demo: expected --seed between -" + MAX_SEED + " and " + MAX_SEED
                    + ", got " + seed);
        }
        String[] args = legacy ? new String[] {"--seed", Long.toString(seed), "--legacy"}
                : new String[] {"--seed", Long.toString(seed)};
        return SeedChapter.run(args, cli.out, cli.err);
    }
}
