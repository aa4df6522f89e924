package org.claimtrail.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ManifestCsvTest {

    @Test
    void quotedFieldsWithCommasQuotesAndLineBreaks() {
        ManifestCsv.Manifest m = ManifestCsv.parse(
                "file,outlet,url,published,lang\r\n"
                        + "a.txt,\"Times, The\",https://x.org/a,2024-12-20,en\r\n"
                        + "b.txt,\"The \"\"Daily\"\"\nPost\",,,\r\n");
        assertTrue(m.hasFileColumn());
        assertEquals(2, m.rows().size());
        assertEquals("Times, The", m.rows().get(0).fields().get("outlet"));
        assertEquals("The \"Daily\"\nPost", m.rows().get(1).fields().get("outlet"));
        assertEquals(3, m.rows().get(1).line());
    }

    @Test
    void missingAndExtraColumns() {
        ManifestCsv.Manifest m = ManifestCsv.parse("\uFEFFFile,Outlet,Section\na.txt,Wire,world\n");
        assertEquals("Wire", m.rows().get(0).fields().get("outlet"));
        assertEquals("world", m.rows().get(0).fields().get("section"));
        assertNull(m.rows().get(0).fields().get("published"));
    }

    @Test
    void rowWithWrongFieldCountIsFlagged() {
        ManifestCsv.Manifest m = ManifestCsv.parse("file,outlet\na.txt,Wire,extra\nb.txt,Post\n");
        assertNotNull(m.rows().get(0).problem());
        assertNull(m.rows().get(1).problem());
    }

    @Test
    void noFileColumn() {
        assertFalse(ManifestCsv.parse("name,outlet\na.txt,Wire\n").hasFileColumn());
        assertEquals(0, ManifestCsv.parse("").rows().size());
    }
}
