package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
