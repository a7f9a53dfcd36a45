package dev.flaxen.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, redrawn ten times a second from a daemon thread while a long step runs:
 * {@code init  [########------------]  41%  51.2M/124.4M params  1.3s}. The step reports nothing itself; the bar
 * reads {@code done} (a counter, or the size of a file being written) each time it draws. Closing it draws the last
 * state and ends the line. A bar made with {@code show == false} does nothing.
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 20;

    private final PrintStream err;
    private final String label;
    private final long total;
    private final String unit;
    private final LongSupplier done;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int lastLength;
    private volatile boolean completed;

    private Progress(PrintStream err, String label, long total, String unit, LongSupplier done, boolean show) {
        this.err = err;
        this.label = label;
        this.total = Math.max(total, 0);
        this.unit = unit;
        this.done = done;
        this.ticker = show ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "flaxen-progress");
            t.setDaemon(true);
            return t;
        }) : null;
        if (show) {
            ticker.scheduleAtFixedRate(() -> draw(false), 0, 100, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Starts a bar for a step of {@code total} units.
     *
     * @param err where to draw
     * @param show whether to draw at all
     * @param label the step, such as {@code init} or {@code write}
     * @param total the units the step has
     * @param unit what is counted: {@code params} or {@code bytes}
     * @param done how many units are done so far (read from the drawing thread)
     */
    static Progress start(PrintStream err, boolean show, String label, long total, String unit, LongSupplier done) {
        return new Progress(err, label, total, unit, done, show);
    }

    /** Marks the step complete: the last drawing shows 100%. */
    void complete() {
        completed = true;
    }

    /** Stops the redrawing and draws the final state, ending the line. */
    @Override
    public void close() {
        if (ticker == null) {
            return;
        }
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw(true);
    }

    private synchronized void draw(boolean last) {
        long n = completed ? total : Math.max(0, Math.min(done.getAsLong(), last ? total : total - 1));
        long whole = Math.max(total, 1);
        int filled = completed ? WIDTH : (int) (WIDTH * n / whole);
        double seconds = (System.nanoTime() - start) / 1e9;
        long percent = completed ? 100 : 100 * n / whole;
        String line = String.format(Locale.ROOT, "%-5s [%s%s] %3d%%  %s/%s %s  %.1fs", label, "#".repeat(filled),
                "-".repeat(WIDTH - filled), percent, Formats.shortCount(n), Formats.shortCount(total), unit, seconds);
        String pad = " ".repeat(Math.max(0, lastLength - line.length()));
        err.print("\r" + line + pad + (last ? "\n" : ""));
        err.flush();
        lastLength = line.length();
    }
}
