package se.kunskapsnav.yearlyreport;

/** A checked question: text trimmed, the phrase only for yes/no and the figure only for numbers. */
public record ValidQuestion(QuestionType type, String text, String summaryPhrase, YearlyFigure prefill) {
}
