package se.kunskapsnav.geography;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountyTest {

    private final County stockholm = new County(new CountyRow("01", "AB", "Stockholms län", "Stockholm"));

    @Test
    void isNamedByItsCodeOrItsLettersInAnyCase() {
        assertTrue(stockholm.isNamedBy("01"));
        assertTrue(stockholm.isNamedBy("AB"));
        assertTrue(stockholm.isNamedBy("ab"));
        assertFalse(stockholm.isNamedBy("1"));
        assertFalse(stockholm.isNamedBy("A"));
        assertFalse(stockholm.isNamedBy("Stockholm"));
    }

    @Test
    void applyingTheSameRowChangesNothing() {
        assertFalse(stockholm.apply(new CountyRow("01", "AB", "Stockholms län", "Stockholm")));
        assertTrue(stockholm.apply(new CountyRow("01", "AB", "Stockholms län", "Sthlm")));
    }
}
