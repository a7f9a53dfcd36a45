package dev.flaxen.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.Tuple4;
import io.vavr.collection.HashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws every built-in initializer keeps: shape and dtype, determinism, key sensitivity, config round trip. */
class InitializerProperties {
    /** An entry, a shape it accepts, a key and a float dtype. */
    private static Gen<Tuple4<InitGen.Entry, Shape, PRNGKey, DType>> calls() {
        return in -> {
            InitGen.Entry e = InitGen.entries().generate(in);
            return Tuple.of(e, e.shapes().generate(in), InitGen.keys().generate(in), InitGen.floats().generate(in));
        };
    }

    @Test
    void everyInitializerHonoursShapeAndDtype() {
        qt().withExamples(300).forAll(calls()).check(t -> {
            Array a = t._1.init().init(t._3, t._2, t._4);
            return a.shape().equals(t._2) && a.dtype() == t._4;
        });
    }

    @Test
    void theSameKeyGivesTheSameArray() {
        qt().withExamples(300).forAll(calls()).check(t ->
                t._1.init().init(t._3, t._2, t._4).equals(t._1.init().init(t._3, t._2, t._4)));
    }

    @Test
    void differentKeysGiveDifferentArrays() {
        Gen<InitGen.Entry> random = org.quicktheories.generators.Generate.pick(
                InitGen.catalogue().stream().filter(InitGen.Entry::random).toList());
        Gen<Tuple3<InitGen.Entry, Shape, PRNGKey>> cases = in -> {
            InitGen.Entry e = random.generate(in);
            return Tuple.of(e, InitGen.roomy(e.shapes().generate(in)), InitGen.keys().generate(in));
        };
        qt().withExamples(200).forAll(cases).check(t ->
                !t._1.init().init(t._3, t._2).equals(t._1.init().init(t._3.foldIn(1), t._2)));
    }

    @Test
    void theDefaultDtypeIsFloat32() {
        qt().withExamples(100).forAll(calls()).check(t ->
                t._1.init().init(t._3, t._2).equals(t._1.init().init(t._3, t._2, DType.F32)));
    }

    @Test
    void everyBuiltInRoundTripsThroughItsConfig() {
        for (InitGen.Entry e : InitGen.catalogue()) {
            String json = e.init().toConfig();
            Initializer back = Initializers.fromConfig(json, HashMap.of("test>Normal", c -> e.init()));
            assertEquals(e.init(), back, e.name() + ": " + json);
            assertEquals(json, back.toConfig(), e.name());
        }
    }

    @Test
    void variedArgumentsRoundTripThroughConfigs() {
        qt().withExamples(300).forAll(InitGen.variedBuiltIns()).check(i -> Initializers.fromConfig(i.toConfig())
                .equals(i));
    }

    @Test
    void scaledMultipliesInTheDtype() {
        qt().withExamples(100).forAll(calls(), org.quicktheories.generators.Generate.range(-8, 8)).check((t, n) -> {
            double c = n / 4.0;
            Array base = t._1.init().init(t._3, t._2, t._4);
            Array scaled = t._1.init().scaled(c).init(t._3, t._2, t._4);
            double[] b = base.toDoubleArray();
            double[] s = scaled.toDoubleArray();
            for (int i = 0; i < b.length; i++) {
                if (Double.compare(Numerics.round(b[i] * c, t._4), s[i]) != 0) {
                    return false;
                }
            }
            return true;
        });
    }
}
