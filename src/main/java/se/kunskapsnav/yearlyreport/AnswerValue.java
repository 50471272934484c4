package se.kunskapsnav.yearlyreport;

/** An answer as text ({@link AnswerRules} describes the forms) and the figure from data, if the question had one. */
public record AnswerValue(String value, Long dataValue) {
}
