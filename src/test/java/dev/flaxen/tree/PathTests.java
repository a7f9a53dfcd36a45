package dev.flaxen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Vector;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PathTests {
    @Test
    void parsesSlashJoinedNames() {
        Path p = Path.of("params/layers_0/kernel");
        assertEquals(Vector.of("params", "layers_0", "kernel"), p.segments());
        assertEquals("params/layers_0/kernel", p.toString());
        assertEquals(p, Path.of("params", "layers_0", "kernel"));
        assertEquals(p, Path.root().child("params").child("layers_0").child("kernel"));
    }

    @Test
    void theRootHasNoSegmentsAndPrintsEmpty() {
        assertTrue(Path.root().isRoot());
        assertEquals("", Path.root().toString());
        assertEquals(Path.root(), Path.of(""));
        assertEquals(Path.root(), Path.of());
        assertFalse(Path.of("params").isRoot());
    }

    @Test
    void parentAndLastSplitOffTheFinalName() {
        Path p = Path.of("params/kernel");
        assertEquals(Path.of("params"), p.parent());
        assertEquals("kernel", p.last());
        assertEquals(Path.root(), p.parent().parent());
    }

    @Test
    void startsWithComparesWholeSegments() {
        Path p = Path.of("params/layers_0/kernel");
        assertTrue(p.startsWith(Path.root()));
        assertTrue(p.startsWith(Path.of("params/layers_0")));
        assertTrue(p.startsWith(p));
        assertFalse(p.startsWith(Path.of("params/layers")));
        assertFalse(Path.of("params").startsWith(p));
    }

    @Test
    void pathsSortByCodePointAsPythonSortsStrings() {
        // /work/venv/bin/python: sorted(["\uffff", "\U00010000", "b", "B", "_", "a1", "a"])
        //   -> ['B', '_', 'a', 'a1', 'b', '\uffff', '𐀀']
        Vector<Path> expected = Vector.of("B", "_", "a", "a1", "b", "\uffff", "\ud800\udc00").map(Path::of);
        assertEquals(expected, expected.reverse().sorted());
        assertTrue(Path.of("a").compareTo(Path.of("a/b")) < 0);
        assertTrue(Path.of("a/b").compareTo(Path.of("ab")) < 0);
        assertEquals(0, Path.of("a/b").compareTo(Path.of("a", "b")));
    }

    @Test
    void malformedPathsAreRejectedWithAReason() {
        assertEquals("Path.of: expected names separated by single '/', got \"a//b\". "
                + "Remove the leading, trailing or doubled '/'",
                assertThrows(IllegalArgumentException.class, () -> Path.of("a//b")).getMessage());
        assertEquals("Path.of: expected names separated by single '/', got \"/params\". "
                + "Remove the leading, trailing or doubled '/'",
                assertThrows(IllegalArgumentException.class, () -> Path.of("/params")).getMessage());
        assertEquals("Path.of: expected a name without '/', got \"a/b\". "
                + "'/' separates path segments; use Path.of(\"a/b\") to split it",
                assertThrows(IllegalArgumentException.class, () -> Path.of("a/b", "c")).getMessage());
        assertEquals("Path.child: expected a non-empty name, got \"\". "
                + "Names such as \"params\" or \"kernel\" make up a path",
                assertThrows(IllegalArgumentException.class, () -> Path.of("a").child("")).getMessage());
        assertEquals("Path: expected a name without '/', got \"x/y\". "
                + "'/' separates path segments; use Path.of(\"x/y\") to split it",
                assertThrows(IllegalArgumentException.class, () -> new Path(Vector.of("x/y"))).getMessage());
        assertEquals("Path.of: expected a name, got null",
                assertThrows(NullPointerException.class, () -> Path.of("a", null)).getMessage());
    }

    @Test
    void theRootHasNoParentOrLastName() {
        assertEquals("Path.parent: expected a path below the root, got the root path. Check isRoot() first",
                assertThrows(NoSuchElementException.class, () -> Path.root().parent()).getMessage());
        assertEquals("Path.last: expected a path below the root, got the root path. Check isRoot() first",
                assertThrows(NoSuchElementException.class, () -> Path.root().last()).getMessage());
    }
}
