package dev.flaxen.array;

import static dev.flaxen.array.JaxTables.bitsOf;
import static dev.flaxen.array.JaxTables.fromBits;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Arithmetic, promotion and conversion against known answers from JAX ({@code jax_ops.json}). */
class ElementwiseTests {
    private static final JsonNode OPS = JaxTables.ops();

    /** Every pair of dtypes against {@code jnp.promote_types(a, b)}. */
    @Test
    void promotionMatchesJaxLattice() {
        List<Executable> checks = new ArrayList<>();
        for (JsonNode row : OPS.get("promotion").get("rows")) {
            DType a = DType.of(row.get(0).asText());
            DType b = DType.of(row.get(1).asText());
            DType expected = DType.of(row.get(2).asText());
            checks.add(() -> assertEquals(expected, Array.zeros(Shape.of(1), a).add(Array.zeros(Shape.of(1), b)).dtype(),
                    a + " + " + b));
        }
        assertAll(checks);
    }

    /** bfloat16/float16 add, sub, mul, div, maximum, scalar multiply and sqrt: computed in float32, rounded once. */
    @Test
    void halfFloatArithmeticMatchesJaxBitForBit() {
        for (JsonNode c : OPS.get("half_arithmetic").get("cases")) {
            DType t = DType.of(c.get("dtype").asText());
            Array x = fromBits(c.get("x"), t);
            Array y = fromBits(c.get("y"), t);
            assertAll(
                    () -> assertBits(c.get("add"), x.add(y), t + " add"),
                    () -> assertBits(c.get("sub"), x.sub(y), t + " sub"),
                    () -> assertBits(c.get("mul"), x.mul(y), t + " mul"),
                    () -> assertBits(c.get("div"), x.div(y), t + " div"),
                    () -> assertBits(c.get("maximum"), x.maximum(y), t + " maximum"),
                    () -> assertBits(c.get("mul_scalar_0.1"), x.mul(0.1), t + " * 0.1"),
                    () -> assertBits(c.get("sqrt_abs"), x.abs().sqrt(), t + " sqrt"));
        }
    }

    private static void assertBits(JsonNode expected, Array actual, String what) {
        assertArrayEquals(JaxTables.longs(expected), bitsOf(actual), what);
    }

    /** float32 to every dtype: XLA rounds floats, truncates and saturates integers, NaN gives 0. */
    @Test
    void float32ConversionsMatchJax() {
        JsonNode conv = OPS.get("conversions");
        Array x = fromBits(conv.get("float32"), DType.F32);
        List<Executable> checks = new ArrayList<>();
        conv.get("to").fields().forEachRemaining(e -> {
            DType t = DType.of(e.getKey());
            checks.add(() -> assertArrayEquals(bigLongs(e.getValue()), bitsOf(x.astype(t)), "float32 -> " + t));
        });
        assertAll(checks);
    }

    /** int64 to narrower integers wraps; to floats rounds once (half types through float32, as XLA). */
    @Test
    void int64ConversionsMatchJax() {
        JsonNode conv = OPS.get("conversions");
        Array x = fromBits(conv.get("int64"), DType.I64);
        List<Executable> checks = new ArrayList<>();
        conv.get("int64_to").fields().forEachRemaining(e -> {
            DType t = DType.of(e.getKey());
            checks.add(() -> assertArrayEquals(bigLongs(e.getValue()), bitsOf(x.astype(t)), "int64 -> " + t));
        });
        assertAll(checks);
    }

