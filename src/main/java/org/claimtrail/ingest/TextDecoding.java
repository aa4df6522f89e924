package org.claimtrail.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a file's bytes into text, or says why they are not text. UTF-8 is expected; a byte-order
 * mark selects UTF-8 or UTF-16. Decoding is strict: a corpus with broken bytes is reported, not
 * silently patched with replacement characters that would end up in claims.
 */
public final class TextDecoding {

    private TextDecoding() {
    }

    /** Share of control characters (other than tab and line breaks) above which bytes are not text. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    /** Decoded text, or the reason and detail of a failure. */
    public record Decoded(String text, RejectReason failure, String detail) {
        public boolean ok() {
            return failure == null;
        }
    }

    public static Decoded decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            for (byte b : bytes) {
                if (b == 0) {
                    return new Decoded(null, RejectReason.NOT_TEXT, "contains NUL bytes: binary data, not text");
                }
            }
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, skip, bytes.length)))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Decoded(null, RejectReason.BAD_ENCODING, "not valid " + charset.name() + ": " + e.getMessage());
        }
        return checkText(text);
    }

    /** Rejects strings that decoded but are mostly control characters. */
    public static Decoded checkText(String text) {
        long control = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (text.length() > 0 && control > MAX_CONTROL_SHARE * text.length()) {
            return new Decoded(null, RejectReason.NOT_TEXT,
                    control + " control characters in " + text.length() + ": binary data, not text");
        }
        return new Decoded(text, null, null);
    }
}
