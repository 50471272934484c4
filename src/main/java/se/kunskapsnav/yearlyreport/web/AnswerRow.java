package se.kunskapsnav.yearlyreport.web;

import se.kunskapsnav.yearlyreport.AnswerRules;
import se.kunskapsnav.yearlyreport.AnswerValue;
import se.kunskapsnav.yearlyreport.Question;
import se.kunskapsnav.yearlyreport.QuestionType;
import se.kunskapsnav.yearlyreport.VersionAnswer;
import se.kunskapsnav.yearlyreport.YearlyFigure;

import java.io.Serializable;

/**
 * One question of a report page with its answer: in the form, {@code value} is what the person types or picks;
 * a pre-filled number shows today's figure until the county corrects it.
 */
public class AnswerRow implements Serializable {

    private final long questionId;
    private final int number;
    private final QuestionType type;
    private final String text;
    private final YearlyFigure prefill;
    private final Long dataValue;
    private String value;

    private AnswerRow(long questionId, int number, QuestionType type, String text, YearlyFigure prefill,
                      Long dataValue, String value) {
        this.questionId = questionId;
        this.number = number;
        this.type = type;
        this.text = text;
        this.prefill = prefill;
        this.dataValue = dataValue;
        this.value = value;
    }

    /** A question of a report that may change: the saved answer, or today's figure for a pre-filled number. */
    static AnswerRow editable(Question question, int number, AnswerValue saved, Long todaysFigure) {
        String value = saved.value();
        if (value == null && todaysFigure != null) {
            value = todaysFigure.toString();
        }
        return new AnswerRow(question.getId(), number, question.getType(), question.getText(),
                question.getPrefill(), todaysFigure, value);
    }

    /** A question of a submitted report, with the figure from data as it was when it was submitted. */
    static AnswerRow locked(Question question, int number, AnswerValue saved) {
        return new AnswerRow(question.getId(), number, question.getType(), question.getText(),
                question.getPrefill(), saved.dataValue(), saved.value());
    }

    static AnswerRow frozen(VersionAnswer answer) {
        return new AnswerRow(answer.getQuestionId(), answer.getPosition(), answer.getQuestionType(),
                answer.getQuestionText(), null, answer.getDataValue(), answer.getValue());
    }

    /**
     * The answer to save: a pre-filled number left at today's figure is no answer of the county's own, so it
     * keeps following the data until the report is submitted.
     */
    String answerToSave() {
        if (prefill != null && dataValue != null && value != null && value.trim().equals(dataValue.toString())) {
            return null;
        }
        return value;
    }

    /** The id of the row's input in the page ({@code janej}, {@code skala}, {@code antal}, {@code fritext}). */
    String inputId() {
        return switch (type) {
            case YES_NO -> "janej";
            case SCALE -> "skala";
            case NUMBER -> "antal";
            case TEXT -> "fritext";
        };
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getNumber() {
        return number;
    }

    public String getType() {
        return type.name();
    }

    public String getText() {
        return text;
    }

    public boolean isPrefilled() {
        return prefill != null;
    }

    public YearlyFigure getPrefill() {
        return prefill;
    }

    public Long getDataValue() {
        return dataValue;
    }

    /** The figure from data differs from the answer given (the county corrected it). */
    public boolean isCorrected() {
        return dataValue != null && value != null && !value.equals(dataValue.toString());
    }

    public String getLabel() {
        return AnswerRules.label(type, value);
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
