package se.kunskapsnav.yearlyreport;

/**
 * The kinds of question a follow-up questionnaire asks. Answers are kept as text: {@code YES} or {@code NO},
 * the name of a {@link ScaleStep}, a whole number, or free text.
 */
public enum QuestionType {
    YES_NO,
    SCALE,
    NUMBER,
    TEXT;

    public String messageKey() {
        return "yearly.type." + name();
    }

    /** Whether a submitted report must answer it: everything but free text. */
    public boolean requiredOnSubmit() {
        return this != TEXT;
    }
}
