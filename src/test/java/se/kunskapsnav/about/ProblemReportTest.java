package se.kunskapsnav.about;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProblemReportTest {

    @Test
    void onlyTheDescriptionIsNeeded() {
        ProblemReport report = new ProblemReport("  Kartan går inte att nå med tangentbordet. ", null, " ").checked();
        assertEquals("Kartan går inte att nå med tangentbordet.", report.description());
        assertEquals("", report.page());
        assertEquals("", report.email());
    }

    @Test
    void everyBadFieldGetsItsMessageAtOnce() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ProblemReport(" ", "x".repeat(501), "inte en adress").checked());
        assertEquals(Map.of("description", "problemReport.description.required",
                "page", "problemReport.page.tooLong",
                "email", "problemReport.email.invalid"), e.fieldMessageKeys());
    }

    @Test
    void aDescriptionHasALimit() {
        new ProblemReport("a".repeat(ProblemReport.DESCRIPTION_MAX), "", "namn@exempel.se").checked();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ProblemReport("a".repeat(ProblemReport.DESCRIPTION_MAX + 1), "", "").checked());
        assertEquals(Map.of("description", "problemReport.description.tooLong"), e.fieldMessageKeys());
    }
}
