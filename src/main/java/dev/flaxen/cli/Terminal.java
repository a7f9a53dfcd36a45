package dev.flaxen.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the program talks to a person at a terminal, which decides whether progress is shown by default. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when the JVM has a console that is a terminal. Before JDK 22 a console exists only when standard input and
     * output are terminals; from JDK 22 on it may exist for redirected streams too, and {@code Console.isTerminal()}
     * (called reflectively, as this code compiles for Java 17) tells the difference.
     */
    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
