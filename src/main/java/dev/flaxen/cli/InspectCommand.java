package dev.flaxen.cli;

import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.io.CheckpointInfo;
import io.vavr.collection.LinkedHashMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flaxen inspect FILE}: the leaves of a checkpoint with shapes, dtypes, sizes and statistics. */
@Command(name = "inspect", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        header = "List the leaves of a checkpoint: paths, shapes, dtypes, counts, bytes, mean and std.",
        description = {"List the leaves of a Flax msgpack or safetensors checkpoint: path (safetensors name or "
                + "msgpack path), shape, dtype, element count, bytes, and the mean and standard deviation of each "
                + "leaf, then the totals. The format comes from the extension, else from the first bytes. Leaves "
                + "are read one at a time (msgpack: in groups of at most 256 MiB), so files larger than memory "
                + "work.", ""})
final class InspectCommand implements Callable<Integer> {
    private final Flaxen cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The checkpoint.")
    private Path file;

    @Option(names = "--no-stats", description = "Skip mean and std: read the header (or one msgpack pass) only.")
    private boolean noStats;

    InspectCommand(Flaxen cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (CheckpointLeaves leaves = CheckpointLeaves.open(file, "inspect", CheckpointLeaves.BATCH_BYTES)) {
            CheckpointInfo info = leaves.info();
            Map<String, LeafStats> stats = new HashMap<>();
            if (!noStats) {
                leaves.read(info.entries().keySet().toVector(), (name, a) -> stats.put(name, LeafStats.of(a)));
            }
            cli.out.println(file + ": " + Formats.format(info.format()) + ", " + Formats.count(info.fileSize())
                    + " bytes");
            info.metadata().forEach(m -> cli.out.println("metadata: " + m.toJavaStream()
                    .map(e -> e._1 + "=" + e._2).reduce((a, b) -> a + ", " + b).orElse("{}")));
            cli.out.print(table(info.entries(), stats).render());
            cli.out.println("total: " + Formats.count(info.entries().size()) + " leaves, "
                    + Formats.count(info.paramCount()) + " parameters, " + Formats.count(info.byteSize()) + " bytes");
        }
        return 0;
    }

    private TextTable table(LinkedHashMap<String, ShapeDtypeStruct> entries, Map<String, LeafStats> stats) {
        String[] headers = noStats ? new String[] {"path", "shape", "dtype", "count", "bytes"}
                : new String[] {"path", "shape", "dtype", "count", "bytes", "mean", "std"};
        TextTable t = new TextTable(headers, 3, 4, 5, 6);
        entries.forEach((name, spec) -> {
            LeafStats s = stats.get(name);
            t.add(name, spec.shape().toString(), spec.dtype().toString(), Formats.count(spec.shape().size()),
                    Formats.count(spec.byteSize()), s == null ? null : Formats.number(s.mean()),
                    s == null ? null : Formats.number(s.std()));
        });
        return t;
    }
}
