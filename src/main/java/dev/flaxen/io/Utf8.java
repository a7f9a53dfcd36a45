package dev.flaxen.io;

import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 both ways, as Python and Rust require: malformed bytes do not decode and strings holding a
 * lone surrogate do not encode (Java's default replaces both silently).
 */
final class Utf8 {
    private Utf8() {
    }

    /** The string of {@code bytes}; none if they are not well-formed UTF-8. */
    static Option<String> decode(byte[] bytes) {
        try {
            return Option.some(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Option.none();
        }
    }

    /** The UTF-8 bytes of {@code s}; none if it holds a lone surrogate. */
    static Option<byte[]> encode(String s) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return Option.some(out);
        } catch (CharacterCodingException e) {
            return Option.none();
        }
    }

    /** Whether every surrogate in {@code s} is part of a pair, so it is valid Unicode. */
    static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
