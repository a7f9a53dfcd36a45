package dev.flaxen.nn;

import static dev.flaxen.testing.FlaxenAssertions.assertDeterministicInit;
import static dev.flaxen.testing.FlaxenAssertions.assertSameBits;
import static dev.flaxen.testing.FlaxenAssertions.assertTreeUnchanged;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.init.Initializers;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.Random;
import dev.flaxen.random.ThreefryMode;
import dev.flaxen.testing.Gens;
import dev.flaxen.testing.QuickTheoriesGens;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.MutableDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.collection.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of modules: determinism, key independence, immutability, initShapes, shape contracts, reinit. Determinism and
 * immutability go through the test kit ({@code dev.flaxen.testing}), so a failure names the first differing leaf.
 */
class ModuleProperties {
    /** A random MLP: widths of hidden Dense layers with activations between them. */
    private static Gen<Module> mlps() {
        return lists().of(integers().between(1, 6)).ofSizeBetween(1, 4).zip(booleans().all(), (widths, gelu) -> {
            Vector<Module> layers = Vector.empty();
            for (int w : widths) {
                layers = layers.append(Dense.of(w)).append(gelu ? Fn.gelu() : Fn.relu());
            }
            return Sequential.builder().layers(layers.append(LayerNorm.of())).build();
        });
    }

    private static Gen<PRNGKey> keys() {
        return integers().all().zip(booleans().all(), (seed, legacy) ->
                PRNGKey.of(seed, legacy ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE));
    }

    private static Array input(int batch, int width) {
        return Random.normal(PRNGKey.of(batch * 31L + width), Shape.of(batch, width));
    }

    @Test
    void initIsDeterministic() {
        qt().withExamples(60).forAll(mlps(), QuickTheoriesGens.of(Gens.keys()), integers().between(1, 5))
                .checkAssert((net, key, width) -> {
                    Array x = input(2, width);
                    assertDeterministicInit(net, key, x);
                    assertSameBits(net.init(key, x), Sequential.builder().from((Sequential) net).build().init(key, x));
                });
    }

    @Test
    void differentPathsOrCountersGiveDifferentKeys() {
        Gen<List<String>> paths = lists().of(integers().between(0, 4).map(i -> "ab_0c".substring(0, i + 1)))
                .ofSizeBetween(0, 3);
        qt().withExamples(300).forAll(paths, paths, integers().between(1, 300), keys()).check((p, q, n, key) -> {
            Vector<String> a = Vector.ofAll(p);
            Vector<String> b = Vector.ofAll(q);
            boolean sameBytes = String.join("", p).equals(String.join("", q));
            boolean plainDiffer = !RngKeys.derive(key, a, n, false).equals(RngKeys.derive(key, b, n, false));
            boolean separatedDiffer = !RngKeys.derive(key, a, n, true).equals(RngKeys.derive(key, b, n, true));
            boolean countersDiffer = !RngKeys.derive(key, a, n, false).equals(RngKeys.derive(key, a, n + 1, false));
            return countersDiffer && (sameBytes || plainDiffer) && (a.equals(b) || separatedDiffer);
        });
    }

    @Test
    void parametersOfDifferentLayersGetDifferentKeys() {
        qt().withExamples(40).forAll(keys(), integers().between(2, 6)).check((key, n) -> {
            Vector<Module> layers = Vector.fill(n, () -> Dense.of(3).withKernelInit(Initializers.normal(1.0)));
            FrozenDict<Array> v = Sequential.builder().layers(layers).build().init(key, input(1, 3));
            return Vector.range(0, n).map(i -> v.get("params/layers_" + i + "/kernel").get()).distinct().size() == n;
        });
    }

