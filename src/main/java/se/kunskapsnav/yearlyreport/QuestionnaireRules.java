package se.kunskapsnav.yearlyreport;

import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.platform.Years;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a questionnaire may hold and how it may change: a year of {@link Years} (2000–2099);
 * a question's text, its type, a summary phrase only for yes/no and a figure from data only for numbers; an
 * order that names every question once; and once a report of the year has been submitted, questions may be
 * added and moved but not removed, so that every submitted answer keeps its question.
 */
public final class QuestionnaireRules {

    static final int MAX_TEXT = 1000;
    static final int MAX_PHRASE = 300;
    static final int MAX_QUESTIONS = 200;

    private QuestionnaireRules() {
    }

    public static void checkYear(int year) {
        if (!Years.isRecordable(year)) {
            throw InvalidInputException.of("year", "yearly.year.invalid");
        }
    }

    /** The checked question, or every problem field by field ({@code type}, {@code text}, …). */
    public static ValidQuestion check(QuestionInput input) {
        Map<String, String> problems = new LinkedHashMap<>();
        QuestionType type = named(QuestionType.values(), input.type());
        if (type == null) {
            problems.put("type", blank(input.type()) ? "yearly.question.typeRequired" : "yearly.question.unknownType");
        }
        String text = TextInput.required(input.text(), MAX_TEXT, "text", problems);
        String phrase = TextInput.optional(input.summaryPhrase(), MAX_PHRASE, "summaryPhrase", problems);
        if (!phrase.isEmpty() && type != null && type != QuestionType.YES_NO) {
            problems.put("summaryPhrase", "yearly.question.phraseOnlyYesNo");
        }
        YearlyFigure prefill = named(YearlyFigure.values(), input.prefill());
        if (!blank(input.prefill())) {
            if (prefill == null) {
                problems.put("prefill", "yearly.question.unknownFigure");
            } else if (type != null && type != QuestionType.NUMBER) {
                problems.put("prefill", "yearly.question.prefillOnlyNumber");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidQuestion(type, text, phrase.isEmpty() ? null : phrase, prefill);
    }

    /** A new question may be added while the questionnaire has fewer than {@value #MAX_QUESTIONS}. */
    public static void requireRoomFor(int questions) {
        if (questions >= MAX_QUESTIONS) {
            throw new RefusedException("yearly.question.tooMany", MAX_QUESTIONS);
        }
    }

    /** Refused once a report of the year has been submitted. */
    public static void requireMayRemove(boolean reportsSubmitted) {
        if (reportsSubmitted) {
            throw new RefusedException("yearly.question.locked");
        }
    }

    /** The wanted order, when it names every current question exactly once. */
    public static List<Long> reordered(List<Long> current, List<Long> wanted) {
        if (wanted == null || wanted.size() != current.size() || new HashSet<>(wanted).size() != wanted.size()
                || !new HashSet<>(wanted).equals(new HashSet<>(current))) {
            throw InvalidInputException.of("questions", "yearly.question.badOrder");
        }
        return List.copyOf(wanted);
    }

    /** The order with one question moved {@code steps} places (negative: up), stopping at either end. */
    public static List<Long> moved(List<Long> current, long questionId, int steps) {
        int from = current.indexOf(questionId);
        if (from < 0) {
            throw InvalidInputException.of("questions", "yearly.question.badOrder");
        }
        List<Long> order = new ArrayList<>(current);
        order.remove(from);
        order.add(Math.clamp(from + (long) steps, 0, order.size()), questionId);
        return order;
    }

    private static <E extends Enum<E>> E named(E[] values, String name) {
        if (blank(name)) {
            return null;
        }
        return Arrays.stream(values).filter(v -> v.name().equalsIgnoreCase(name.trim())).findFirst().orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
