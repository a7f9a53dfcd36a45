package dev.flaxen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flaxen.array.Array;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.nn.Module;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Models described in JSON, the input of {@code flaxen init}: the sample input's shape and dtype and a tree of layers
 * with Flax's attribute names. {@code docs/cli.md} defines the schema; initializers are the configs
 * {@link dev.flaxen.init.Initializers#fromConfig(JsonNode)} reads.
 *
 * <pre>{@code
 * Model m = ModelJson.parse("""
 *     {"input": [1, 784], "model": {"type": "Sequential", "layers": [
 *         {"type": "Dense", "features": 512}, {"type": "relu"}, {"type": "Dense", "features": 10}]}}
 *     """);
 * m.init(PRNGKey.of(0));   // = Presets.mlp(784, 512, 10).init(PRNGKey.of(0))
 * }</pre>
 *
 * <p>Every problem is an {@link IllegalArgumentException} whose one-line message names the JSON path and the bad
 * value: {@code ModelJson.parse: expected a positive integer, got "512" at $.model.layers[0].features}.
 */
public final class ModelJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> KEYS = List.of("name", "description", "input", "dtype", "model");

    private ModelJson() {
    }

    /**
     * Reads a model description from JSON text.
     *
     * <pre>{@code
     * ModelJson.parse("{\"input\": [2, 4], \"model\": {\"type\": \"Dense\", \"features\": 8}}").module();
     * // Dense.of(8)
     * }</pre>
     *
     * @param json the JSON text
     * @return the model, named by its {@code "name"} (default {@code "model"})
     * @throws IllegalArgumentException if the text is not JSON or does not follow the schema; the message names the
     *     JSON path
     */
    public static Model parse(String json) {
        return parse(Objects.requireNonNull(json, "json"), new JsonFields.Errors("ModelJson.parse", ""), "model",
                UnaryOperator.identity());
    }

    /**
     * Reads a model description from a UTF-8 JSON file.
     *
     * <pre>{@code
     * Model m = ModelJson.read(Path.of("cnn.json"));
     * m.name();   // "small-cnn": its "name" (else it would be "cnn.json")
     * }</pre>
     *
     * @param file the file
     * @return the model, named by its {@code "name"} (default: the file name)
     * @throws IllegalArgumentException if the file is not JSON or does not follow the schema; the message names the
     *     JSON path and the file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Model read(Path file) {
        return read(file, UnaryOperator.identity());
    }

    /** {@link #read(Path)}; {@code layer} is applied to every layer with parameters. */
    static Model read(Path file, UnaryOperator<Module> layer) {
        String op = "ModelJson.read";
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw CliErrors.cannotRead(op, file, e);
        }
        Path name = file.getFileName();
        return parse(text, new JsonFields.Errors(op, " (file " + file + ")"), name == null ? "model" : name.toString(),
                layer);
    }

    private static Model parse(String text, JsonFields.Errors errors, String defaultName, UnaryOperator<Module> layer) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException(errors.op() + ": expected JSON, got " + oneLine(e.getOriginalMessage())
                    + where + errors.where(), e);
        }
        JsonFields top = JsonFields.of(errors, root, "$", "a model description", KEYS);
        top.string("description");
        String name = top.string("name").orElse(defaultName);
        Shape shape = Shape.of(inputDims(top));
        DType dtype = top.dtype("dtype").orElse(DType.F32);
        Module module = new JsonLayers(errors, layer).read(top.required("model", "a layer object"), "$.model");
        return new Model(name, module, Array.zeros(shape, dtype));
    }

    private static int[] inputDims(JsonFields top) {
        JsonNode input = top.required("input", "the input shape, an array of positive integers");
        Vector<Integer> dims = top.ints("input", 1, "positive integers").get();
        long size = 1;
        for (int d : dims) {
            size *= d;
            if (size > Integer.MAX_VALUE - 8) {
                throw top.errors().expected("an input of at most " + (Integer.MAX_VALUE - 8) + " elements", input,
                        "$.input", "The input only shapes the parameters; use batch size 1");
            }
        }
        return dims.toJavaStream().mapToInt(Integer::intValue).toArray();
    }

    /** Jackson's message on one line, its {@code [Source: ...]} locations reduced to line and column. */
    private static String oneLine(String s) {
        if (s == null) {
            return "nothing";
        }
        return s.replaceAll("\\s*\\R\\s*", " ")
                .replaceAll("\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)]\\)",
                        "(opened at line $1, column $2)")
                .trim();
    }
}
