package dev.flaxen.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flaxen.array.DType;
import dev.flaxen.array.Shape;
import dev.flaxen.random.PRNGKey;
import dev.flaxen.random.ThreefryMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the JSON-lines known-answer files under {@code src/test/resources/vectors} (see PROVENANCE.md there): one
 * case per line, with the fields the generators share ({@code mode}, {@code key}, {@code shape}, {@code dtype},
 * {@code tags}, hex {@code bits}).
 *
 * <pre>{@code
 * for (JsonNode c : VectorFiles.load("/vectors/initializers-extra.jsonl")) {
 *     Array got = init.init(VectorFiles.key(c), VectorFiles.shape(c), VectorFiles.dtype(c));
 * }
 * }</pre>
 */
public final class VectorFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VectorFiles() {
    }

    /**
     * The cases of a JSON-lines resource, in file order; blank lines are skipped.
     *
     * @param resource the class-path resource, e.g. {@code /vectors/random.jsonl}
     * @return the cases
     * @throws UncheckedIOException if it cannot be read or parsed
     * @throws NullPointerException if there is no such resource
     */
    public static List<JsonNode> load(String resource) {
        InputStream in = Objects.requireNonNull(VectorFiles.class.getResourceAsStream(resource), resource);
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(MAPPER.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A case's Threefry mode: its {@code mode} field, {@code "legacy"} or partitionable.
     *
     * @param c the case
     * @return the mode
     */
    public static ThreefryMode mode(JsonNode c) {
        return c.get("mode").asText().equals("legacy") ? ThreefryMode.LEGACY : ThreefryMode.PARTITIONABLE;
    }

    /**
     * A key from its two data words, e.g. {@code [0, 42]}.
     *
     * @param words the words, as unsigned or signed 32-bit numbers
     * @param mode the mode
     * @return the key
     */
    public static PRNGKey key(JsonNode words, ThreefryMode mode) {
        return PRNGKey.fromWords((int) words.get(0).asLong(), (int) words.get(1).asLong(), mode);
    }

    /**
     * A case's key: its {@code key} words in its {@link #mode}.
     *
     * @param c the case
     * @return the key
     */
    public static PRNGKey key(JsonNode c) {
        return key(c.get("key"), mode(c));
    }

    /**
     * The {@code shape} field of a case, its parameters or an array object.
     *
     * @param node the object
     * @return the shape
     */
    public static Shape shape(JsonNode node) {
        JsonNode s = node.get("shape");
        int[] dims = new int[s.size()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = s.get(i).asInt();
        }
        return Shape.of(dims);
    }

    /**
     * The {@code dtype} field (JAX's name, e.g. {@code "bfloat16"}).
     *
     * @param node the object
     * @return the dtype
     */
    public static DType dtype(JsonNode node) {
        return DType.of(node.get("dtype").asText());
    }

    /**
     * The hex {@code bits} of an array object, one storage bit pattern per element.
     *
     * @param array the array object
     * @return the bit patterns, zero-extended
     */
    public static long[] bits(JsonNode array) {
        JsonNode bits = array.get("bits");
        long[] out = new long[bits.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new BigInteger(bits.get(i).asText(), 16).longValue();
        }
        return out;
    }

    /**
     * Whether a case lists exactly this tag.
     *
     * @param c the case
     * @param tag the tag, e.g. {@code "host-libm-dependent"}
     * @return whether one of its {@code tags} equals it (false without tags)
     */
    public static boolean hasTag(JsonNode c, String tag) {
        for (JsonNode t : c.path("tags")) {
            if (t.asText().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a case lists a tag that starts with {@code prefix} (tags such as {@code "approximate: QR via LAPACK;
     * compare with tolerance"} carry a note).
     *
     * @param c the case
     * @param prefix the start of the tag
     * @return whether one of its {@code tags} starts with it (false without tags)
     */
    public static boolean hasTagStartingWith(JsonNode c, String prefix) {
        for (JsonNode t : c.path("tags")) {
            if (t.asText().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
