package se.kunskapsnav.networks.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PurposeExcerptTest {

    @Test
    void theFirstParagraphAsPlainText() {
        assertEquals("Ett nätverk för kvinnofridssamordnare i länet, se länsstyrelsens sida.",
                PurposeExcerpt.of("""
                        ## Ett nätverk för **kvinnofridssamordnare** i länet, se [länsstyrelsens sida](https://x.se).

                        Vi träffas två gånger per termin."""));
    }

    @Test
    void listsAndQuotesLoseTheirMarks() {
        assertEquals("Erfarenhetsutbyte Metodstöd", PurposeExcerpt.of("- Erfarenhetsutbyte\n- _Metodstöd_"));
        assertEquals("Citat", PurposeExcerpt.of("> Citat"));
    }

    @Test
    void aLongParagraphIsCutAtAWord() {
        String excerpt = PurposeExcerpt.of("ord ".repeat(100));
        assertTrue(excerpt.length() <= PurposeExcerpt.MAX, excerpt);
        assertTrue(excerpt.endsWith("ord\u2026"), excerpt);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", PurposeExcerpt.of(null));
        assertEquals("", PurposeExcerpt.of("  \n "));
    }
}
