package dev.flaxen.testing;

import dev.flaxen.tree.Path;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a golden file: comment lines ({@code #}), one {@code tree <sha256>} line, and one line per entry in
 * sorted path order, {@code leaf <sha256> <dtype[dims]> <path>} or {@code empty <path>}. The tree line decides; the
 * entry lines let a mismatch name the first leaf that changed. In paths, {@code \}, newline and carriage return are
 * written {@code \\}, {@code \n} and {@code \r}.
 */
final class GoldenFile {
    static final String HEADER = """
            # Flaxen golden digest: SHA-256 of the tree's canonical bytes (flaxen-tree-1, see docs/testing.md).
            # Re-record: delete this file, or run the test with -Dflaxen.golden=update.
            """;
    private static final Pattern TREE = Pattern.compile("tree ([0-9a-f]{64})");
    private static final Pattern LEAF = Pattern.compile("leaf ([0-9a-f]{64}) (\\S+) (.+)");
    private static final Pattern EMPTY = Pattern.compile("empty (.+)");

    /** What an entry holds: its spec ({@code float32[4,8]} or {@code an empty subtree}) and its digest (or ""). */
    record Recorded(String spec, String digest) {
    }

    /** A tree's digest and its entries by path. */
    record Content(String tree, Map<Path, Recorded> entries) {
        static Content of(String op, Vector<CanonicalBytes.Entry> entries, String tree) {
            Map<Path, Recorded> out = new TreeMap<>();
            for (CanonicalBytes.Entry e : entries) {
                out.put(e.path(), new Recorded(e.spec(), e.leaf().isDefined() ? CanonicalBytes.digest(op, e) : ""));
            }
            return new Content(tree, out);
        }

        String render() {
            StringBuilder sb = new StringBuilder(HEADER).append("tree ").append(tree).append('\n');
            entries.forEach((path, r) -> sb.append(r.digest.isEmpty() ? "empty " : "leaf " + r.digest + " " + r.spec
                    + " ").append(escape(path.toString())).append('\n'));
            return sb.toString();
        }
    }

    private GoldenFile() {
    }

    static Content parse(String op, List<String> lines, java.nio.file.Path file) {
        String tree = null;
        Map<Path, Recorded> entries = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            } else if ((m = TREE.matcher(line)).matches() && tree == null) {
                tree = m.group(1);
            } else if ((m = LEAF.matcher(line)).matches()) {
                entries.put(Path.of(unescape(m.group(3))), new Recorded(m.group(2), m.group(1)));
            } else if ((m = EMPTY.matcher(line)).matches()) {
                entries.put(Path.of(unescape(m.group(1))), new Recorded("an empty subtree", ""));
            } else {
                throw malformed(op, "'" + line + "' at line " + (i + 1), file);
            }
        }
        if (tree == null) {
            throw malformed(op, "no tree line", file);
        }
        return new Content(tree, entries);
    }

    /** The first entry, in sorted path order, whose spec or digest differs; empty if all agree. */
    static Optional<String> firstDifference(Content want, Content got) {
        TreeSet<Path> paths = new TreeSet<>(want.entries.keySet());
        paths.addAll(got.entries.keySet());
        for (Path p : paths) {
            Recorded w = want.entries.get(p);
            Recorded g = got.entries.get(p);
            if (Objects.equals(w, g)) {
                continue;
            }
            if (w != null && g != null && w.spec.equals(g.spec)) {
                return Optional.of("the values of " + p + " (" + w.spec + ")");
            }
            return Optional.of(p + ": expected " + (w == null ? "nothing" : w.spec) + ", got "
                    + (g == null ? "nothing" : g.spec));
        }
        return Optional.empty();
    }

    private static IllegalArgumentException malformed(String op, String what, java.nio.file.Path file) {
        return new IllegalArgumentException(op + ": expected a golden file of '#' comments, one 'tree <64 hex digits>' "
                + "line and 'leaf'/'empty' lines, got " + what + " in " + file
                + ". Delete the file to record it again");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
