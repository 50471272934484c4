package se.kunskapsnav.yearlyreport;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerRulesTest {

    static final Question YES_NO = question(1, QuestionType.YES_NO, null);
    static final Question SCALE = question(2, QuestionType.SCALE, null);
    static final Question VISITS = question(3, QuestionType.NUMBER, YearlyFigure.MUNICIPAL_VISITS);
    static final Question NUMBER = question(4, QuestionType.NUMBER, null);
    static final Question TEXT = question(5, QuestionType.TEXT, null);
    static final List<Question> QUESTIONS = List.of(YES_NO, SCALE, VISITS, NUMBER, TEXT);

    static Question question(long id, QuestionType type, YearlyFigure prefill) {
        return new Question(id, 2025, (int) id, new ValidQuestion(type, "Fråga " + id, null, prefill));
    }

    private static String check(QuestionType type, String given, Map<String, String> problems) {
        return AnswerRules.check(type, given, "f", problems);
    }

    @Test
    void eachTypeTakesItsOwnAnswers() {
        Map<String, String> problems = new HashMap<>();
        assertEquals("YES", check(QuestionType.YES_NO, " yes ", problems));
        assertEquals("NO", check(QuestionType.YES_NO, "NO", problems));
        assertEquals("NOT_AT_ALL", check(QuestionType.SCALE, "not_at_all", problems));
        assertEquals("LARGELY", check(QuestionType.SCALE, "LARGELY", problems));
        assertEquals("1200", check(QuestionType.NUMBER, "1 200", problems));
        assertEquals("1200", check(QuestionType.NUMBER, "1\u00A0200", problems));
        assertEquals("0", check(QuestionType.NUMBER, "0", problems));
        assertEquals("Rad ett\nRad två", check(QuestionType.TEXT, "  Rad ett\nRad två  ", problems));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void emptyIsNoAnswerForEveryType() {
        Map<String, String> problems = new HashMap<>();
        for (QuestionType type : QuestionType.values()) {
            assertNull(check(type, "  ", problems));
            assertNull(check(type, null, problems));
        }
        assertTrue(problems.isEmpty());
    }

    @Test
    void wrongAnswersAreReportedWithTheTypesMessage() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ja", "yearly.answer.chooseYesNo");
        expected.put("ganska", "yearly.answer.chooseStep");
        expected.put("-3", "yearly.answer.notNumber");
        expected.put("2,5", "yearly.answer.notNumber");
        expected.put("tolv", "yearly.answer.notNumber");
        expected.put("100000001", "yearly.answer.numberTooLarge");
        QuestionType[] types = {QuestionType.YES_NO, QuestionType.SCALE, QuestionType.NUMBER, QuestionType.NUMBER,
                QuestionType.NUMBER, QuestionType.NUMBER};
        int i = 0;
        for (Map.Entry<String, String> bad : expected.entrySet()) {
            Map<String, String> problems = new HashMap<>();
            assertNull(check(types[i++], bad.getKey(), problems), bad.getKey());
            assertEquals(Map.of("f", bad.getValue()), problems, bad.getKey());
        }
        Map<String, String> problems = new HashMap<>();
        check(QuestionType.TEXT, "x".repeat(10_001), problems);
        assertEquals(Map.of("f", "validation.tooLong"), problems);
        assertEquals("100000000", check(QuestionType.NUMBER, "100000000", new HashMap<>()));
    }

    @Test
    void allAnswersAreCheckedAtOnceAtTheirQuestionsFields() {
        Map<Long, String> given = new LinkedHashMap<>();
        given.put(1L, "YES");
        given.put(2L, "mycket");
        given.put(4L, "");
        given.put(99L, "YES");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AnswerRules.checkAll(QUESTIONS, given));
        assertEquals(Map.of("answers[2]", "yearly.answer.chooseStep", "answers[99]", "yearly.answer.unknownQuestion"),
                e.fieldMessageKeys());

        given.put(2L, "partly");
        given.remove(99L);
        Map<Long, String> checked = AnswerRules.checkAll(QUESTIONS, given);
        assertEquals("PARTLY", checked.get(2L));
        assertTrue(checked.containsKey(4L), "an empty answer clears the saved one");
        assertNull(checked.get(4L));
        assertEquals(3, checked.size(), "questions not given are left alone");
    }

    @Test
    void aSubmissionAnswersEverythingButFreeTextAndTakesFiguresForEmptyPrefilledNumbers() {
        Map<Long, String> current = new HashMap<>(Map.of(1L, "NO", 2L, "FULLY", 4L, "7"));
        Map<Long, String> complete = AnswerRules.forSubmission(QUESTIONS, current, Map.of(),
                Map.of(YearlyFigure.MUNICIPAL_VISITS, 12L));
        assertEquals("12", complete.get(3L), "the figure from data when the county left it empty");
        assertNull(complete.get(5L), "free text may stay empty");
        assertEquals("7", complete.get(4L));

        current.put(3L, "10");
        assertEquals("10", AnswerRules.forSubmission(QUESTIONS, current, Map.of(), Map.of(YearlyFigure.MUNICIPAL_VISITS, 12L))
                .get(3L), "the county's correction wins");

        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> AnswerRules.forSubmission(QUESTIONS, Map.of(1L, "YES"), Map.of(), Map.of()));
        assertEquals(Map.of("answers[2]", "yearly.answer.requiredOnSubmit",
                        "answers[3]", "yearly.answer.requiredOnSubmit", "answers[4]", "yearly.answer.requiredOnSubmit"),
                missing.fieldMessageKeys());
    }

    @Test
    void aSubmissionRefusesWrongAndMissingAnswersInOneRound() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AnswerRules.forSubmission(QUESTIONS, Map.of(1L, "YES", 2L, "FULLY"),
                        Map.of(4L, "tolv", 2L, ""), Map.of()));
        assertEquals(Map.of("answers[4]", "yearly.answer.notNumber",
                        "answers[2]", "yearly.answer.requiredOnSubmit", "answers[3]", "yearly.answer.requiredOnSubmit"),
                refused.fieldMessageKeys());
    }

    @Test
    void answersReadAsSwedish() {
        assertEquals("Ja", AnswerRules.label(QuestionType.YES_NO, "YES"));
        assertEquals("Nej", AnswerRules.label(QuestionType.YES_NO, "NO"));
        assertEquals("I stor utsträckning", AnswerRules.label(QuestionType.SCALE, "LARGELY"));
        assertEquals("Inte alls", AnswerRules.label(QuestionType.SCALE, "NOT_AT_ALL"));
        assertEquals("12", AnswerRules.label(QuestionType.NUMBER, "12"));
        assertEquals("", AnswerRules.label(QuestionType.TEXT, null));
    }
}
