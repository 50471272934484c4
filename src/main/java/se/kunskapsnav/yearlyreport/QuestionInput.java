package se.kunskapsnav.yearlyreport;

/**
 * A question as an administrator typed or sent it: the type as {@link QuestionType} name, the figure to
 * pre-fill with as {@link YearlyFigure} name (or empty). Checked by {@link QuestionnaireRules#check}.
 */
public record QuestionInput(String type, String text, String summaryPhrase, String prefill) {
}
