package se.kunskapsnav.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevalidatedPagesTest {

    @Test
    void publicReadOnlyPagesAreRevalidated() {
        for (String path : new String[]{"/", "/lan", "/lan/01", "/lan/AB", "/kurser", "/kurser/7", "/sok", "/natverk",
                "/material", "/uppfoljning", "/om", "/tillganglighet"}) {
            assertTrue(RevalidatedPages.covers(path), path);
        }
    }

    @Test
    void personalFormAndFilePagesAreNot() {
        for (String path : new String[]{"/mina-anmalningar", "/mina-anmalningar/7", "/logga-in", "/admin/kurser",
                "/kurser/7/anmalningar", "/kurser/ny", "/uppfoljning/arsrapport", "/uppfoljning/rapport.csv",
                "/lan/01/kalender.ics", "/index.xhtml", "/natverk/traffar/3"}) {
            assertFalse(RevalidatedPages.covers(path), path);
        }
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsAList() {
        String tag = "W/\"812-29841230\"";
        assertTrue(RevalidatedPages.matches(tag, tag));
        assertTrue(RevalidatedPages.matches("\"812-29841230\"", tag), "the strong form of the same value");
        assertTrue(RevalidatedPages.matches("W/\"1-1\", W/\"812-29841230\"", tag));
        assertTrue(RevalidatedPages.matches("*", tag));
        assertFalse(RevalidatedPages.matches(null, tag));
        assertFalse(RevalidatedPages.matches("W/\"813-29841230\"", tag), "a later change");
        assertFalse(RevalidatedPages.matches("W/\"812-29841231\"", tag), "the next minute");
    }
}