    @Test
    void withWithoutAndUnfreezeFreezeLeaveTheInitialisedTreeIntact() {
        qt().withExamples(40).forAll(mlps(), keys()).check((net, key) -> {
            FrozenDict<Array> v = net.init(key, input(2, 3));
            String before = v.toString();
            Array k = v.get("params/layers_0/kernel").get();
            FrozenDict<Array> edited = assertTreeUnchanged(v, t -> t.with("params/layers_0/kernel",
                    k.add(1).at(0, 0).set(42)).without("params/layers_0/bias"));
            FrozenDict<Array> refrozen = assertTreeUnchanged(v, t -> {
                MutableDict<Array> m = t.unfreeze();
                m.put("params/layers_0/kernel", Array.zeros(k.shape())).remove("params/layers_0");
                return m.freeze();
            });
            return v.toString().equals(before) && !edited.equals(v) && !refrozen.equals(v)
                    && v.get("params/layers_0/kernel").get() == k;
        });
    }

    @Test
    void initShapesEqualsTheShapesOfInit() {
        qt().withExamples(60).forAll(mlps(), keys(), integers().between(1, 5), integers().between(1, 4))
                .check((net, key, batch, width) -> {
                    Array x = input(batch, width);
                    return net.initShapes(x).equals(Trees.map(net.init(key, x), ShapeDtypeStruct::of));
                });
    }

    @Test
    void applyOfInitHasTheLayersOutputShape() {
        qt().withExamples(60).forAll(integers().between(1, 4), integers().between(3, 7), integers().between(1, 3),
                integers().between(1, 5)).check((batch, size, stride, features) -> {
                    Array image = input(batch * size, size * 2).reshape(batch, size, size, 2);
                    Conv conv = Conv.of(features, 3, 3).withStrides(Vector.of(stride, stride));
                    Array y = conv.apply(conv.init(PRNGKey.of(0), image), image);
                    int out = (size + stride - 1) / stride;
                    Array x = input(batch, size);
                    Dense dense = Dense.of(features);
                    Array ids = Array.arange(batch * 2).reshape(batch, 2);
                    Embed embed = Embed.of(batch * 2, features);
                    return y.shape().equals(Shape.of(batch, out, out, features))
                            && dense.apply(dense.init(PRNGKey.of(1), x), x).shape().equals(Shape.of(batch, features))
                            && embed.apply(embed.init(PRNGKey.of(2), ids), ids).shape()
                                    .equals(Shape.of(batch, 2, features))
                            && LayerNorm.of().apply(LayerNorm.of().init(PRNGKey.of(3), x), x).shape().equals(x.shape());
                });
    }

    @Test
    void reinitLeavesNonMatchingLeavesIdentical() {
        qt().withExamples(40).forAll(mlps(), keys(), integers().between(0, 3)).check((net, key, layer) -> {
            FrozenDict<Array> v = net.init(key, input(2, 3));
            String pattern = "params/layers_" + (2 * layer) + "/.*";
            FrozenDict<Array> fresh = Reinit.of(pattern, Initializers.normal(1.0)).reinit(v, key.foldIn(1));
            return Trees.flatten(v).forAll(t -> {
                Array now = fresh.get(t._1).get();
                boolean matches = t._1.toString().matches(pattern);
                return matches ? now.shape().equals(t._2.shape()) && now.dtype() == t._2.dtype()
                        && (t._2.size() == 0 || !now.equals(t._2)) : now == t._2;
            }) && Trees.structureEquals(v, fresh);
        });
    }

    @Test
    void theVariablesTreeHoldsCreationOrderAndFlaxsDtypes() {
        qt().withExamples(30).forAll(mlps(), keys()).check((net, key) -> {
            FrozenDict<Array> v = net.init(key, input(1, 2));
            Vector<Path> paths = Trees.flatten(v).keySet().toVector();
            return paths.map(p -> p.segments().get(1)).distinct().equals(
                    paths.map(p -> p.segments().get(1)).distinct().sortBy(s -> Integer.parseInt(s.substring(7))))
                    && Trees.leaves(v).forAll(a -> a.dtype() == DType.F32);
        });
    }
}
