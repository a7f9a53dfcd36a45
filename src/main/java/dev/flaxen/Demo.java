package dev.flaxen;

import dev.flaxen.array.Array;
import dev.flaxen.array.Shape;

/**
 * README's demo: a short tour of what Flaxen can do so far.
 *
 * <pre>{@code
 * mvn -B -ntp -q compile exec:java
 * }</pre>
 */
public final class Demo {
    private Demo() {
    }

    /**
     * Prints the tour to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Array x = Array.generateFloat(Shape.of(2, 3), out -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = i;
            }
        });
        System.out.println("x = " + x);
    }
}
