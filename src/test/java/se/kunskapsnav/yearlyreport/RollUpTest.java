package se.kunskapsnav.yearlyreport;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The roll-up's arithmetic over hand-made answers of 21 counties. */
class RollUpTest {

    static final List<String> COUNTIES = List.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
            "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");

    static final Question SOSFS = new Question(1, 2025, 1, new ValidQuestion(QuestionType.YES_NO,
            "Erbjöd länet information om SOSFS 2014:4?", "erbjöd information om SOSFS 2014:4", null));
    static final Question ROUTINE = new Question(2, 2025, 2, new ValidQuestion(QuestionType.YES_NO,
            "Finns en gemensam rutin med regionen?", null, null));
    static final Question SCALE = new Question(3, 2025, 3, new ValidQuestion(QuestionType.SCALE,
            "I vilken utsträckning nåddes kommunernas chefer?", null, null));
    static final Question VISITS = new Question(4, 2025, 4, new ValidQuestion(QuestionType.NUMBER,
            "Antal kommunbesök", null, YearlyFigure.MUNICIPAL_VISITS));
    static final Question TEXT = new Question(5, 2025, 5, new ValidQuestion(QuestionType.TEXT,
            "Övrigt", null, null));
    static final List<Question> QUESTIONS = List.of(SOSFS, ROUTINE, SCALE, VISITS, TEXT);

    /** 20 counties submitted: 19 offered information on SOSFS 2014:4, one did not; 25 (Norrbotten) did not submit. */
    private static Map<String, Map<Long, AnswerValue>> submitted() {
        Map<String, Map<Long, AnswerValue>> submitted = new HashMap<>();
        List<ScaleStep> steps = List.of(ScaleStep.FULLY, ScaleStep.LARGELY, ScaleStep.LARGELY, ScaleStep.PARTLY);
        for (int i = 0; i < 20; i++) {
            String county = COUNTIES.get(i);
            Map<Long, AnswerValue> answers = new HashMap<>();
            answers.put(1L, new AnswerValue(i == 3 ? "NO" : "YES", null));
            answers.put(2L, new AnswerValue(i < 12 ? "YES" : "NO", null));
            answers.put(3L, new AnswerValue(steps.get(i % 4).name(), null));
            // the county corrected the figure from data (i) by one in county 01
            answers.put(4L, new AnswerValue(String.valueOf(i == 0 ? 1 : i), (long) i));
            if (i < 2) {
                answers.put(5L, new AnswerValue("Text från " + county, null));
            }
            submitted.put(county, answers);
        }
        return submitted;
    }

    @Test
    void yesNoIsCountedOutOfAllCounties() {
        RollUp.Result result = RollUp.of(QUESTIONS, COUNTIES, submitted());
        assertEquals(21, result.countyCount());
        assertEquals(20, result.submittedCounties().size());
        RollUp.QuestionResult sosfs = result.questions().getFirst();
        assertEquals(19, sosfs.yes());
        assertEquals(1, sosfs.no());
        assertEquals("19 av 21 län erbjöd information om SOSFS 2014:4", sosfs.sentence());
        assertEquals(List.of("05"), sosfs.countiesAnswering("NO"));
        RollUp.QuestionResult routine = result.questions().get(1);
        assertEquals("12 av 21 län svarade ja", routine.sentence());
        assertEquals(2, routine.number());
    }

    @Test
    void aScaleIsCountedPerStepWithEveryStepShown() {
        Map<ScaleStep, Long> steps = RollUp.of(QUESTIONS, COUNTIES, submitted()).questions().get(2).steps();
        assertEquals(List.of(ScaleStep.values()), new ArrayList<>(steps.keySet()));
        assertEquals(List.of(5L, 10L, 5L, 0L, 0L), new ArrayList<>(steps.values()));
        assertNull(RollUp.of(QUESTIONS, COUNTIES, submitted()).questions().get(2).sentence());
    }

    @Test
    void numbersAreSummedBesideTheFiguresFromData() {
        RollUp.QuestionResult visits = RollUp.of(QUESTIONS, COUNTIES, submitted()).questions().get(3);
        // 0 + 1 + … + 19 = 190 from data; county 01 answered 1 instead of 0
        assertEquals(191, visits.sum());
        assertEquals(190L, visits.dataSum());
        assertEquals(20, visits.answered());
        assertEquals(new RollUp.CountyAnswer("01", "1", 0L), visits.answers().getFirst());
        assertNull(RollUp.of(QUESTIONS, COUNTIES, submitted()).questions().get(0).dataSum());
    }

    @Test
    void freeTextIsListedPerCountyAndEmptyAnswersAreLeftOut() {
        RollUp.QuestionResult text = RollUp.of(QUESTIONS, COUNTIES, submitted()).questions().get(4);
        assertEquals(List.of(new RollUp.CountyAnswer("01", "Text från 01", null),
                new RollUp.CountyAnswer("03", "Text från 03", null)), text.answers());
    }

    @Test
    void nothingSubmittedIsZeroEverywhere() {
        RollUp.Result result = RollUp.of(QUESTIONS, COUNTIES, Map.of());
        assertEquals(0, result.submittedCounties().size());
        assertEquals("0 av 21 län erbjöd information om SOSFS 2014:4", result.questions().getFirst().sentence());
        assertEquals(0, result.questions().get(3).sum());
        assertEquals(0L, result.questions().get(3).dataSum());
    }
}
