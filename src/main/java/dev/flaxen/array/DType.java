package dev.flaxen.array;

import java.util.Locale;

/**
 * The element type of an {@link Array}, named as JAX and numpy print it.
 *
 * <p>Floating types hold IEEE-754 values; {@link #BF16} and {@link #F16} are stored as their 16-bit
 * patterns and converted from {@code float} with round-to-nearest-even exactly as JAX does
 * (see {@link HalfFloats}). Unsigned types store their bit patterns in the signed Java primitive of
 * the same width and are read back unsigned.
 *
 * <pre>{@code
 * DType t = DType.of("bfloat16");   // DType.BF16
 * t.itemSize();                     // 2
 * t.toString();                     // "bfloat16"
 * }</pre>
 */
public enum DType {
    /** IEEE binary64, {@code float64}. */
    F64("float64", 8, Kind.FLOAT),
    /** IEEE binary32, {@code float32}: the default dtype everywhere in Flaxen. */
    F32("float32", 4, Kind.FLOAT),
    /** IEEE binary16, {@code float16}. */
    F16("float16", 2, Kind.FLOAT),
    /** Brain float, {@code bfloat16}: the top 16 bits of a float32. */
    BF16("bfloat16", 2, Kind.FLOAT),
    /** Signed 64-bit integer, {@code int64}. */
    I64("int64", 8, Kind.SIGNED),
    /** Signed 32-bit integer, {@code int32}. */
    I32("int32", 4, Kind.SIGNED),
    /** Signed 16-bit integer, {@code int16}. */
    I16("int16", 2, Kind.SIGNED),
    /** Signed 8-bit integer, {@code int8}. */
    I8("int8", 1, Kind.SIGNED),
    /** Unsigned 64-bit integer, {@code uint64}. */
    U64("uint64", 8, Kind.UNSIGNED),
    /** Unsigned 32-bit integer, {@code uint32}: the type of key words and random bits. */
    U32("uint32", 4, Kind.UNSIGNED),
    /** Unsigned 16-bit integer, {@code uint16}. */
    U16("uint16", 2, Kind.UNSIGNED),
    /** Unsigned 8-bit integer, {@code uint8}. */
    U8("uint8", 1, Kind.UNSIGNED),
    /** Boolean, {@code bool}: one byte per element, 0 or 1. */
    BOOL("bool", 1, Kind.BOOL);

    private enum Kind { FLOAT, SIGNED, UNSIGNED, BOOL }

    private final String jaxName;
    private final int itemSize;
    private final Kind kind;

    DType(String jaxName, int itemSize, Kind kind) {
        this.jaxName = jaxName;
        this.itemSize = itemSize;
        this.kind = kind;
    }

    /**
     * Looks up a dtype by the name JAX/numpy use ({@code "float32"}, {@code "bfloat16"}, {@code "uint8"}, ...),
     * ignoring case.
     *
     * <pre>{@code
     * DType.of("float32");   // DType.F32
     * }</pre>
     *
     * @param name a JAX dtype name
     * @return the dtype
     * @throws IllegalArgumentException if no dtype has that name; the message lists the known names
     */
    public static DType of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DType t : values()) {
            if (t.jaxName.equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("DType.of: unknown dtype '" + name + "'; known: " + knownNames());
    }

    private static String knownNames() {
        StringBuilder sb = new StringBuilder();
        for (DType t : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(t.jaxName);
        }
        return sb.toString();
    }

    /**
     * Bytes per element.
     *
     * @return 1, 2, 4 or 8
     */
    public int itemSize() {
        return itemSize;
    }

    /**
     * Bits per element.
     *
     * @return 8 times {@link #itemSize()}
     */
    public int bits() {
        return itemSize * 8;
    }

    /**
     * Whether this is a floating-point type (float64, float32, float16, bfloat16).
     *
     * @return true for floating types
     */
    public boolean isFloating() {
        return kind == Kind.FLOAT;
    }

    /**
     * Whether this is an integer type, signed or unsigned (not bool).
     *
     * @return true for integer types
     */
    public boolean isInteger() {
        return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
    }

    /**
     * Whether this is an unsigned integer type.
     *
     * @return true for uint8/16/32/64
     */
    public boolean isUnsigned() {
        return kind == Kind.UNSIGNED;
    }

    /**
     * Whether this is {@link #BOOL}.
     *
     * @return true for bool
     */
    public boolean isBool() {
        return kind == Kind.BOOL;
    }

    /**
     * The name JAX prints, e.g. {@code float32}.
     *
     * @return the JAX dtype name
     */
    @Override
    public String toString() {
        return jaxName;
    }
}
