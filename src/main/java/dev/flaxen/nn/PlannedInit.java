package dev.flaxen.nn;

import dev.flaxen.array.Array;
import dev.flaxen.array.ShapeDtypeStruct;
import dev.flaxen.random.Parallelism;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.MutableDict;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code init} from a plan: the module runs once on abstract inputs (as in {@code initShapes}, with the real keys),
 * which records every parameter it creates; if it creates nothing but parameters, their values come straight from their
 * initializers and the concrete forward pass, whose arithmetic {@code init} does not return, is skipped, as
 * {@code jax.jit(model.init)} lets XLA drop it. Values are pure functions of (key, shape, dtype), so the tree is bit for
 * bit the one the concrete run makes, at any thread count:
 * <ul>
 *   <li>leaves of {@link Parallelism#MIN_PARALLEL_ELEMENTS} elements or more one after another, each cut into
 *       slices on all threads by its sampler;</li>
 *   <li>smaller leaves side by side, one per thread at a time ({@link Parallelism#invokeAll}).</li>
 * </ul>
 * Anything else goes to the concrete run: a module that creates other collections (batch statistics) or reads values
 * of its abstract inputs, and any error, which the concrete run then reports as it always does.
 */
final class PlannedInit {
    /**
     * Thrown by {@link Scope} when a planning run would create a variable that is not a parameter: the plan cannot be
     * used, and stopping there spares the rest of the abstract run (and any side effects of the module after it).
     */
    static final RuntimeException NOT_ONLY_PARAMS = new RuntimeException("not only parameters", null, false, false) {
    };

    private PlannedInit() {
    }

    /** The variables of {@code init}, or none if the concrete run must make them. */
    static Option<FrozenDict<Array>> variables(Module module, Rngs rngs, Array[] inputs) {
        Run run = Run.plan("init", rngs);
        ShapeDtypeStruct[] specs = new ShapeDtypeStruct[inputs.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = ShapeDtypeStruct.of(inputs[i]);
        }
        List<PlannedParam> plan;
        try {
            Runs.runRoot(module, run, Runs.abstractInputs(specs));
            plan = run.planned();
            if (!shapes(plan).equals(run.variables())) {
                return Option.none();
            }
            Array[] values = make(plan);
            MutableDict<Array> tree = MutableDict.empty();
            for (int i = 0; i < values.length; i++) {
                tree.put(plan.get(i).path(), values[i]);
            }
            return Option.some(tree.freeze());
        } catch (RuntimeException e) {
            return Option.none();
        }
    }

    /** The tree the plan describes, with abstract leaves: equal to the run's only if the run made nothing else. */
    private static FrozenDict<Array> shapes(List<PlannedParam> plan) {
        MutableDict<Array> tree = MutableDict.empty();
        for (PlannedParam p : plan) {
            tree.put(p.path(), Array.abstractOf(p.shape(), p.dtype()));
        }
        return tree.freeze();
    }

    /**
     * The values in plan order. On one thread the initializers run one by one in creation order, as in the concrete
     * run; on more, the large leaves come first and the small ones after them, side by side.
     */
    private static Array[] make(List<PlannedParam> plan) {
        Array[] values = new Array[plan.size()];
        if (Parallelism.threads() == 1) {
            for (int i = 0; i < values.length; i++) {
                values[i] = plan.get(i).make();
            }
            return values;
        }
        List<Integer> small = new ArrayList<>();
        List<Supplier<Array>> tasks = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            PlannedParam p = plan.get(i);
            if (p.shape().size() >= Parallelism.MIN_PARALLEL_ELEMENTS) {
                values[i] = p.make();
            } else {
                small.add(i);
                tasks.add(p::make);
            }
        }
        List<Array> made = Parallelism.invokeAll(tasks);
        for (int k = 0; k < made.size(); k++) {
            values[small.get(k)] = made.get(k);
        }
        return values;
    }
}
