package se.kunskapsnav.yearlyreport;

import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TextInput;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an answer may be, by question type, and what a submission needs. Answers are kept as text: {@code YES} or
 * {@code NO}; the name of a {@link ScaleStep}; a whole number from 0 to {@value #MAX_NUMBER} (spaces between
 * digits allowed, as in "1 200"); free text up to {@value #MAX_TEXT} characters. An empty answer is no answer.
 * A draft may leave anything unanswered; a submitted report answers every question but free text, and a
 * pre-filled number left unanswered takes the figure from data. A bad answer is reported at the field
 * {@code answers[<question id>]}.
 */
public final class AnswerRules {

    static final long MAX_NUMBER = 100_000_000L;
    static final int MAX_TEXT = 10_000;

    private AnswerRules() {
    }

    public static String field(long questionId) {
        return "answers[" + questionId + "]";
    }

    /** The answer as kept, or null for none; a problem goes into {@code problems} at {@code field}. */
    public static String check(QuestionType type, String given, String field, Map<String, String> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String trimmed = given.trim();
        return switch (type) {
            case YES_NO -> named(YesNo.values(), trimmed, field, "yearly.answer.chooseYesNo", problems);
            case SCALE -> named(ScaleStep.values(), trimmed, field, "yearly.answer.chooseStep", problems);
            case NUMBER -> number(trimmed, field, problems);
            case TEXT -> TextInput.multiline(given, MAX_TEXT, field, problems);
        };
    }

    /**
     * The given answers (question id to text) checked against the year's questions: question id to the answer
     * as kept (null clears it). Every problem is thrown at once; an unknown question is one of them.
     */
    public static Map<Long, String> checkAll(List<Question> questions, Map<Long, String> given) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<Long, String> checked = checkInto(questions, given, problems);
        refuseIfAny(problems);
        return checked;
    }

    /**
     * The answers a submission keeps, question id to answer: the current ones with the {@code given} ones
     * (checked as {@link #checkAll} does) over them, each unanswered pre-filled number taking its figure from
     * {@code figures}. Refused field by field, every problem at once: a wrong answer and a question that must be
     * answered and is not come in the same refusal, so the form shows them all in one round.
     */
    public static Map<Long, String> forSubmission(List<Question> questions, Map<Long, String> current,
                                                  Map<Long, String> given, Map<YearlyFigure, Long> figures) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<Long, String> values = new HashMap<>(current);
        values.putAll(checkInto(questions, given, problems));
        Map<Long, String> complete = new HashMap<>();
        for (Question question : questions) {
            String value = values.get(question.getId());
            if (value == null && question.getPrefill() != null && figures.get(question.getPrefill()) != null) {
                value = String.valueOf(figures.get(question.getPrefill()));
            }
            if (value == null && question.getType().requiredOnSubmit()) {
                problems.putIfAbsent(field(question.getId()), "yearly.answer.requiredOnSubmit");
            }
            complete.put(question.getId(), value);
        }
        refuseIfAny(problems);
        return complete;
    }

    private static Map<Long, String> checkInto(List<Question> questions, Map<Long, String> given,
                                               Map<String, String> problems) {
        Map<Long, Question> byId = byId(questions);
        Map<Long, String> checked = new LinkedHashMap<>();
        given.forEach((questionId, value) -> {
            Question question = byId.get(questionId);
            if (question == null) {
                problems.put(field(questionId), "yearly.answer.unknownQuestion");
            } else {
                checked.put(questionId, check(question.getType(), value, field(questionId), problems));
            }
        });
        return checked;
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** An answer as people read it: "Ja", "I stor utsträckning", "1 200", the text; empty for none. */
    public static String label(QuestionType type, String value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case YES_NO -> Messages.get(YesNo.valueOf(value).messageKey());
            case SCALE -> Messages.get(ScaleStep.valueOf(value).messageKey());
            case NUMBER, TEXT -> value;
        };
    }

    private static String number(String given, String field, Map<String, String> problems) {
        String digits = given.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (!digits.matches("\\d{1,18}")) {
            problems.put(field, "yearly.answer.notNumber");
            return null;
        }
        long number = Long.parseLong(digits);
        if (number > MAX_NUMBER) {
            problems.put(field, "yearly.answer.numberTooLarge");
            return null;
        }
        return Long.toString(number);
    }

    private static <E extends Enum<E>> String named(E[] values, String given, String field, String messageKey,
                                                    Map<String, String> problems) {
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(given)).findFirst().map(Enum::name)
                .orElseGet(() -> {
                    problems.put(field, messageKey);
                    return null;
                });
    }

    private static Map<Long, Question> byId(List<Question> questions) {
        return questions.stream().collect(Collectors.toMap(Question::getId, Function.identity()));
    }
}
