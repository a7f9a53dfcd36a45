package dev.flaxen.io;

/**
 * A strict load found a checkpoint that does not match its target tree: some leaf is missing, unexpected,
 * or of another shape or dtype. PyTorch's {@code load_state_dict(strict=True)} error. The message lists the
 * entries; {@link #report()} holds them all.
 *
 * <pre>{@code
 * try {
 *     Checkpoints.restore(Path.of("mlp.msgpack"), target);
 * } catch (CheckpointMismatchException e) {
 *     e.report().missing();   // Vector(params/head/kernel)
 * }
 * }</pre>
 */
public final class CheckpointMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient LoadReport report;

    CheckpointMismatchException(String op, String source, LoadReport report) {
        super(op + ": expected " + source + " to match the target tree, got " + report
                + ". Load with strict = false to take the matching leaves and get this report");
        this.report = report;
    }

    /**
     * Everything that did not match.
     *
     * @return the report
     */
    public LoadReport report() {
        return report;
    }
}
