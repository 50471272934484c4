package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearsTest {

    @Test
    void factsAreRecordedFor2000To2099() {
        assertTrue(Years.isRecordable(2000));
        assertTrue(Years.isRecordable(2099));
        assertFalse(Years.isRecordable(1999));
        assertFalse(Years.isRecordable(2100));
    }

    @Test
    void aTypedYearIsReadWhenItIsOneOfThem() {
        assertEquals(OptionalInt.of(2026), Years.parse(" 2026 "));
        assertEquals(OptionalInt.of(2099), Years.parse("2099"));
        assertEquals(OptionalInt.empty(), Years.parse("2100"));
        assertEquals(OptionalInt.empty(), Years.parse("1999"));
        assertEquals(OptionalInt.empty(), Years.parse("26"));
        assertEquals(OptionalInt.empty(), Years.parse("tjugo"));
        assertEquals(OptionalInt.empty(), Years.parse("+2026"));
        assertEquals(OptionalInt.empty(), Years.parse(null));
    }
}
