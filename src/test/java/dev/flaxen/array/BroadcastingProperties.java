package dev.flaxen.array;

import static dev.flaxen.array.ArrayGens.broadcastablePairs;
import static dev.flaxen.array.ArrayGens.dtypes;
import static dev.flaxen.array.ArrayGens.smallFloats;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BroadcastingProperties {
    /** Two float32 arrays whose shapes broadcast together. */
    private static final Gen<Array[]> PAIRS = broadcastablePairs(4, 4).flatMap(s -> smallFloats(s[0])
            .zip(smallFloats(s[1]), (a, b) -> new Array[] {a, b}));

    @Test
    void addAndMulAreCommutative() {
        qt().withExamples(300).forAll(PAIRS).check(p -> p[0].add(p[1]).equals(p[1].add(p[0]))
                && p[0].mul(p[1]).equals(p[1].mul(p[0])) && p[0].maximum(p[1]).equals(p[1].maximum(p[0])));
    }

    @Test
    void broadcastingEqualsExplicitTiling() {
        qt().withExamples(300).forAll(PAIRS).checkAssert(p -> {
            Shape out = p[0].add(p[1]).shape();
            Array a = p[0].broadcastTo(out);
            Array b = p[1].broadcastTo(out);
            assertEquals(a.add(b), p[0].add(p[1]));
            assertEquals(a.sub(b), p[0].sub(p[1]));
            assertEquals(a.div(b), p[0].div(p[1]));
            assertEquals(a.ge(b), p[0].ge(p[1]));
            assertEquals(Array.where(a.gt(b), a, b), Array.where(p[0].gt(p[1]), p[0], p[1]));
        });
    }

    /** A broadcast result element is the operation on the elements its index maps to in each operand. */
    @Test
    void broadcastElementsComeFromTheAlignedIndices() {
        qt().withExamples(200).forAll(PAIRS).checkAssert(p -> {
            Array c = p[0].sub(p[1]);
            int[] dims = c.shape().toArray();
            for (int flat = 0; flat < c.size(); flat++) {
                int[] i = IndexingProperties.unravel(flat, dims);
                assertEquals(p[0].getFloat(aligned(i, p[0].shape())) - p[1].getFloat(aligned(i, p[1].shape())),
                        c.getFloat(i));
            }
        });
    }

    private static int[] aligned(int[] index, Shape s) {
        int[] j = new int[s.rank()];
        for (int a = 0; a < j.length; a++) {
            j[a] = s.dim(a) == 1 ? 0 : index[index.length - s.rank() + a];
        }
        return j;
    }

    @Test
    void promotionIsSymmetricAndIdempotent() {
        qt().forAll(dtypes(), dtypes()).check((a, b) -> Promotion.promote(a, b) == Promotion.promote(b, a)
                && Promotion.promote(a, a) == a
                && Promotion.promote(Promotion.promote(a, b), b) == Promotion.promote(a, b));
    }

    /**
     * Associative except where uint64 meets a signed type: JAX's lattice joins those at a weak float that
     * later dtypes can narrow, while a pairwise promotion has already made it float64 (as
     * {@code jnp.promote_types} does too).
     */
    @Test
    void promotionIsAssociative() {
        qt().forAll(dtypes(), dtypes(), dtypes()).assuming((a, b, c) -> !uint64WithSigned(a, b, c)).check((a, b, c) ->
                Promotion.promote(Promotion.promote(a, b), c) == Promotion.promote(a, Promotion.promote(b, c)));
    }

    private static boolean uint64WithSigned(DType... ts) {
        boolean u64 = false;
        boolean signed = false;
        for (DType t : ts) {
            u64 |= t == DType.U64;
            signed |= t.isInteger() && !t.isUnsigned();
        }
        return u64 && signed;
    }

    @Test
    void scalarOperandsActLikeZeroDimensionalArraysOfTheSameDtype() {
        Gen<DType> floats = ArrayGens.ints(0, 3).map(i -> new DType[] {DType.F64, DType.F32, DType.F16, DType.BF16}[i]);
        qt().withExamples(200).forAll(ArrayGens.anyArrays(ArrayGens.shapes(3, 0, 3), floats), ArrayGens.ints(-100, 100))
                .check((x, k) -> {
                    double s = k / 4.0;
                    Array scalar = Array.scalar(s, x.dtype());
                    return x.add(s).equals(x.add(scalar)) && x.mul(s).equals(x.mul(scalar))
                            && x.lt(s).equals(x.lt(scalar));
                });
    }
}
