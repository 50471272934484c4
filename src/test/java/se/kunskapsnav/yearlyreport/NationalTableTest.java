package se.kunskapsnav.yearlyreport;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NationalTableTest {

    @Test
    void submittedCountiesHaveARowPerQuestionAndTheOthersTheirStatus() {
        List<Question> questions = List.of(
                new Question(7, 2025, 1, new ValidQuestion(QuestionType.YES_NO, "Information om SOSFS?", null, null)),
                new Question(8, 2025, 2, new ValidQuestion(QuestionType.NUMBER, "Antal kommunbesök", null,
                        YearlyFigure.MUNICIPAL_VISITS)),
                new Question(9, 2025, 3, new ValidQuestion(QuestionType.TEXT, "Övrigt", null, null)));
        Map<String, String> counties = new LinkedHashMap<>();
        counties.put("01", "Stockholms län");
        counties.put("03", "Uppsala län");
        counties.put("04", "Södermanlands län");
        Instant submittedAt = Instant.parse("2026-02-10T08:30:00Z");
        Map<String, NationalTable.CountyStatus> statuses = Map.of(
                "01", new NationalTable.CountyStatus(ReportStatus.SUBMITTED, submittedAt),
                "03", new NationalTable.CountyStatus(ReportStatus.DRAFT, null));
        Map<String, Map<Long, AnswerValue>> submitted = Map.of("01",
                Map.of(7L, new AnswerValue("YES", null), 8L, new AnswerValue("14", 12L)));

        List<List<String>> rows = NationalTable.rows(questions, counties, statuses, submitted);

        assertEquals(List.of("Län", "Status", "Inlämnad", "Fråga nr", "Fråga", "Frågetyp", "Svar", "Värde från data"),
                NationalTable.header());
        assertEquals(List.of(
                List.of("Stockholms län", "Inlämnad", "2026-02-10 09:30", "1", "Information om SOSFS?", "Ja eller nej",
                        "Ja", ""),
                List.of("Stockholms län", "Inlämnad", "2026-02-10 09:30", "2", "Antal kommunbesök", "Antal", "14",
                        "12"),
                List.of("Stockholms län", "Inlämnad", "2026-02-10 09:30", "3", "Övrigt", "Fritext", "", ""),
                List.of("Uppsala län", "Utkast", "", "", "", "", "", ""),
                List.of("Södermanlands län", "Inte påbörjad", "", "", "", "", "", "")), rows);
    }
}
