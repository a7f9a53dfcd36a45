package dev.flaxen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: Flaxen's version (from the build) and the Java runtime. */
final class Version implements IVersionProvider {
    /** Flaxen's version as Maven built it, or {@code unknown} outside a Maven build. */
    static String flaxen() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"flaxen " + flaxen() + " (Java " + System.getProperty("java.version") + ")"};
    }
}
