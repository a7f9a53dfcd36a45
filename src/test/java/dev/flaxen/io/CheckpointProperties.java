package dev.flaxen.io;

import static org.quicktheories.QuickTheory.qt;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.Path;
import dev.flaxen.tree.Trees;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

/** Laws of the checkpoint readers and writers over random trees of every dtype, shape and nesting. */
class CheckpointProperties {
    private static final int EXAMPLES = 200;

    @TempDir
    java.nio.file.Path dir;

    @Test
    void flaxMsgpackRoundTripsEveryTreeInOrder() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.trees()).check(t -> {
            FrozenDict<Array> back = FlaxMsgpack.fromBytes(FlaxMsgpack.toBytes(t));
            return back.equals(t) && CheckpointGen.ordered(back).equals(CheckpointGen.ordered(t));
        });
    }

    @Test
    void chunkedMsgpackRoundTripsAtAnyChunkSize() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.trees(), SourceDSL.integers().between(1, 40)).check((t, chunk) ->
                FlaxMsgpack.fromBytes(FlaxMsgpack.toBytes(t, chunk)).equals(t));
    }

    @Test
    void msgpackWritesBackTheBytesItRead() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.trees()).check(t -> {
            byte[] b = FlaxMsgpack.toBytes(t);
            return Arrays.equals(b, FlaxMsgpack.toBytes(FlaxMsgpack.fromBytes(b)));
        });
    }

    @Test
    void safetensorsRoundTripsEveryFlatTreeWithEitherSeparator() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.flatTrees()).check(t ->
                Vector.of(".", "/").forAll(sep -> Safetensors.open(Safetensors.save(Trees.flatten(t, sep))).readTree(sep)
                        .equals(t)));
    }

    @Test
    void safetensorsBytesDependOnlyOnTheTensorsNotTheirOrder() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.flatTrees()).check(t ->
                Arrays.equals(Safetensors.save(Trees.flatten(t, ".")),
                        Safetensors.save(Trees.flatten(CheckpointGen.reversed(t), "."))));
    }

    @Test
    void safetensorsWritesBackTheBytesItReadWithMetadata() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.flatTrees()).check(t -> {
            byte[] b = Safetensors.save(Trees.flatten(t, "."), LinkedHashMap.of("format", "flax", "\u00e9", "x\ny"));
            SafetensorsFile f = Safetensors.open(b);
            return Arrays.equals(b, Safetensors.save(f.readAll(), f.metadata().get()));
        });
    }

    @Test
    void filesRoundTripInBothFormatsAndInspectAgreesWithRead() {
        qt().withExamples(10).forAll(CheckpointGen.flatTrees()).check(t -> Vector.of("t.msgpack", "t.safetensors").forAll(name -> {
            java.nio.file.Path file = dir.resolve(name);
            Checkpoints.write(file, t);
            FrozenDict<Array> back = Checkpoints.read(file);
            LinkedHashMap<String, ShapeDtypeStruct> specs = Checkpoints.inspect(file).entries();
            String sep = name.endsWith(".msgpack") ? "/" : ".";
            return back.equals(t) && specs.toMap(e -> e).equals(Trees.flatten(Trees.map(t, ShapeDtypeStruct::of), sep)
                    .toMap(e -> e));
        }));
    }

    @Test
    void strictLoadIntoItsOwnShapesGivesTheTreeBack() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.trees()).check(t -> {
            LoadResult r = Checkpoints.load(t, Trees.map(t, ShapeDtypeStruct::of), true);
            return r.report().isClean() && r.tree().equals(t)
                    && r.tree().equals(Checkpoints.load(t, t, true).tree());
        });
    }

    @Test
    void partialLoadReportsEveryLeafOnceAndKeepsTheTargetsStructure() {
        qt().withExamples(EXAMPLES).forAll(CheckpointGen.trees(), CheckpointGen.trees()).check((source, target) -> {
            LoadResult r = Checkpoints.load(source, target, false);
            Vector<Path> sourcePaths = Trees.flatten(source).keySet().toVector();
            Vector<Path> targetPaths = Trees.flatten(target).keySet().toVector();
            Vector<Path> mismatched = r.report().mismatched().map(LoadReport.Mismatch::path);
            boolean missing = r.report().missing().equals(targetPaths.filter(p -> !sourcePaths.contains(p)));
            boolean unexpected = r.report().unexpected().equals(sourcePaths.filter(p -> !targetPaths.contains(p)));
            boolean leaves = targetPaths.forAll(p -> r.tree().get(p).equals(
                    source.get(p).filter(a -> !mismatched.contains(p)).orElse(target.get(p))));
            return missing && unexpected && leaves && Trees.structureEquals(r.tree(), target);
        });
    }
}