    private static long[] bigLongs(JsonNode node) {
        long[] out = new long[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).bigIntegerValue().longValue();
        }
        return out;
    }

    @Test
    void arangeComputesAsJaxDoes() {
        List<Executable> checks = new ArrayList<>();
        for (JsonNode row : OPS.get("arange")) {
            String call = row.get("call").asText();
            double[] args = parseArangeArgs(call);
            DType t = DType.of(row.get("dtype").asText());
            checks.add(() -> assertArrayEquals(bigLongs(row.get("bits")),
                    bitsOf(Array.arange(args[0], args[1], args[2], t)), call));
        }
        assertAll(checks);
    }

    /** The three numbers of {@code jnp.arange(start, stop, step, dtype=...)}. */
    private static double[] parseArangeArgs(String call) {
        String[] parts = call.substring(call.indexOf('(') + 1, call.indexOf(", dtype")).split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    @Test
    void weakScalarsKeepTheArrayDtype() {
        assertEquals(DType.BF16, Array.ones(Shape.of(2), DType.BF16).mul(2.5).dtype());
        assertEquals(DType.I8, Array.ones(Shape.of(2), DType.I8).add(3).dtype());
        assertEquals(DType.F32, Array.ones(Shape.of(2), DType.I8).mul(2.5).dtype());
        assertEquals(DType.F64, Array.ones(Shape.of(2), DType.I64).mul(2.5).dtype());
        assertEquals(DType.I32, Array.ones(Shape.of(2), DType.BOOL).add(1).dtype());
        assertEquals(DType.F32, Array.ones(Shape.of(2), DType.BOOL).add(0.5).dtype());
    }

    /** {@code jnp.array([1, 2], jnp.int8) + 1000} is {@code [-23, -22]}: Python ints wrap into the dtype. */
    @Test
    void integralScalarsWrapLikePythonInts() {
        assertArrayEquals(new int[] {-23, -22}, Array.of(new int[] {1, 2}).astype(DType.I8).add(1000).toIntArray());
        assertArrayEquals(new int[] {0}, Array.of(new int[] {1}).astype(DType.U8).add(-1).toIntArray());
        assertArrayEquals(new int[] {44, 44}, Array.full(Shape.of(2), 300, DType.I8).toIntArray());
    }

    @Test
    void integerArithmeticWrapsAndDivisionGivesFloat() {
        Array big = Array.of(new int[] {Integer.MAX_VALUE, 3});
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 4}, big.add(1).toIntArray());
        assertArrayEquals(new int[] {-2, 9}, big.mul(Array.of(new int[] {2, 3})).toIntArray());
        Array q = Array.of(new int[] {1, 3}).div(Array.of(new int[] {2}));
        assertEquals(DType.F32, q.dtype());
        assertArrayEquals(new float[] {0.5f, 1.5f}, q.toFloatArray());
        assertArrayEquals(new long[] {-1L, 1L}, Array.of(new long[] {Long.MAX_VALUE, 0}).astype(DType.U64)
                .add(Array.of(new long[] {Long.MAX_VALUE, 0}).astype(DType.U64)).add(1).toLongArray());
    }

    @Test
    void boolArithmeticIsLogical() {
        Array t = Array.of(new boolean[] {true, true, false});
        Array u = Array.of(new boolean[] {true, false, false});
        assertEquals(Array.of(new boolean[] {true, true, false}), t.add(u));
        assertEquals(Array.of(new boolean[] {true, false, false}), t.mul(u));
        assertEquals(Array.of(new boolean[] {true, true, false}), t.maximum(u));
    }

    @Test
    void powKeepsIntegersForIntegralExponents() {
        assertEquals(Array.of(new int[] {0, 1, 8}), Array.arange(3).pow(3));
        assertArrayEquals(new float[] {0f, 1f, (float) Math.sqrt(2)}, Array.arange(3).pow(0.5).toFloatArray());
        assertArrayEquals(new float[] {1f, 0.25f}, Array.of(new float[] {1, 2}).pow(-2).toFloatArray());
    }

    @Test
    void unaryOperations() {
        Array x = Array.of(new float[] {-1.5f, 0f, 4f});
        assertArrayEquals(new float[] {1.5f, -0f, -4f}, x.neg().toFloatArray());
        assertArrayEquals(new float[] {1.5f, 0f, 4f}, x.abs().toFloatArray());
        assertArrayEquals(new float[] {0f, 2f}, Array.of(new float[] {0, 4}).sqrt().toFloatArray());
        assertArrayEquals(new float[] {(float) Math.exp(-1.5), 1f, (float) Math.exp(4)}, x.exp().toFloatArray());
        assertArrayEquals(new float[] {(float) Math.tanh(-1.5), 0f, (float) Math.tanh(4)}, x.tanh().toFloatArray());
        assertArrayEquals(new float[] {Float.NEGATIVE_INFINITY, 0f}, Array.of(new float[] {0, 1}).log().toFloatArray());
        assertArrayEquals(new int[] {Integer.MIN_VALUE, 5}, Array.of(new int[] {Integer.MIN_VALUE, -5}).abs().toIntArray());
        assertArrayEquals(new int[] {1, -2}, Array.of(new int[] {-1, 2}).neg().toIntArray());
    }

    @Test
    void mapKeepsTheDtype() {
        assertEquals(Array.of(new int[] {0, 2, 4}), Array.arange(3).map(v -> 2 * v));
        Array h = Array.ones(Shape.of(2), DType.F16).map(v -> v / 3);
        assertEquals(DType.F16, h.dtype());
        assertEquals(HalfFloats.toFloat16(1f / 3), (short) h.bitsAt(0));
    }

    @Test
    void comparisonsGiveBool() {
        Array x = Array.of(new float[] {1, Float.NaN, 3});
        assertArrayEquals(new boolean[] {false, false, true}, x.gt(2).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, true}, x.ge(1).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, false}, x.lt(2).toBooleanArray());
        assertArrayEquals(new boolean[] {true, false, false}, x.le(1).toBooleanArray());
        assertArrayEquals(new boolean[] {false, false, true}, x.eq(3).toBooleanArray());
        assertArrayEquals(new boolean[] {true, true, false}, x.ne(3).toBooleanArray());
        Array u = Array.of(new long[] {-1L}).astype(DType.U64);
        assertArrayEquals(new boolean[] {true}, u.gt(Array.of(new long[] {1}).astype(DType.U64)).toBooleanArray());
        assertEquals(DType.BOOL, Array.arange(3).lt(Array.arange(3)).dtype());
    }

    @Test
    void whereBroadcastsAllThree() {
        Array x = Array.of(new float[] {-1, 2, -3, 4}, 2, 2);
        Array r = Array.where(x.gt(0), x, Array.scalar(0f));
        assertArrayEquals(new float[] {0, 2, 0, 4}, r.toFloatArray());
        Array cond = Array.of(new boolean[] {true, false});
        assertArrayEquals(new int[] {1, 0, 1, 0}, Array.where(cond, Array.ones(Shape.of(2, 1), DType.I32),
                Array.zeros(Shape.of(), DType.I32)).toIntArray());
    }

    @Test
    void floatFunctionsRejectIntegers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Array.arange(3).exp());
        assertEquals("Array.exp: dtype int32 is not supported; use astype(DType.F32) first", e.getMessage());
    }
}
