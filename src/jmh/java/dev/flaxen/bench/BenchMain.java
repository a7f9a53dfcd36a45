package dev.flaxen.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks side by side (command-line arguments are JMH's own) and prints one table: elements per second
 * and how many times faster Flaxen is than each row. Includes {@link SamplerBenchmark}, {@link FillBenchmark},
 * {@code InitBenchmark} if present, and the Java peers of {@code src/peers/java} when built with profile
 * {@code peers}. The vector kernels run only on JDK 25 or later, in forks with {@code --add-modules
 * jdk.incubator.vector}. Rows also go to {@code target/bench/java.json} (system property {@code bench.out}) for
 * {@code bench/merge.py}.
 */
public final class BenchMain {
    static final List<String> PEERS = List.of("dev.flaxen.bench.peers.DjlBenchmark",
            "dev.flaxen.bench.peers.Nd4jBenchmark", "dev.flaxen.bench.peers.TfBenchmark");
    private static final String TF = "TfBenchmark";
    private static final Path JSON = Path.of(System.getProperty("bench.out", "target/bench/java.json"));

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        boolean defaults = cli.getIncludes().isEmpty();
        ChainedOptionsBuilder main = options(cli);
        if (defaults) {
            main.include(SamplerBenchmark.class.getName()).include(FillBenchmark.class.getName());
            present("dev.flaxen.bench.InitBenchmark").forEach(main::include);
            PEERS.stream().filter(c -> !c.endsWith(TF)).flatMap(c -> present(c).stream()).forEach(main::include);
        }
        List<Row> rows = new ArrayList<>(run(main.exclude(TF)));
        if (!present(PEERS.get(2)).isEmpty()) {
            ChainedOptionsBuilder tf = options(cli);
            if (defaults) {
                tf.include(PEERS.get(2));
            }
            rows.addAll(withTfClasspath(() -> run(tf.exclude("^(?!.*" + TF + ")"))));
        }
        Row.printTable(rows, System.out);
        write(rows);
    }

    private static ChainedOptionsBuilder options(CommandLineOptions cli) {
        ChainedOptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        boolean vector = Runtime.version().feature() >= 25;
        if (!vector) {
            options.param("kernels", "portable");
        }
        // A fixed, pre-touched heap: each call's new array then lands on pages the JVM already owns, as the C
        // reference's arrays do (bench/c/reference.c); otherwise the kernel's zeroing of fresh pages is timed too.
        List<String> jvm = new ArrayList<>(List.of("-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"));
        if (vector) {
            jvm.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        }
        options.jvmArgsAppend(jvm.toArray(new String[0]));
        return options;
    }

    private static List<Row> run(ChainedOptionsBuilder options) throws RunnerException {
        List<Row> rows = new ArrayList<>();
        try {
            for (RunResult r : new Runner(options.build()).run()) {
                rows.add(Row.of(r.getParams(), r.getPrimaryResult().getScore()));
            }
        } catch (NoBenchmarksException e) {
            return rows;
        }
        return rows;
    }

    /**
     * Runs {@code body} with the forks' classpath holding JavaCPP 1.5.11 (property {@code bench.tf.javacpp}, set by
     * profile {@code peers}) instead of the 1.5.7 that ND4J needs: TF-Java 1.1.0 needs 1.5.11, and the two cannot
     * share a classpath. JMH gives forks the {@code java.class.path} of this JVM.
     */
    private static List<Row> withTfClasspath(Body body) throws RunnerException {
        String javacpp = System.getProperty("bench.tf.javacpp", "");
        String original = System.getProperty("java.class.path");
        if (!Files.exists(Path.of(javacpp))) {
            System.err.println("BenchMain: expected JavaCPP 1.5.11 for TF-Java at bench.tf.javacpp, got '" + javacpp
                    + "'; TF-Java skipped. Run with profile peers");
            return List.of();
        }
        String swapped = Arrays.stream(original.split(File.pathSeparator))
                .map(e -> e.matches(".*[/\\\\]javacpp-1\\.5\\.7\\.jar") ? javacpp : e)
                .collect(Collectors.joining(File.pathSeparator));
        System.setProperty("java.class.path", swapped);
        try {
            return body.run();
        } finally {
            System.setProperty("java.class.path", original);
        }
    }

    @FunctionalInterface
    private interface Body {
        List<Row> run() throws RunnerException;
    }

    private static List<String> present(String className) {
        try {
            Class.forName(className);
            return List.of(className);
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }

    private static void write(List<Row> rows) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < rows.size(); i++) {
            json.append(' ').append(rows.get(i).toJson()).append(i + 1 < rows.size() ? ",\n" : "\n");
        }
        json.append("]\n");
        try {
            Files.createDirectories(JSON.getParent());
            Files.writeString(JSON, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("rows written to " + JSON.toAbsolutePath());
    }

    /** One result: who produced how many elements of what, how fast. */
    record Row(String producer, String benchmark, long elements, int threads, String mode, double seconds,
               String note) {
        private static final Map<String, String> NAMES = Map.of("truncatedNormal", "truncated_normal",
                "allocateAndFill", "allocate_fill");

        static Row of(BenchmarkParams p, double seconds) {
            String[] parts = p.getBenchmark().split("\\.");
            String cls = parts[parts.length - 2];
            String method = parts[parts.length - 1];
            boolean init = cls.equals("InitBenchmark");
            String benchmark = init ? "init_" + p.getParam("model") : NAMES.getOrDefault(method, method);
            String mode = init ? "partitionable"
                    : p.getParam("mode") == null ? "-" : p.getParam("mode").toLowerCase(Locale.ROOT);
            long elements = p.getParam("elements") != null ? Long.parseLong(p.getParam("elements"))
                    : modelParameters(p.getParam("model"));
            int threads = Integer.parseInt(p.getParam("threads"));
            return new Row(producer(cls, p), benchmark, elements, threads, mode, seconds, note(cls));
        }

        /** The parameter count of an {@code InitBenchmark} model, by reflection (that benchmark is optional). */
        private static long modelParameters(String model) {
            try {
                return (long) Class.forName("dev.flaxen.bench.InitBenchmark").getMethod("parameters", String.class)
                        .invoke(null, model);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("BenchMain: expected InitBenchmark.parameters(model), got " + e, e);
            }
        }

        private static String producer(String cls, BenchmarkParams p) {
            String jdk = "JDK " + Runtime.version().feature();
            switch (cls) {
                case "SamplerBenchmark":
                case "InitBenchmark":
                    return "Flaxen " + p.getParam("kernels") + " (" + jdk + ")";
                case "FillBenchmark":
                    return "Java Arrays.fill (" + jdk + ")";
                default:
                    return peerProducer(cls);
            }
        }

        private static String peerProducer(String cls) {
            try {
                return (String) Class.forName("dev.flaxen.bench.peers." + cls).getField("PRODUCER").get(null);
            } catch (ReflectiveOperationException e) {
                return cls;
            }
        }

        private static String note(String cls) {
            switch (cls) {
                case "SamplerBenchmark":
                    return "JAX's numbers; new float[] included";
                case "InitBenchmark":
                    return "Flax's numbers; all leaves";
                case "FillBenchmark":
                    return "baseline";
                default:
                    return "native tensor, not JAX's numbers";
            }
        }

        double perSecond() {
            return elements / seconds;
        }

        String toJson() {
            return String.format(Locale.ROOT, "{\"producer\": \"%s\", \"benchmark\": \"%s\", \"elements\": %d, "
                    + "\"threads\": %d, \"mode\": \"%s\", \"seconds\": %.6g, \"elements_per_s\": %.6g, "
                    + "\"note\": \"%s\"}", producer, benchmark, elements, threads, mode, seconds, perSecond(), note);
        }

        static void printTable(List<Row> rows, java.io.PrintStream out) {
            out.println();
            out.printf(Locale.ROOT, "| %-16s | %11s | %7s | %-13s | %-38s | %12s | %10s | %9s |%n", "benchmark",
                    "elements", "threads", "mode", "producer", "elements/s", "s/op", "Flaxen ×");
            out.println("|---|---|---|---|---|---|---|---|");
            for (Row r : rows) {
                double flaxen = rows.stream().filter(o -> o.producer.startsWith("Flaxen") && o.comparable(r))
                        .mapToDouble(Row::perSecond).max().orElse(Double.NaN);
                out.printf(Locale.ROOT, "| %-16s | %11d | %7d | %-13s | %-38s | %12.4g | %10.4g | %9.3g |%n",
                        r.benchmark, r.elements, r.threads, r.mode, r.producer, r.perSecond(), r.seconds,
                        flaxen / r.perSecond());
            }
        }

        /** Same benchmark, size and threads; peers and baselines (no mode) compare with partitionable Flaxen. */
        private boolean comparable(Row r) {
            String m = r.mode.equals("-") ? "partitionable" : r.mode;
            boolean sameKind = benchmark.equals(r.benchmark) || r.benchmark.contains("fill");
            return sameKind && elements == r.elements && threads == r.threads && mode.equals(m)
                    && (!r.benchmark.contains("fill") || benchmark.equals("uniform"));
        }
    }
}
