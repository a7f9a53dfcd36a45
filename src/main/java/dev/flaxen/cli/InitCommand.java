package dev.flaxen.cli;

import dev.flaxen.array.Array;
import dev.flaxen.io.CheckpointFormat;
import dev.flaxen.io.Checkpoints;
import dev.flaxen.nn.Module;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Trees;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flaxen init MODEL --seed S [--legacy] --out FILE}: initialise a model and write its variables. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        header = "Initialise a model from a preset or a model JSON file and write its variables.",
        description = {"Initialise a model with PRNGKey(S) and write its variables (every collection) to FILE, "
                + "a Flax msgpack or safetensors file chosen by its extension. The same model, seed and mode give "
                + "a byte-identical file, and the parameters Flax gives for the same module.", ""},
        footer = {"", "Presets: mlp:784,512,10 (Dense layers with relu between, input (1, 784)); gpt2-small "
                + "(124,439,808 parameters, input (1, 1) int32); gpt2:V,T,D,L,H (vocabulary, context, width, layers, "
                + "heads). The model JSON schema is in docs/cli.md."})
final class InitCommand implements Callable<Integer> {
    private final Flaxen cli;

    @Parameters(index = "0", paramLabel = "MODEL",
            description = "A preset (mlp:784,512,10, gpt2-small, gpt2:V,T,D,L,H) or a model JSON file.")
    private String model;

    @Option(names = "--seed", required = true, paramLabel = "S",
            description = "The seed: PRNGKey(S) as JAX makes it (without x64: S mod 2^32 counts).")
    private long seed;

    @Option(names = "--legacy", description = "JAX's Threefry mode before 0.5 (default: partitionable, JAX's default).")
    private boolean legacy;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "The file to write, ending in .msgpack or .safetensors; replaced atomically.")
    private Path out;

    @Option(names = "--sep", paramLabel = "SEP", defaultValue = ".",
            description = "Separator joining tree paths into safetensors names (default: ${DEFAULT-VALUE}).")
    private String sep;

    @Option(names = "--progress", negatable = true,
            description = "Show progress bars on stderr (default: only when the console is a terminal).")
    private Boolean progress;

    InitCommand(Flaxen cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CheckpointFormat format = CheckpointFormat.of(out).getOrElseThrow(() -> new IllegalArgumentException(
                "init: expected --out ending in .msgpack or .safetensors, got " + out));
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("init: expected --out in an existing folder, got " + out + " (no folder "
                    + dir + ")");
        }
        boolean show = progress != null ? progress : Terminal.isInteractive();
        AtomicLong created = new AtomicLong();
        Model m = resolve(show ? Instrumented.counting(created) : UnaryOperator.identity());
        ThreefryMode mode = legacy ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE;
        FrozenDict<Array> variables = initialise(m, PRNGKey.of(seed, mode), show, created);
        write(variables, show);
        cli.out.println("wrote " + out + " (" + Formats.format(format) + ", " + Formats.count(size(out)) + " bytes): "
                + m.name() + ", seed " + seed + ", " + mode + " Threefry; "
                + Formats.count(Trees.leaves(variables).size()) + " leaves, "
                + Formats.count(Trees.paramCount(variables)) + " parameters");
        return 0;
    }

    /** {@code model.init}, with a bar counting the parameters the counting initializers report. */
    private FrozenDict<Array> initialise(Model m, PRNGKey key, boolean show, AtomicLong created) {
        long total = show ? m.initShapes().subtree("params").map(Trees::paramCount).getOrElse(0L) : 0;
        try (Progress bar = Progress.start(cli.err, show, "init", total, "params", created::get)) {
            FrozenDict<Array> variables = m.init(key);
            bar.complete();
            return variables;
        }
    }

    /** {@code Checkpoints.write}, with a bar following the temporary file it fills. */
    private void write(FrozenDict<Array> variables, boolean show) {
        try (Progress bar = Progress.start(cli.err, show, "write", Trees.byteSize(variables), "bytes",
                () -> temporarySize(out))) {
            Checkpoints.write(out, variables, sep);
            bar.complete();
        }
    }

    private Model resolve(UnaryOperator<Module> layer) {
        if (Presets.isPreset(model)) {
            return Presets.of(model, layer);
        }
        Path file = Path.of(model);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("init: expected a preset (mlp:784,512,10, gpt2-small, gpt2:V,T,D,L,H) "
                    + "or a model JSON file, got " + model + " (no such file)");
        }
        return ModelJson.read(file, layer);
    }

    /** The size of the temporary file {@code Checkpoints.write} is writing, {@code .<name>.<random>.tmp}. */
    private static long temporarySize(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        long size = 0;
        try (DirectoryStream<Path> tmp = Files.newDirectoryStream(dir, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path p : tmp) {
                size = Math.max(size, Files.size(p));
            }
        } catch (IOException e) {
            return size;
        }
        return size;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw CliErrors.cannotRead("init", file, e);
        }
    }
}
