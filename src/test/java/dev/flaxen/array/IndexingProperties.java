package dev.flaxen.array;

import static dev.flaxen.array.ArrayGens.anyArrays;
import static dev.flaxen.array.ArrayGens.dtypes;
import static dev.flaxen.array.ArrayGens.ints;
import static dev.flaxen.array.ArrayGens.permutations;
import static dev.flaxen.array.ArrayGens.shapes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IndexingProperties {
    private static final Gen<Array> ARRAYS = anyArrays(shapes(4, 0, 4), dtypes());
    private static final Gen<Array> NON_EMPTY = anyArrays(shapes(4, 1, 4), dtypes());

    @Test
    void reshapeRoundTrips() {
        qt().withExamples(300).forAll(ARRAYS).check(x -> x.reshape(-1).reshape(x.shape()).equals(x)
                && x.reshape(x.size()).shape().equals(Shape.of(x.size())));
    }

    @Test
    void bytesRoundTrip() {
        qt().withExamples(300).forAll(ARRAYS).check(x -> Array.fromBytes(x.toBytes(), x.shape(), x.dtype()).equals(x));
    }

    @Test
    void transposeByAPermutationAndItsInverseRoundTrips() {
        qt().withExamples(300).forAll(ARRAYS.flatMap(x -> permutations(x.ndim()).map(p -> new Object[] {x, p})))
                .checkAssert(xp -> {
                    Array x = (Array) xp[0];
                    int[] perm = (int[]) xp[1];
                    int[] inverse = new int[perm.length];
                    for (int i = 0; i < perm.length; i++) {
                        inverse[perm[i]] = i;
                    }
                    assertEquals(x, x.transpose(perm).transpose(inverse));
                    assertEquals(x, x.transpose().transpose());
                });
    }

    /** {@code y = x.transpose(perm)} satisfies {@code y[i] == x[j]} with {@code j[perm[k]] = i[k]}. */
    @Test
    void transposeMovesEveryElementWhereThePermutationSays() {
        qt().withExamples(200).forAll(NON_EMPTY.flatMap(x -> permutations(x.ndim()).map(p -> new Object[] {x, p})))
                .checkAssert(xp -> {
                    Array x = (Array) xp[0];
                    int[] perm = (int[]) xp[1];
                    Array y = x.transpose(perm);
                    int[] dims = y.shape().toArray();
                    for (int flat = 0; flat < y.size(); flat++) {
                        int[] i = unravel(flat, dims);
                        int[] j = new int[i.length];
                        for (int k = 0; k < i.length; k++) {
                            j[perm[k]] = i[k];
                        }
                        assertEquals(x.get(j), y.get(i));
                    }
                });
    }

    static int[] unravel(int flat, int[] dims) {
        int[] idx = new int[dims.length];
        for (int a = dims.length - 1; a >= 0; a--) {
            idx[a] = flat % dims[a];
            flat /= dims[a];
        }
        return idx;
    }

    @Test
    void swapAxesIsAnInvolution() {
        Gen<Array> ranked = anyArrays(shapes(1, 4, 1, 4), dtypes());
        qt().withExamples(200).forAll(ranked.flatMap(x -> ints(-x.ndim(), x.ndim() - 1).zip(ints(0, x.ndim() - 1),
                        (a, b) -> new Object[] {x, a, b})))
                .check(xab -> {
                    Array x = (Array) xab[0];
                    int a = (Integer) xab[1];
                    int b = (Integer) xab[2];
                    return x.swapAxes(a, b).swapAxes(a, b).equals(x) && x.swapAxes(a, b).equals(x.swapAxes(b, a));
                });
    }

    @Test
    void atSetNeverChangesTheOriginal() {
        qt().withExamples(300).forAll(NON_EMPTY, ints(0, 3), ArrayGens.longs()).checkAssert((x, depth, seed) -> {
            byte[] before = x.toBytes();
            int[] index = new int[Math.min(depth, x.ndim())];
            for (int a = 0; a < index.length; a++) {
                index[a] = (int) Math.floorMod(seed >> (8 * a), x.shape().dim(a));
            }
            Array y = x.at(index).set(1);
            Array z = x.at(index).add(Array.ones(Shape.of(), x.dtype()));
            assertArrayEquals(before, x.toBytes());
            assertEquals(Array.ones(Indexing.blockShape(x.shape(), index.length), x.dtype()), y.at(index).get());
            assertEquals(x.shape(), z.shape());
        });
    }

    /** A slice equals the elements picked one by one, following Python's {@code range(*slice.indices(n))}. */
    @Test
    void sliceEqualsPickingIndicesOneByOne() {
        qt().withExamples(500).forAll(ints(0, 8), ints(-10, 10), ints(-10, 10), ints(-4, 4))
                .assuming((n, start, stop, step) -> step != 0)
                .checkAssert((n, start, stop, step) -> {
                    Array x = Array.arange(n);
                    assertArrayEquals(pythonSlice(n, start, stop, step), x.slice(0, start, stop, step).toIntArray(),
                            n + "[" + start + ":" + stop + ":" + step + "]");
                });
    }

    /** Python's definition, element by element: indices {@code start + k*step} kept while inside the clamped range. */
    private static int[] pythonSlice(int n, int start, int stop, int step) {
        int s = start < 0 ? Math.max(start + n, step > 0 ? 0 : -1) : Math.min(start, step > 0 ? n : n - 1);
        int e = stop < 0 ? Math.max(stop + n, step > 0 ? 0 : -1) : Math.min(stop, step > 0 ? n : n - 1);
        return java.util.stream.IntStream.iterate(s, i -> step > 0 ? i < e : i > e, i -> i + step).toArray();
    }

    @Test
    void concatenatedPartsSliceBackOut() {
        qt().withExamples(200).forAll(anyArrays(shapes(1, 3, 1, 4), dtypes()), ints(0, 4)).checkAssert((x, extra) -> {
            Array y = Array.zeros(shapeWithFirst(x.shape(), extra), x.dtype());
            Array c = Array.concatenate(List.of(x, y), 0);
            assertEquals(x, c.slice(0, 0, x.shape().dim(0)));
            assertEquals(y, c.slice(0, x.shape().dim(0), Integer.MAX_VALUE));
        });
    }

    private static Shape shapeWithFirst(Shape s, int first) {
        int[] d = s.toArray();
        d[0] = first;
        return Shape.of(d);
    }

    @Test
    void takeWithAllIndicesIsTheIdentity() {
        Gen<Array> ranked = anyArrays(shapes(1, 3, 1, 4), dtypes());
        qt().withExamples(200).forAll(ranked.flatMap(x -> ints(0, x.ndim() - 1).map(a -> new Object[] {x, a})))
                .check(xa -> {
                    Array x = (Array) xa[0];
                    int axis = (Integer) xa[1];
                    return x.take(Array.arange(x.shape().dim(axis)), axis).equals(x)
                            && x.take(Array.scalar(0, DType.I64), axis).equals(x.index(axis, 0));
                });
    }

    @Test
    void getWithAFullIndexAgreesWithTheTypedGetters() {
        qt().withExamples(200).forAll(anyArrays(shapes(3, 1, 4), dtypes()), ArrayGens.longs()).checkAssert((x, seed) -> {
            int[] index = new int[x.ndim()];
            for (int a = 0; a < index.length; a++) {
                index[a] = (int) Math.floorMod(seed >> (8 * a), x.shape().dim(a)) - (a % 2 == 1 ? x.shape().dim(a) : 0);
            }
            Array e = x.get(index);
            assertEquals(Shape.of(), e.shape());
            assertEquals(Double.doubleToLongBits(e.item()), Double.doubleToLongBits(x.getDouble(index)));
            assertEquals(e.toLongArray()[0], x.getLong(index));
        });
    }
}
