package dev.flaxen.tree;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.stateful.Command;
import org.quicktheories.core.stateful.Sequential;

/**
 * A stateful test: random edit sequences run on a {@link FrozenDict} (functionally) and a {@link MutableDict}
 * (in place), checked after every step against a model of nested {@code java.util.LinkedHashMap}s with Python
 * dict semantics. The check compares the rendering of every snapshot taken so far, in order, so an earlier
 * tree that changed, or a key that moved, fails it.
 */
class MutableDictProperties {
    @Test
    void randomEditSequencesMatchAJavaUtilMapModel() {
        qt().withExamples(150).forAll(TreeGen.nestedMaps(TreeGen.SMALL_KEYS, 2), lists().of(commands()).ofSizeBetween(1, 30))
                .checkAssert((start, commands) -> Sequential.modelCheck(Model.start(start), commands,
                        model -> new Sut(FrozenDict.of(model.current)), Sut::toModel));
    }

    @Test
    void freezeTakesASnapshotThatLaterEditsNeverReach() {
        qt().forAll(TreeGen.trees(), TreeGen.trees()).check((t, other) -> {
            MutableDict<Integer> m = t.unfreeze();
            FrozenDict<Integer> first = m.freeze();
            String rendered = TreeGen.render(first);
            m.putSubtree(Path.root(), other).put("extra", 1);
            FrozenDict<Integer> second = m.freeze();
            m.remove("extra");
            return TreeGen.render(first).equals(rendered) && first.equals(t)
                    && second.get("extra").contains(1) && !m.contains("extra");
        });
    }

    private static Gen<Command<Sut, Model>> commands() {
        Gen<Path> paths = TreeGen.paths(TreeGen.SMALL_KEYS, 3);
        return range(0, 5).zip(paths, range(0, 9), TreeGen.nestedMaps(TreeGen.SMALL_KEYS, 1),
                (kind, path, value, map) -> switch (kind) {
                    case 0 -> new With(path, value);
                    case 1 -> new WithSubtree(path, map);
                    case 2 -> new Without(path);
                    case 3 -> new Copy(map);
                    case 4 -> new Pop(path.isRoot() ? "a" : path.segments().head());
                    default -> new Refreeze();
                });
    }

    /** The system under test: one functional tree, one builder, and every snapshot either produced. */
    static final class Sut {
        private FrozenDict<Integer> tree;
        private final MutableDict<Integer> builder;
        private final List<FrozenDict<Integer>> snapshots = new ArrayList<>();
        private final List<String> outcomes = new ArrayList<>();

        Sut(FrozenDict<Integer> start) {
            tree = start;
            builder = start.unfreeze();
            snapshots.add(tree);
            snapshots.add(builder.freeze());
        }

        void step(Function<FrozenDict<Integer>, Tuple2<FrozenDict<Integer>, String>> onTree,
                Consumer<MutableDict<Integer>> onBuilder) {
            String treeOutcome = outcome(() -> {
                Tuple2<FrozenDict<Integer>, String> r = onTree.apply(tree);
                tree = r._1;
                return "ok" + r._2;
            });
            String builderOutcome = outcome(() -> {
                onBuilder.accept(builder);
                return "ok";
            });
            outcomes.add(treeOutcome + " | " + builderOutcome);
            snapshots.add(tree);
            snapshots.add(builder.freeze());
        }

        private static String outcome(java.util.function.Supplier<String> action) {
            try {
                return action.get();
            } catch (IllegalArgumentException | NoSuchElementException e) {
                return e.getClass().getSimpleName();
            }
        }

        Model toModel() {
            Model m = new Model(null);
            snapshots.forEach(s -> m.history.add(TreeGen.render(s)));
            m.outcomes.addAll(outcomes);
            return m;
        }
    }

    /** Python dict semantics on nested {@code java.util.LinkedHashMap}s, and the expected history. */
    static final class Model {
        private Map<String, Object> current;
        private final List<String> history = new ArrayList<>();
        private final List<String> outcomes = new ArrayList<>();

        private Model(Map<String, Object> current) {
            this.current = current;
        }

        static Model start(Map<String, Object> start) {
            Model m = new Model(deepCopy(start));
            m.history.add(TreeGen.render(m.current));
            m.history.add(TreeGen.render(m.current));
            return m;
        }

        /** Applies an edit to a copy, which replaces the current state only if the edit succeeds. */
        Model step(Function<Map<String, Object>, Tuple2<Map<String, Object>, String>> edit) {
            try {
                Tuple2<Map<String, Object>, String> r = edit.apply(deepCopy(current));
                current = r._1;
                outcomes.add("ok" + r._2 + " | ok");
            } catch (ModelError e) {
                outcomes.add(e.getMessage() + " | " + e.getMessage());
            }
            history.add(TreeGen.render(current));
            history.add(TreeGen.render(current));
            return this;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Model m && history.equals(m.history) && outcomes.equals(m.outcomes);
        }

