package dev.flaxen.random.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RandomBenchmark} with JMH (command-line arguments are JMH's own) and prints, for every
 * sampler, thread count and mode, elements per second and the ratio to {@code Arrays.fill} of the same run.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli).include(RandomBenchmark.class.getName());
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Double> fill = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            String threads = r.getParams().getParam("threads");
            String mode = r.getParams().getParam("mode");
            double perSecond = r.getPrimaryResult().getScore() * RandomBenchmark.ELEMENTS;
            if (name.equals("fill")) {
                fill.put(threads + mode, perSecond);
            }
            rows.add(new String[] {name, threads, mode, Double.toString(perSecond)});
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %7s %-13s %16s %12s%n", "sampler", "threads", "mode", "elements/s", "vs fill");
        for (String[] row : rows) {
            double perSecond = Double.parseDouble(row[3]);
            Double base = fill.get(row[1] + row[2]);
            System.out.printf(Locale.ROOT, "%-16s %7s %-13s %16.4g %12s%n", row[0], row[1], row[2], perSecond,
                    base == null ? "-" : String.format(Locale.ROOT, "%.3f", perSecond / base));
        }
    }
}
