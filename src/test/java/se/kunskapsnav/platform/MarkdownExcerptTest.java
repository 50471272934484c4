package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownExcerptTest {

    @Test
    void theFirstParagraphAsPlainText() {
        assertEquals("Ett nätverk för kvinnofridssamordnare i länet, se länsstyrelsens sida.",
                MarkdownExcerpt.of("""
                        ## Ett nätverk för **kvinnofridssamordnare** i länet, se [länsstyrelsens sida](https://x.se).

                        Vi träffas två gånger per termin."""));
    }

    @Test
    void listsAndQuotesLoseTheirMarks() {
        assertEquals("Erfarenhetsutbyte Metodstöd", MarkdownExcerpt.of("- Erfarenhetsutbyte\n- _Metodstöd_"));
        assertEquals("Citat", MarkdownExcerpt.of("> Citat"));
    }

    @Test
    void aLongParagraphIsCutAtAWord() {
        String excerpt = MarkdownExcerpt.of("ord ".repeat(100));
        assertTrue(excerpt.length() <= MarkdownExcerpt.MAX, excerpt);
        assertTrue(excerpt.endsWith("ord\u2026"), excerpt);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", MarkdownExcerpt.of(null));
        assertEquals("", MarkdownExcerpt.of("  \n "));
    }
}
