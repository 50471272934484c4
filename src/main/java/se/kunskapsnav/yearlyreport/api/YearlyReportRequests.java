package se.kunskapsnav.yearlyreport.api;

import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.yearlyreport.QuestionInput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What scripts send to the yearly report API. */
public final class YearlyReportRequests {

    private YearlyReportRequests() {
    }

    /** A new questionnaire, optionally with the questions of an earlier year. */
    public record QuestionnaireRequest(Integer copyQuestionsFrom) {
    }

    /**
     * A question: {@code type} YES_NO, SCALE, NUMBER or TEXT; {@code summaryPhrase} (yes/no) completes "19 av 21
     * län …"; {@code prefill} (number) one of MUNICIPAL_VISITS, PERSONS_REACHED, MUNICIPALITIES_REACHED,
     * ACTIVITIES_HELD, WEBCOURSE_ENROLMENTS.
     */
    public record QuestionRequest(String type, String text, String summaryPhrase, String prefill) {

        QuestionInput toInput() {
            return new QuestionInput(type, text, summaryPhrase, prefill);
        }
    }

    /** Every question's id, in the order wanted. */
    public record OrderRequest(List<Long> questions) {
    }

    /** An answer to a question (its id); an empty or missing value clears it. */
    public record AnswerRequest(Long question, String value) {
    }

    public record AnswersRequest(List<AnswerRequest> answers) {

        /** Question id to answer text; a row without a question id is a field error. */
        Map<Long, String> toMap() {
            if (answers == null) {
                throw InvalidInputException.of("answers", "validation.required");
            }
            Map<Long, String> given = new LinkedHashMap<>();
            for (int i = 0; i < answers.size(); i++) {
                AnswerRequest answer = answers.get(i);
                if (answer == null || answer.question() == null) {
                    throw InvalidInputException.of("answers[" + i + "].question", "validation.required");
                }
                given.put(answer.question(), answer.value());
            }
            return given;
        }
    }

    public record ReturnRequest(String reason) {
    }
}
