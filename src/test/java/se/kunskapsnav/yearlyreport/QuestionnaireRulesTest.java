package se.kunskapsnav.yearlyreport;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.RefusedException;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuestionnaireRulesTest {

    @Test
    void aQuestionIsTrimmedAndTyped() {
        ValidQuestion yesNo = QuestionnaireRules.check(new QuestionInput("yes_no",
                "  Erbjöd länet information om SOSFS 2014:4? ", " erbjöd information om SOSFS 2014:4 ", ""));
        assertEquals(new ValidQuestion(QuestionType.YES_NO, "Erbjöd länet information om SOSFS 2014:4?",
                "erbjöd information om SOSFS 2014:4", null), yesNo);
        ValidQuestion number = QuestionnaireRules.check(new QuestionInput("NUMBER", "Antal kommunbesök", null,
                "MUNICIPAL_VISITS"));
        assertEquals(YearlyFigure.MUNICIPAL_VISITS, number.prefill());
        assertNull(number.summaryPhrase());
    }

    @Test
    void everyProblemIsReportedAtItsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QuestionnaireRules.check(
                new QuestionInput("", " ", null, "NO_SUCH_FIGURE")));
        assertEquals(Map.of("type", "yearly.question.typeRequired", "text", "validation.required",
                "prefill", "yearly.question.unknownFigure"), e.fieldMessageKeys());
        assertEquals("yearly.question.unknownType", assertThrows(InvalidInputException.class, () ->
                QuestionnaireRules.check(new QuestionInput("DATE", "När?", null, null)))
                .fieldMessageKeys().get("type"));
        assertEquals("validation.tooLong", assertThrows(InvalidInputException.class, () ->
                QuestionnaireRules.check(new QuestionInput("TEXT", "x".repeat(1001), null, null)))
                .fieldMessageKeys().get("text"));
    }

    @Test
    void aPhraseOnlyForYesNoAndAFigureOnlyForNumbers() {
        InvalidInputException phrase = assertThrows(InvalidInputException.class, () -> QuestionnaireRules.check(
                new QuestionInput("SCALE", "I vilken utsträckning?", "erbjöd stöd", null)));
        assertEquals(Map.of("summaryPhrase", "yearly.question.phraseOnlyYesNo"), phrase.fieldMessageKeys());
        InvalidInputException figure = assertThrows(InvalidInputException.class, () -> QuestionnaireRules.check(
                new QuestionInput("TEXT", "Beskriv", null, "PERSONS_REACHED")));
        assertEquals(Map.of("prefill", "yearly.question.prefillOnlyNumber"), figure.fieldMessageKeys());
    }

    @Test
    void yearsFrom2000To2099() {
        assertDoesNotThrow(() -> QuestionnaireRules.checkYear(2000));
        assertDoesNotThrow(() -> QuestionnaireRules.checkYear(2099));
        assertEquals(Map.of("year", "yearly.year.invalid"),
                assertThrows(InvalidInputException.class, () -> QuestionnaireRules.checkYear(1999))
                        .fieldMessageKeys());
        assertThrows(InvalidInputException.class, () -> QuestionnaireRules.checkYear(2100));
    }

    @Test
    void questionsAreRemovedOnlyBeforeAnyReportIsSubmittedAndAddedUpToALimit() {
        assertDoesNotThrow(() -> QuestionnaireRules.requireMayRemove(false));
        assertEquals("yearly.question.locked",
                assertThrows(RefusedException.class, () -> QuestionnaireRules.requireMayRemove(true)).messageKey());
        assertDoesNotThrow(() -> QuestionnaireRules.requireRoomFor(199));
        assertThrows(RefusedException.class, () -> QuestionnaireRules.requireRoomFor(200));
    }

    @Test
    void anOrderNamesEveryQuestionOnce() {
        List<Long> current = List.of(1L, 2L, 3L);
        assertEquals(List.of(3L, 1L, 2L), QuestionnaireRules.reordered(current, List.of(3L, 1L, 2L)));
        for (List<Long> bad : List.of(List.of(1L, 2L), List.of(1L, 2L, 2L), List.of(1L, 2L, 4L),
                List.of(1L, 2L, 3L, 4L))) {
            assertEquals(Map.of("questions", "yearly.question.badOrder"),
                    assertThrows(InvalidInputException.class, () -> QuestionnaireRules.reordered(current, bad))
                            .fieldMessageKeys(), bad.toString());
        }
        assertThrows(InvalidInputException.class, () -> QuestionnaireRules.reordered(current, null));
    }

    @Test
    void aQuestionMovesUpAndDownAndStopsAtTheEnds() {
        List<Long> current = List.of(1L, 2L, 3L);
        assertEquals(List.of(2L, 1L, 3L), QuestionnaireRules.moved(current, 2L, -1));
        assertEquals(List.of(1L, 3L, 2L), QuestionnaireRules.moved(current, 2L, 1));
        assertEquals(List.of(1L, 2L, 3L), QuestionnaireRules.moved(current, 1L, -1));
        assertEquals(List.of(1L, 2L, 3L), QuestionnaireRules.moved(current, 3L, 1));
        assertThrows(InvalidInputException.class, () -> QuestionnaireRules.moved(current, 9L, 1));
    }
}
