package dev.flaxen.nn;

import dev.flaxen.array.AbstractEval;
import dev.flaxen.array.Array;
import dev.flaxen.random.Parallelism;
import dev.flaxen.tree.FrozenDict;
import dev.flaxen.tree.MutableDict;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code init} from a plan. The module first runs once on the real inputs with abstract parameters (shape and dtype
 * only, each recorded with the key the concrete run draws for it); whatever it computes from parameters is abstract,
 * so that run costs next to nothing. The plan is used only if
 * <ul>
 *   <li>the run ended without an exception;</li>
 *   <li>it wrote nothing but new parameters ({@link Run#wroteOnlyParams}): no batch statistics, no other variable,
 *       even if the module caught {@link #NOT_ONLY_PARAMS};</li>
 *   <li>it needed no value of an abstract array ({@link AbstractEval}): it read none, even in an exception it caught,
 *       and no check of values was skipped (the bounds of indices computed from parameters; indices computed from
 *       the inputs alone are concrete and checked as in the concrete run);</li>
 *   <li>every initializer gives a concrete value of its shape and dtype ({@link PlannedParam#make}).</li>
 * </ul>
 * Then the run made every check the concrete run makes, and the values, pure functions of (key, shape, dtype), are
 * the ones the concrete run makes, bit for bit, at any thread count:
 * <ul>
 *   <li>leaves of {@link Parallelism#MIN_PARALLEL_ELEMENTS} elements or more one after another, each cut into
 *       slices on all threads by its sampler;</li>
 *   <li>smaller leaves side by side, one per thread at a time ({@link Parallelism#invokeAll}).</li>
 * </ul>
 * Otherwise {@code init} is the concrete run, which makes the tree or throws its error. So {@code init} returns the
 * concrete run's tree or throws the concrete run's error. Only what the module and its initializers throw means
 * "cannot plan": a fault in this class's own code propagates instead of hiding behind the concrete run.
 */
final class PlannedInit {
    /**
     * Thrown by {@link Run#writingOtherThanNewParam} when a planning run would write a variable other than a new
     * parameter: the plan cannot be used (the run records that first), and stopping there spares the rest of the run.
     */
    static final RuntimeException NOT_ONLY_PARAMS = new RuntimeException("not only parameters", null, false, false) {
    };

    private PlannedInit() {
    }

    /** The variables of {@code init}, or none if the concrete run must make them. */
    static Option<FrozenDict<Array>> variables(Module module, Rngs rngs, Array[] inputs) {
        Run run = Run.plan("init", rngs);
        if (!runs(module, run, inputs)) {
            return Option.none();
        }
        List<PlannedParam> plan = run.planned();
        return make(plan).map(values -> {
            MutableDict<Array> tree = MutableDict.empty();
            for (int i = 0; i < values.length; i++) {
                tree.put(plan.get(i).path(), values[i]);
            }
            return tree.freeze();
        });
    }

    /** Runs the module with abstract parameters: whether the run can stand for the concrete one. */
    private static boolean runs(Module module, Run run, Array[] inputs) {
        try {
            return !AbstractEval.needsValues(() -> Runs.runRoot(module, run, inputs)) && run.wroteOnlyParams();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The values in plan order, or none if one cannot be planned. On one thread the initializers run one by one in
     * creation order, as in the concrete run, up to the first that cannot be planned; on more, the large leaves come
     * first and the small ones after them, side by side.
     */
    private static Option<Array[]> make(List<PlannedParam> plan) {
        Array[] values = new Array[plan.size()];
        boolean oneThread = Parallelism.threads() == 1;
        List<Integer> small = new ArrayList<>();
        List<Supplier<Option<Array>>> tasks = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            PlannedParam p = plan.get(i);
            if (oneThread || p.shape().size() >= Parallelism.MIN_PARALLEL_ELEMENTS) {
                Option<Array> value = p.make();
                if (value.isEmpty()) {
                    return Option.none();
                }
                values[i] = value.get();
            } else {
                small.add(i);
                tasks.add(p::make);
            }
        }
        List<Option<Array>> made = Parallelism.invokeAll(tasks);
        for (int k = 0; k < made.size(); k++) {
            if (made.get(k).isEmpty()) {
                return Option.none();
            }
            values[small.get(k)] = made.get(k).get();
        }
        return Option.some(values);
    }
}
