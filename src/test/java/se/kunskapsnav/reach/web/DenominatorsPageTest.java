package se.kunskapsnav.reach.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DenominatorsPageTest {

    @Test
    void numbersAreReadAsPeopleWriteThem() {
        assertEquals(1200, DenominatorsPage.number("1 200"));
        assertEquals(1200, DenominatorsPage.number(" 1\u00A0200 "));
        assertEquals(62, DenominatorsPage.number("62"));
        assertNull(DenominatorsPage.number(""));
        assertNull(DenominatorsPage.number(null));
        assertNull(DenominatorsPage.number("sextio"), "the rules say what is wrong with it");
        assertNull(DenominatorsPage.number("99999999999"));
    }
}
