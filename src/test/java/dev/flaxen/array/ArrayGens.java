package dev.flaxen.array;

import static org.quicktheories.impl.Constraint.between;

import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators for shapes, dtypes and arrays. */
final class ArrayGens {
    private static final DType[] DTYPES = DType.values();

    private ArrayGens() {
    }

    static Gen<Shape> shapes(int maxRank, int minDim, int maxDim) {
        return shapes(0, maxRank, minDim, maxDim);
    }

    static Gen<Shape> shapes(int minRank, int maxRank, int minDim, int maxDim) {
        return in -> {
            int[] dims = new int[(int) in.next(between(minRank, maxRank))];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = (int) in.next(between(minDim, maxDim));
            }
            return Shape.of(dims);
        };
    }

    static Gen<DType> dtypes() {
        return in -> DTYPES[(int) in.next(between(0, DTYPES.length - 1))];
    }

    /** Arrays of the given shapes and dtypes with arbitrary bit patterns (NaNs, infinities, subnormals included). */
    static Gen<Array> anyArrays(Gen<Shape> shapes, Gen<DType> dtypes) {
        return shapes.zip(dtypes, (s, t) -> new Object[] {s, t}).flatMap(st -> in -> {
            Shape shape = (Shape) st[0];
            DType t = (DType) st[1];
            byte[] bytes = new byte[(int) shape.size() * t.itemSize()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) in.next(between(0, 255));
            }
            return Array.fromBytes(bytes, shape, t);
        });
    }

    /** float32 arrays of small multiples of 1/8 in [-16, 16], so sums and products of a few are exact. */
    static Gen<Array> smallFloats(Shape shape) {
        return in -> Array.generateFloat(shape, out -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = in.next(between(-128, 128)) / 8f;
            }
        });
    }

    /** float32 arrays with values spread over many magnitudes (finite). */
    static Gen<Array> floats(Shape shape) {
        return in -> Array.generateFloat(shape, out -> {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) (in.next(between(-1_000_000, 1_000_000)) * Math.pow(10, in.next(between(-8, 4)) / 2.0) * 1e-6);
            }
        });
    }

    static Gen<Array> smallFloats(Gen<Shape> shapes) {
        return shapes.flatMap(ArrayGens::smallFloats);
    }

    /** Two shapes that broadcast together: one full shape and a copy with leading axes dropped and some sizes 1. */
    static Gen<Shape[]> broadcastablePairs(int maxRank, int maxDim) {
        return shapes(maxRank, 1, maxDim).flatMap(full -> in -> {
            int[] dims = full.toArray();
            int drop = (int) in.next(between(0, dims.length));
            int[] other = new int[dims.length - drop];
            for (int i = 0; i < other.length; i++) {
                other[i] = in.next(between(0, 2)) == 0 ? 1 : dims[drop + i];
            }
            Shape small = Shape.of(other);
            return in.next(between(0, 1)) == 0 ? new Shape[] {full, small} : new Shape[] {small, full};
        });
    }

    /** A random permutation of {@code 0 .. n-1}. */
    static Gen<int[]> permutations(int n) {
        return in -> {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = (int) in.next(between(0, i));
                int tmp = p[i];
                p[i] = p[j];
                p[j] = tmp;
            }
            return p;
        };
    }

    /** Any int in a range. */
    static Gen<Integer> ints(int min, int max) {
        return in -> (int) in.next(between(min, max));
    }

    /** Any long. */
    static Gen<Long> longs() {
        return in -> in.next(Constraint.none());
    }
}
