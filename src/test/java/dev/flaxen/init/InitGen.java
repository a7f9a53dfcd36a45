package dev.flaxen.init;

import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators: every built-in initializer with the shapes it accepts, keys and float dtypes. */
final class InitGen {
    /** A built-in initializer, whether it uses its key, and shapes it accepts. */
    record Entry(String name, Initializer init, boolean random, Gen<Shape> shapes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<DType> FLOATS = List.of(DType.F32, DType.F64, DType.F16, DType.BF16);

    private InitGen() {
    }

    /** Shapes of rank {@code lo..hi} with dimensions {@code 1..maxDim}. */
    static Gen<Shape> shapes(int lo, int hi, int maxDim) {
        return in -> {
            int[] dims = new int[range(lo, hi).generate(in)];
            for (int i = 0; i < dims.length; i++) {
                dims[i] = range(1, maxDim).generate(in);
            }
            return Shape.of(dims);
        };
    }

    /** Kernels {@code (k..., in, out)} of rank 3 to 5 with {@code in <= out} and {@code out} a multiple of 2. */
    static Gen<Shape> convKernels() {
        return in -> {
            int[] dims = new int[range(3, 5).generate(in)];
            for (int i = 0; i < dims.length - 2; i++) {
                dims[i] = range(1, 3).generate(in);
            }
            dims[dims.length - 2] = range(1, 4).generate(in);
            dims[dims.length - 1] = 2 * range((dims[dims.length - 2] + 1) / 2, 4).generate(in);
            return Shape.of(dims);
        };
    }

    static Gen<PRNGKey> keys() {
        return in -> PRNGKey.fromWords(range(Integer.MIN_VALUE, Integer.MAX_VALUE).generate(in),
                range(Integer.MIN_VALUE, Integer.MAX_VALUE).generate(in),
                pick(List.of(ThreefryMode.PARTITIONABLE, ThreefryMode.LEGACY)).generate(in));
    }

    static Gen<DType> floats() {
        return pick(FLOATS);
    }

    /** Every built-in initializer type, with representative arguments. */
    static List<Entry> catalogue() {
        Gen<Shape> any = shapes(0, 3, 5);
        Gen<Shape> matrices = shapes(2, 4, 5);
        Gen<Shape> rank2 = shapes(2, 2, 6);
        return List.of(
                new Entry("zeros", Initializers.zeros(), false, any),
                new Entry("ones", Initializers.ones(), false, any),
                new Entry("constant", Initializers.constant(-7.25), false, any),
                new Entry("uniform", Initializers.uniform(0.5), true, any),
                new Entry("uniform(min,max)", Initializers.uniform(-3, 2), true, any),
                new Entry("normal", Initializers.normal(0.02), true, any),
                new Entry("truncatedNormal", Initializers.truncatedNormal(0.5, -3, 1), true, any),
                new Entry("varianceScaling", Initializers.varianceScaling(0.5, FanMode.FAN_GEO_AVG,
                        Distribution.NORMAL).withBatchAxis(0), true, shapes(3, 4, 5)),
                new Entry("glorotUniform", Initializers.glorotUniform(), true, matrices),
                new Entry("glorotNormal", Initializers.glorotNormal(), true, matrices),
                new Entry("heUniform", Initializers.heUniform(), true, matrices),
                new Entry("heNormal", Initializers.heNormal(), true, matrices),
                new Entry("lecunUniform", Initializers.lecunUniform(), true, matrices),
                new Entry("lecunNormal", Initializers.lecunNormal().withInAxis(0).withOutAxis(1), true, matrices),
                new Entry("orthogonal", Initializers.orthogonal(2.0, 0), true, matrices),
                new Entry("deltaOrthogonal", Initializers.deltaOrthogonal(), true, convKernels()),
                new Entry("scaled", Initializers.heNormal().scaled(0.5), true, matrices),
                new Entry("keras.identity", KerasInitializers.identity(3), false, rank2),
                new Entry("keras.randomNormal", KerasInitializers.randomNormal(1, 0.1), true, any),
                new Entry("keras.truncatedNormal", KerasInitializers.truncatedNormal(-1, 0.1), true, any),
                new Entry("torch.kaimingUniform", TorchInitializers.kaimingUniform(Math.sqrt(5), FanMode.FAN_IN,
                        "leaky_relu"), true, matrices),
                new Entry("torch.kaimingNormal", TorchInitializers.kaimingNormal(0, FanMode.FAN_OUT, "relu"), true,
                        matrices),
                new Entry("torch.xavierUniform", TorchInitializers.xavierUniform(2), true, matrices),
                new Entry("torch.xavierNormal", TorchInitializers.xavierNormal(), true, matrices),
                new Entry("torch.truncNormal", TorchInitializers.truncNormal(0.5, 1, 0, 2), true, any),
                new Entry("torch.dirac", TorchInitializers.dirac(2), false, convKernels()),
                new Entry("torch.sparse", TorchInitializers.sparse(0.5, 0.1), true, rank2),
                new Entry("mxnet.xavier", MxnetInitializers.xavier("gaussian", "out", 2), true, matrices),
                new Entry("mxnet.msraPrelu", MxnetInitializers.msraPrelu(), true, matrices),
                new Entry("named", Initializers.named("test>Normal", (k, s, d) -> dev.flaxen.random.Random.normal(k,
                        s, d)), true, any));
    }

    static Gen<Entry> entries() {
        return pick(catalogue());
    }

    /** Built-in initializers with random valid arguments (every type, every config form). */
    static Gen<Initializer> variedBuiltIns() {
        return in -> {
            double a = range(1, 4000).generate(in) / 64.0;
            double b = range(-4000, 4000).generate(in) / 64.0;
            FanMode mode = pick(List.of(FanMode.values())).generate(in);
            Distribution dist = pick(List.of(Distribution.values())).generate(in);
            FanMode inOut = pick(List.of(FanMode.FAN_IN, FanMode.FAN_OUT)).generate(in);
            Distribution uniformOrNormal = pick(List.of(Distribution.UNIFORM, Distribution.NORMAL)).generate(in);
            int axis = range(-3, 2).generate(in);
            List<Initializer> all = List.of(
                    new Constant(b), new RandomUniform(b, b + a), new RandomNormal(b, a),
                    new TruncatedNormal(b, a, -a, pick(List.of(2.0, a + 1)).generate(in)),
                    Initializers.varianceScaling(a, mode, dist),
                    Initializers.varianceScaling(a, mode, dist).withInAxis(axis, 0).withBatchAxis(),
                    Initializers.varianceScaling(pick(List.of(1.0, 2.0)).generate(in), mode, dist),
                    new Orthogonal(b, axis), new DeltaOrthogonal(b, range(-2, 1).generate(in)), new Identity(b),
                    new Scaled(new RandomNormal(0, a), b), new TorchKaiming(b, inOut, "leaky_relu", uniformOrNormal),
                    new TorchXavier(a, uniformOrNormal), new TorchTruncNormal(b, a, b - a, b + 2 * a),
                    new Dirac(range(1, 8).generate(in)), new Sparse(range(0, 64).generate(in) / 64.0, a),
                    new MxnetXavier(uniformOrNormal, pick(List.of(FanMode.FAN_AVG, FanMode.FAN_IN, FanMode.FAN_OUT))
                            .generate(in), a), new MsraPrelu(FanMode.FAN_OUT, b));
            return pick(all).generate(in);
        };
    }

    /** The same shape with every dimension 2 larger: room for randomness (no 1x1 orthogonal, no 1-wide sparse). */
    static Shape roomy(Shape s) {
        int[] d = s.toArray();
        for (int i = 0; i < d.length; i++) {
            d[i] += 2;
        }
        return Shape.of(d);
    }
}
