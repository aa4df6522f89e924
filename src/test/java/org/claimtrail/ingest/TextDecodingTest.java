package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void utf8WithAndWithoutBom() {
        assertEquals("Kyiv – 100", TextDecoding.decode("Kyiv – 100".getBytes(StandardCharsets.UTF_8)).text());
        byte[] body = "Seoul".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertEquals("Seoul", TextDecoding.decode(bom).text());
    }

    @Test
    void utf16WithBom() {
        byte[] body = "Kursk".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals("Kursk", TextDecoding.decode(withBom).text());
        assertEquals("Kursk", TextDecoding.decode("\uFEFFKursk".getBytes(StandardCharsets.UTF_16BE)).text());
    }

    @Test
    void invalidUtf8IsBadEncoding() {
        TextDecoding.Decoded d = TextDecoding.decode(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
        assertEquals(RejectReason.BAD_ENCODING, d.failure());
    }

    @Test
    void binaryIsNotText() {
        assertEquals(RejectReason.NOT_TEXT, TextDecoding.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}).failure());
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 7);
        }
        assertEquals(RejectReason.NOT_TEXT, TextDecoding.decode(controls).failure());
        assertTrue(TextDecoding.decode("tab\tand\nlines\r\n".getBytes(StandardCharsets.UTF_8)).ok());
    }
}
