package dev.flaxen;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.nn.SeedChapter;
import java.util.Arrays;

/**
 * README's demo: the seed chapter ({@link SeedChapter}, d2l's "Parameter Initialization" with every number equal to
 * Flax's), or with {@code --tour} a short printed tour of arrays, every printout being the text JAX's {@code repr}
 * gives for the same array.
 *
 * <pre>{@code
 * mvn -B -ntp -q compile exec:java                                   // seed 0, partitionable
 * mvn -B -ntp -q compile exec:java -Dexec.args="--seed 42 --legacy"
 * mvn -B -ntp -q compile exec:java -Dexec.args="--tour"
 * }</pre>
 */
public final class Demo {
    private Demo() {
    }

    /**
     * Runs the seed chapter with {@code args} ({@code --seed S}, {@code --legacy}), or the array tour for
     * {@code --tour}.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--tour")) {
            tour();
        } else {
            SeedChapter.main(args);
        }
    }

    private static void tour() {
        Array x = Array.ones(Shape.of(2, 4));
        Array y = x.at(0, 0).set(42);
        show("x = Array.ones(Shape.of(2, 4))", x);
        show("y = x.at(0, 0).set(42)           // JAX's x.at[0, 0].set(42); x is unchanged", y);

        Array a = Array.arange(6).reshape(2, 3);
        show("a = Array.arange(6).reshape(2, 3)", a);
        show("a.add(Array.of(new int[] {10, 20, 30}))   // numpy broadcasting", a.add(Array.of(new int[] {10, 20, 30})));
        show("a.sum(0)", a.sum(0));
        show("a.astype(DType.F32).mean(1)", a.astype(DType.F32).mean(1));
        show("a.astype(DType.F32).matmul(Array.ones(Shape.of(3, 2)))", a.astype(DType.F32).matmul(Array.ones(Shape.of(3, 2))));
        show("a.index(1, 0)                    // numpy's a[:, 0]", a.index(1, 0));

        show("a.astype(DType.BF16).div(3)      // bfloat16: computed in float32, rounded once", a.astype(DType.BF16).div(3));
        show("Array.of(new float[] {1e-8f, 1, Float.NaN})", Array.of(new float[] {1e-8f, 1, Float.NaN}));
        show("Array.arange(2000).reshape(2, 1000)   // summarised as numpy does", Array.arange(2000).reshape(2, 1000));
    }

    private static void show(String code, Array value) {
        System.out.println(code);
        System.out.println(value);
        System.out.println();
    }
}
