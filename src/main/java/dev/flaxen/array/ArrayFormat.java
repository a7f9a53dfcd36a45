package dev.flaxen.array;

import java.util.function.IntFunction;

/**
 * {@code repr()} of a JAX array: {@code Array(<numpy array2string>, dtype=...)} with numpy's defaults
 * (line width 75, summarise above 1000 elements with 3 edge items per axis, separator {@code ", "}).
 *
 * <p>Elements: bool prints {@code True}/{@code False}; integers right-aligned to the widest; float16,
 * float32 and float64 through {@link FloatFormat}; bfloat16, which numpy does not treat as a float type,
 * as each scalar's own repr (C's {@code %g}, unaligned). An empty array prints as
 * {@code Array([], shape=(0, 3), dtype=float32)}.
 */
final class ArrayFormat {
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String PREFIX = "Array(";
    private static final String SEPARATOR = ", ";

    private final int[] dims;
    private final int[] strides;
    private final boolean summarise;
    private final IntFunction<String> element;

    private ArrayFormat(Array x) {
        this.dims = x.shape().toArray();
        this.strides = StridedLoop.contiguousStrides(dims);
        this.summarise = x.size() > THRESHOLD;
        this.element = elementFormat(x, shownIndices());
    }

    static String repr(Array x) {
        String dtype = "dtype=" + x.dtype();
        String s = x.size() == 0 ? "[], shape=" + x.shape() : new ArrayFormat(x).format();
        int lastLine = s.length() - s.lastIndexOf('\n') + 1;
        String sep = lastLine + dtype.length() + 2 > LINE_WIDTH ? " ".repeat(PREFIX.length()) : " ";
        return PREFIX + s + "," + sep + dtype + ")";
    }

    /** Flat indices of the elements that will be shown (all, or the corners when summarising). */
    private int[] shownIndices() {
        int count = 1;
        int[][] perAxis = new int[dims.length][];
        for (int axis = 0; axis < dims.length; axis++) {
            boolean cut = summarise && dims[axis] > 2 * EDGE_ITEMS;
            perAxis[axis] = new int[cut ? 2 * EDGE_ITEMS : dims[axis]];
            for (int i = 0; i < perAxis[axis].length; i++) {
                perAxis[axis][i] = cut && i >= EDGE_ITEMS ? dims[axis] - 2 * EDGE_ITEMS + i : i;
            }
            count *= perAxis[axis].length;
        }
        int[] flat = new int[count];
        for (int k = 0; k < count; k++) {
            int rest = k;
            for (int axis = dims.length - 1; axis >= 0; axis--) {
                flat[k] += perAxis[axis][rest % perAxis[axis].length] * strides[axis];
                rest /= perAxis[axis].length;
            }
        }
        return flat;
    }

    private static IntFunction<String> elementFormat(Array x, int[] shown) {
        DType t = x.dtype();
        Object data = x.data();
        if (t == DType.BOOL) {
            String trueString = x.ndim() == 0 ? "True" : " True";
            return i -> Storage.getLong(t, data, i) != 0 ? trueString : "False";
        } else if (t == DType.BF16) {
            return i -> FloatDigits.cFormatG(Storage.getDouble(t, data, i));
        } else if (t.isFloating()) {
            double[] values = new double[shown.length];
            for (int k = 0; k < shown.length; k++) {
                values[k] = Storage.getDouble(t, data, shown[k]);
            }
            FloatFormat f = new FloatFormat(t, values);
            return i -> f.format(Storage.getDouble(t, data, i));
        }
        IntFunction<String> plain = i -> t == DType.U64 ? Long.toUnsignedString(Storage.getLong(t, data, i))
                : Long.toString(Storage.getLong(t, data, i));
        int width = 0;
        for (int i : shown) {
            width = Math.max(width, plain.apply(i).length());
        }
        int w = width;
        return i -> {
            String s = plain.apply(i);
            return " ".repeat(w - s.length()) + s;
        };
    }

    /** numpy's {@code _formatArray}. */
    private String format() {
        String hanging = " ".repeat(1 + PREFIX.length());
        return recurse(0, 0, hanging, LINE_WIDTH - 1);
    }

    private String recurse(int axis, int offset, String hanging, int width) {
        if (axis == dims.length) {
            return element.apply(offset);
        }
        int len = dims[axis];
        boolean cut = summarise && 2 * EDGE_ITEMS < len;
        int leading = cut ? EDGE_ITEMS : 0;
        int trailing = cut ? EDGE_ITEMS : len;
        StringBuilder s = new StringBuilder();
        if (axis == dims.length - 1) {
            row(s, offset, hanging, width - 1, leading, trailing);
        } else {
            String lineSep = "," + "\n".repeat(dims.length - axis - 1);
            for (int i = 0; i < leading; i++) {
                s.append(hanging).append(recurse(axis + 1, offset + i * strides[axis], hanging + " ", width - 1))
                        .append(lineSep);
            }
            if (cut) {
                s.append(hanging).append("...").append(lineSep);
            }
            for (int i = len - trailing; i < len; i++) {
                s.append(hanging).append(recurse(axis + 1, offset + i * strides[axis], hanging + " ", width - 1))
                        .append(i < len - 1 ? lineSep : "");
            }
        }
        return "[" + s.substring(hanging.length()) + "]";
    }

    /** The last axis: elements separated by ", ", wrapped before a word that would pass {@code width}. */
    private void row(StringBuilder s, int offset, String hanging, int width, int leading, int trailing) {
        int len = dims[dims.length - 1];
        StringBuilder line = new StringBuilder(hanging);
        for (int i = 0; i < leading; i++) {
            extend(s, line, element.apply(offset + i), width, hanging);
            line.append(SEPARATOR);
        }
        if (leading > 0) {
            extend(s, line, "...", width, hanging);
            line.append(SEPARATOR);
        }
        for (int i = len - trailing; i < len; i++) {
            extend(s, line, element.apply(offset + i), width, hanging);
            line.append(i < len - 1 ? SEPARATOR : "");
        }
        s.append(line);
    }

    /** numpy's {@code _extendLine}: wrap unless the line holds nothing but the indent. */
    private static void extend(StringBuilder s, StringBuilder line, String word, int width, String hanging) {
        if (line.length() + word.length() > width && line.length() > hanging.length()) {
            s.append(line.toString().stripTrailing()).append('\n');
            line.setLength(0);
            line.append(hanging);
        }
        line.append(word);
    }
}
