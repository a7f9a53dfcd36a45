package dev.flaxen.io;

import dev.flaxen.array.DType;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The names each format gives the dtypes: numpy's ({@code float32}, {@code bfloat16}, ...) in Flax
 * msgpack, and safetensors' codes ({@code F32}, {@code BF16}, ...), with the order in which the safetensors
 * library lays tensors out.
 */
final class DTypeNames {
    /**
     * Flaxen's dtypes in the order of the Rust {@code safetensors::Dtype} enum (BOOL, U8, I8, I16, U16, F16,
     * BF16, I32, U32, F32, F64, I64, U64; safetensors/src/tensor.rs), which {@code serialize} sorts by,
     * descending.
     */
    private static final Vector<DType> SAFETENSORS_ORDER = Vector.of(DType.BOOL, DType.U8, DType.I8, DType.I16,
            DType.U16, DType.F16, DType.BF16, DType.I32, DType.U32, DType.F32, DType.F64, DType.I64, DType.U64);

    private DTypeNames() {
    }

    /** The numpy name Flax writes, {@code arr.dtype.name}. */
    static String numpyName(DType dtype) {
        return dtype.toString();
    }

    /** The dtype of an exact numpy name; none for names numpy would not print (case matters). */
    static Option<DType> ofNumpyName(String name) {
        return Vector.of(DType.values()).find(t -> t.toString().equals(name));
    }

    /** The safetensors code, such as {@code F32}. */
    static String safetensorsCode(DType dtype) {
        return switch (dtype) {
            case F64 -> "F64";
            case F32 -> "F32";
            case F16 -> "F16";
            case BF16 -> "BF16";
            case I64 -> "I64";
            case I32 -> "I32";
            case I16 -> "I16";
            case I8 -> "I8";
            case U64 -> "U64";
            case U32 -> "U32";
            case U16 -> "U16";
            case U8 -> "U8";
            case BOOL -> "BOOL";
        };
    }

    /** The dtype of a safetensors code; none for codes Flaxen has no dtype for (C64, F8_E4M3, ...). */
    static Option<DType> ofSafetensorsCode(String code) {
        return SAFETENSORS_ORDER.find(t -> safetensorsCode(t).equals(code));
    }

    /** The position of a dtype in the safetensors enum; the library writes larger positions first. */
    static int safetensorsRank(DType dtype) {
        return SAFETENSORS_ORDER.indexOf(dtype);
    }

    /** The names Flaxen knows, for error messages: {@code "float64, float32, ..."}. */
    static String knownNumpyNames() {
        return Vector.of(DType.values()).mkString(", ");
    }

    /** The codes Flaxen knows, for error messages: {@code "F64, F32, ..."}. */
    static String knownSafetensorsCodes() {
        return Vector.of(DType.values()).map(DTypeNames::safetensorsCode).mkString(", ");
    }
}
