package se.kunskapsnav.courses;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.testsupport.PdfStructure;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificatePdfTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void certificateShowsParticipantCourseOrganiserAndSwedishLetters() throws IOException {
        Certificate certificate = Certificate.ofSessions("Åsa Öberg-Ängström", "Våld i nära relationer – grundkurs",
                "Länsstyrelsen i Västra Götalands län",
                List.of(session(2026, 3, 3, 9, 0, 16, 0)), LocalDate.of(2026, 3, 20), "INT-2026-0042");

        String text = text(CertificatePdf.render(certificate));

        assertTrue(text.contains("Intyg"), text);
        assertTrue(text.contains("Åsa Öberg-Ängström har deltagit i utbildningen"), text);
        assertTrue(text.contains("Våld i nära relationer – grundkurs"), text);
        assertTrue(text.contains("Arrangör: Länsstyrelsen i Västra Götalands län"), text);
        assertTrue(text.contains("tisdag 3 mars 2026, 09.00–16.00"), text);
        assertTrue(text.contains("Totalt 7 timmar"), text);
        assertTrue(text.contains("Utfärdat 20 mars 2026"), text);
        assertTrue(text.contains("Intygets id: INT-2026-0042"), text);
    }

    @Test
    void certificateIsATaggedPdf() throws IOException {
        Certificate certificate = Certificate.ofSessions("Åsa Öberg-Ängström", "Våld i nära relationer – grundkurs",
                "Länsstyrelsen i Västra Götalands län",
                List.of(session(2026, 3, 3, 9, 0, 16, 0)), LocalDate.of(2026, 3, 20), "INT-2026-0042");

        PdfStructure structure = PdfStructure.checked(CertificatePdf.render(certificate),
                "Intyg: Våld i nära relationer – grundkurs");

        assertEquals("H1", structure.types().getFirst());
        assertTrue(structure.count("P") >= 6, structure.types().toString());
        assertEquals(1, structure.count("H1"));
    }

    @Test
    void samiLettersInANameRender() throws IOException {
        Certificate certificate = Certificate.ofSessions("Áŋŋá Ŧuđiš", "Grundkurs", "Länsstyrelsen i Norrbottens län",
                List.of(session(2026, 3, 3, 9, 0, 12, 0)), LocalDate.of(2026, 3, 20), "INT-1");

        assertTrue(text(CertificatePdf.render(certificate)).contains("Áŋŋá Ŧuđiš"));
    }

    @Test
    void halfHoursAreShownWithADecimalComma() throws IOException {
        Certificate certificate = Certificate.ofSessions("Per Persson", "Fördjupning", "Länsstyrelsen i Skåne län",
                List.of(session(2026, 4, 14, 9, 0, 12, 0), session(2026, 4, 15, 13, 0, 17, 30)),
                LocalDate.of(2026, 4, 16), "INT-2");

        String text = text(CertificatePdf.render(certificate));

        assertTrue(text.contains("Totalt 7,5 timmar"), text);
        assertTrue(text.contains("onsdag 15 april 2026, 13.00–17.30"), text);
    }

    @Test
    void sessionOnTheDaySummerTimeEndsShowsTheLocalTimesGiven() throws IOException {
        // given in UTC, as a database might hand them over: 08:00Z–15:00Z is 09.00–16.00 after the change
        ZonedDateTime start = ZonedDateTime.of(2026, 10, 25, 8, 0, 0, 0, ZoneId.of("UTC"));
        ZonedDateTime end = ZonedDateTime.of(2026, 10, 25, 15, 0, 0, 0, ZoneId.of("UTC"));
        Certificate certificate = Certificate.ofSessions("Kim Lind", "Grundkurs", "Länsstyrelsen i Uppsala län",
                List.of(new CertificateSession(start, end)), LocalDate.of(2026, 10, 26), "INT-3");

        String text = text(CertificatePdf.render(certificate));

        assertTrue(text.contains("söndag 25 oktober 2026, 09.00–16.00"), text);
        assertTrue(text.contains("Totalt 7 timmar"), text);
    }

    @Test
    void certificateIsOneA4PageWithTitleAndLanguage() throws IOException {
        Certificate certificate = Certificate.ofSessions("Per Persson", "Fördjupning", "Länsstyrelsen i Skåne län",
                List.of(session(2026, 4, 14, 9, 0, 10, 0)), LocalDate.of(2026, 4, 16), "INT-4");

        PdfReader reader = new PdfReader(CertificatePdf.render(certificate));

        assertEquals(1, reader.getNumberOfPages());
        assertEquals(595, Math.round(reader.getPageSize(1).getWidth()));
        assertEquals(842, Math.round(reader.getPageSize(1).getHeight()));
        assertEquals("Intyg: Fördjupning", reader.getInfo().get("Title"));
        assertTrue(text(CertificatePdf.render(certificate)).contains("Totalt 1 timme"));
        assertEquals("sv-SE", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
    }

    private static CertificateSession session(int year, int month, int day, int startHour, int startMinute,
                                              int endHour, int endMinute) {
        return new CertificateSession(ZonedDateTime.of(year, month, day, startHour, startMinute, 0, 0, STOCKHOLM),
                ZonedDateTime.of(year, month, day, endHour, endMinute, 0, 0, STOCKHOLM));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        // lines wrap where the page is full, which is layout rather than content
        return text.toString().replaceAll("\\s+", " ");
    }
}