        @Override
        public int hashCode() {
            return history.hashCode();
        }

        @Override
        public String toString() {
            return "outcomes=" + outcomes + " history=" + history;
        }
    }

    private static final class ModelError extends RuntimeException {
        ModelError(Class<?> kind) {
            super(kind.getSimpleName());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
        return out;
    }

    /** The level holding {@code path.last()}: missing levels are created or an error; a leaf on the way is an error. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parent(Map<String, Object> root, Path path, boolean create) {
        if (path.isRoot()) {
            throw new ModelError(IllegalArgumentException.class);
        }
        Map<String, Object> level = root;
        for (String key : path.segments().init()) {
            Object child = level.get(key);
            if (child == null && !create) {
                throw new ModelError(NoSuchElementException.class);
            } else if (child == null) {
                child = new LinkedHashMap<String, Object>();
                level.put(key, child);
            } else if (!(child instanceof Map)) {
                throw new ModelError(IllegalArgumentException.class);
            }
            level = (Map<String, Object>) child;
        }
        return level;
    }

    private static Tuple2<Map<String, Object>, String> same(Map<String, Object> map) {
        return Tuple.of(map, "");
    }

    private static String renderNode(Object node) {
        return node instanceof Map<?, ?> m ? TreeGen.render(m) : String.valueOf(node);
    }

    private static String renderNode(Either<FrozenDict<Integer>, Integer> node) {
        return node.isLeft() ? TreeGen.render(node.getLeft()) : String.valueOf(node.get());
    }

    record With(Path path, int value) implements Command<Sut, Model> {
        @Override
        public void run(Sut s) {
            s.step(t -> Tuple.of(t.with(path, value), ""), b -> b.put(path, value));
        }

        @Override
        public Model nextState(Model m) {
            return m.step(map -> {
                parent(map, path, true).put(path.last(), value);
                return same(map);
            });
        }
    }

    record WithSubtree(Path path, Map<String, Object> subtree) implements Command<Sut, Model> {
        @Override
        public void run(Sut s) {
            FrozenDict<Integer> sub = FrozenDict.of(subtree);
            s.step(t -> Tuple.of(t.withSubtree(path, sub), ""), b -> b.putSubtree(path, sub));
        }

        @Override
        public Model nextState(Model m) {
            return m.step(map -> {
                if (path.isRoot()) {
                    return same(deepCopy(subtree));
                }
                parent(map, path, true).put(path.last(), deepCopy(subtree));
                return same(map);
            });
        }
    }

    record Without(Path path) implements Command<Sut, Model> {
        @Override
        public void run(Sut s) {
            s.step(t -> Tuple.of(t.without(path), ""), b -> b.remove(path));
        }

        @Override
        public Model nextState(Model m) {
            return m.step(map -> {
                Map<String, Object> level = parent(map, path, false);
                if (!level.containsKey(path.last())) {
                    throw new ModelError(NoSuchElementException.class);
                }
                level.remove(path.last());
                return same(map);
            });
        }
    }

    record Copy(Map<String, Object> addOrReplace) implements Command<Sut, Model> {
        @Override
        public void run(Sut s) {
            s.step(t -> Tuple.of(t.copy(addOrReplace), ""), b -> FrozenDict.<Integer>of(addOrReplace).items()
                    .forEach((k, node) -> node.fold(sub -> b.putSubtree(k, sub), leaf -> b.put(k, leaf))));
        }

        @Override
        public Model nextState(Model m) {
            return m.step(map -> {
                map.putAll(deepCopy(addOrReplace));
                return same(map);
            });
        }
    }

    record Pop(String key) implements Command<Sut, Model> {
        @Override
        public void run(Sut s) {
            s.step(t -> t.pop(key).map2(node -> " popped " + renderNode(node)), b -> b.remove(key));
        }

        @Override
        public Model nextState(Model m) {
            return m.step(map -> {
                if (!map.containsKey(key)) {
                    throw new ModelError(NoSuchElementException.class);
                }
                return Tuple.of(map, " popped " + renderNode(map.remove(key)));
            });
        }
    }

    record Refreeze() implements Command<Sut, Model> {
        @Override
        public void run(Sut s) {
            s.step(t -> Tuple.of(t.unfreeze().freeze(), ""), b -> b.freeze());
        }

        @Override
        public Model nextState(Model m) {
            return m.step(UnaryOperator.<Map<String, Object>>identity().andThen(MutableDictProperties::same));
        }
    }
}
