package se.kunskapsnav.webcourse;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizTest {

    /** A quiz of {@code questions} questions of three answers each, the right one at position 1. */
    private static Quiz quiz(int questions) {
        return new Quiz(IntStream.range(0, questions).mapToObj(i -> new QuizQuestion("Fråga " + i, List.of(
                new QuizAnswer("a", false, "Nej."), new QuizAnswer("b", true, "Ja."),
                new QuizAnswer("c", false, "Nej.")))).toList(), "hash");
    }

    @Test
    void threeQuartersRightRoundedUpPasses() {
        assertEquals(1, quiz(1).passMark());
        assertEquals(3, quiz(3).passMark());
        assertEquals(3, quiz(4).passMark());
        assertEquals(4, quiz(5).passMark());
    }

    @Test
    void gradingCountsRightAnswersAndKeepsTheChosenExplanation() {
        QuizResult threeOfFour = quiz(4).grade(List.of(1, 1, 0, 1));
        QuizResult twoOfFour = quiz(4).grade(List.of(1, 2, 0, 1));

        assertEquals(3, threeOfFour.right());
        assertTrue(threeOfFour.passed());
        assertFalse(threeOfFour.questions().get(2).right());
        assertEquals("Nej.", threeOfFour.questions().get(2).chosenAnswer().explanation());
        assertEquals(2, twoOfFour.right());
        assertFalse(twoOfFour.passed());
    }

    @Test
    void unansweredAndNonexistentAnswersAreNamedPerQuestion() {
        Quiz quiz = quiz(3);

        assertEquals(Map.of("q2", "webcourse.quiz.answerMissing", "q3", "webcourse.quiz.answerMissing"),
                quiz.unanswered(Arrays.asList(1, null, 7)));
        assertEquals(3, quiz.unanswered(null).size());
        assertEquals(3, quiz.unanswered(Collections.emptyList()).size());
        assertEquals(Map.of("answers", "webcourse.quiz.tooManyAnswers"), quiz.unanswered(List.of(1, 1, 1, 1)));
        assertTrue(quiz.unanswered(List.of(0, 1, 2)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> quiz.grade(List.of(1, -1, 1)));
    }
}
