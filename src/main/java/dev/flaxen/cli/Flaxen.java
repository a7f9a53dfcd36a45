package dev.flaxen.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code flaxen} command line: {@code init} a model from a preset or a JSON description into a Flax msgpack or
 * safetensors file, {@code inspect} a checkpoint, {@code diff} two checkpoints, and the {@code demo}. Every command
 * has {@code --help} and {@code --version}. An error prints one line, {@code flaxen: <message>}, on standard error
 * ({@code --verbose} adds the stack trace). Exit codes: 0 success, 1 {@code diff} found differences, 2 an error.
 * On JDK 24 and later {@code main} sets {@code msgpack.universal-buffer=true} (unless set), so that msgpack-core does
 * not use {@code sun.misc.Unsafe} and the JVM prints no warning about it.
 * {@code docs/cli.md} describes the commands.
 *
 * <pre>{@code
 * ./flaxen init mlp:784,512,10 --seed 0 --out mlp.msgpack
 * java -jar target/flaxen-0.1.0-SNAPSHOT-cli.jar inspect mlp.msgpack
 * int status = Flaxen.execute(new String[] {"diff", "a.msgpack", "b.msgpack"}, System.out, System.err);
 * }</pre>
 */
@Command(name = "flaxen", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {"Neural-network parameters as JAX and Flax make them: initialise models into checkpoints, "
                + "inspect checkpoints and compare them.", ""},
        footer = {"", "Exit codes: 0 success, 1 diff found differences, 2 an error (bad arguments, unreadable or "
                + "corrupt input, failed write).", "Documentation: docs/cli.md"})
public final class Flaxen implements Callable<Integer> {
    /** The status of an error. */
    static final int ERROR = 2;
    /**
     * msgpack-core's switch to plain {@code ByteBuffer}s; set by {@link #main} on JDK 24 and later, where its default
     * use of {@code sun.misc.Unsafe} makes the JVM print a warning.
     */
    private static final String UNIVERSAL_BUFFER = "msgpack.universal-buffer";

    final PrintStream out;
    final PrintStream err;

    @Spec
    private CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    private boolean verbose;

    private Flaxen(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the command line and exits the JVM with its status.
     *
     * <pre>{@code
     * java -jar target/flaxen-0.1.0-SNAPSHOT-cli.jar demo --seed 42
     * }</pre>
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        if (Runtime.version().feature() >= 24 && System.getProperty(UNIVERSAL_BUFFER) == null) {
            System.setProperty(UNIVERSAL_BUFFER, "true");
        }
        System.exit(execute(args, System.out, System.err));
    }

    /**
     * Runs the command line in this JVM, writing to the given streams, and returns the exit status.
     *
     * <pre>{@code
     * ByteArrayOutputStream out = new ByteArrayOutputStream();
     * int status = Flaxen.execute(new String[] {"inspect", "mlp.msgpack"}, new PrintStream(out), System.err);   // 0
     * }</pre>
     *
     * @param args the command and its arguments
     * @param out standard output: results and help
     * @param err standard error: errors and progress bars
     * @return 0 on success, 1 when {@code diff} found differences, 2 on an error
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Flaxen top = new Flaxen(out, err);
        CommandLine cl = new CommandLine(top)
                .addSubcommand(new InitCommand(top))
                .addSubcommand(new InspectCommand(top))
                .addSubcommand(new DiffCommand(top))
                .addSubcommand(new DemoCommand(top))
                .addSubcommand(new CommandLine.HelpCommand());
        cl.setOut(writer(out));
        cl.setErr(writer(err));
        cl.setParameterExceptionHandler(Flaxen::usageError);
        cl.setExecutionExceptionHandler((e, command, parsed) -> failure(top, e, parsed));
        return cl.execute(args);
    }

    /** {@code flaxen} without a command. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "expected a command (init, inspect, diff, demo), got none");
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String message = CliErrors.oneLine(e).replaceAll("\\.$", "");
        cl.getErr().println("flaxen: " + message + ". See '" + cl.getCommandSpec().qualifiedName() + " --help'");
        cl.getErr().flush();
        return ERROR;
    }

    private static int failure(Flaxen top, Exception e, ParseResult parsed) {
        top.err.println("flaxen: " + CliErrors.oneLine(e));
        if (isVerbose(parsed)) {
            e.printStackTrace(top.err);
        }
        top.err.flush();
        return ERROR;
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** A writer that prints through {@code stream}, so text is encoded as the stream encodes it. */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
