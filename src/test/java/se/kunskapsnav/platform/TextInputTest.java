package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextInputTest {

    @Test
    void textIsTrimmedAndMarkupIsKeptAsTyped() {
        Map<String, String> problems = new HashMap<>();
        assertEquals("Anna <b>Andersson</b>", TextInput.required("  Anna <b>Andersson</b> ", 200, "name", problems));
        assertEquals(Map.of(), problems);
    }

    @Test
    void emptyOverLongAndControlCharactersAreReportedAtTheField() {
        Map<String, String> problems = new HashMap<>();
        TextInput.required("   ", 200, "name", problems);
        TextInput.optional("x".repeat(201), 200, "organisation", problems);
        TextInput.required("rad ett\nrad två", 200, "tokenName", problems);
        assertEquals(Map.of("name", "validation.required", "organisation", "validation.tooLong",
                "tokenName", "validation.tooLong"), problems);
        assertEquals("", TextInput.optional(null, 200, "other", problems));
    }

    @Test
    void datesTimesAndNumbersAreReadOrReportedAtTheirField() {
        Map<String, String> problems = new HashMap<>();
        assertEquals(LocalDateTime.of(2026, 3, 3, 9, 0), TextInput.dateTime(" 2026-03-03T09:00 ", "start", problems));
        assertEquals(LocalDateTime.of(2026, 3, 3, 9, 0), TextInput.dateTime("2026-03-03 09:00", "start", problems),
                "as the message asks a person to write it where the browser offers a text field");
        assertEquals(LocalDate.of(2026, 3, 3), TextInput.date("2026-03-03", "visitedOn", problems));
        assertEquals(12, TextInput.wholeNumber("12", "capacity", "courses.form.capacityNotNumber", problems));
        assertNull(TextInput.date(" ", "endsOn", problems), "not given is not a problem here");
        assertEquals(Map.of(), problems);

        assertNull(TextInput.dateTime("3 mars 09.00", "start", problems));
        assertNull(TextInput.date("2026-02-30", "visitedOn", problems));
        assertNull(TextInput.wholeNumber("tolv", "capacity", "courses.form.capacityNotNumber", problems));
        assertEquals(Map.of("start", "validation.invalidDateTime", "visitedOn", "validation.invalidDate",
                "capacity", "courses.form.capacityNotNumber"), problems);
    }

    @Test
    void anIdThatIsNoNumberNamesNoRow() {
        assertNull(TextInput.id(""));
        assertEquals(17L, TextInput.id(" 17 "));
        assertEquals(-1L, TextInput.id("övrig"));
    }
}
