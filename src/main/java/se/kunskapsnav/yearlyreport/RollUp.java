package se.kunskapsnav.yearlyreport;

import se.kunskapsnav.platform.Messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The national roll-up of a year: for each question, every submitted county's answer in county order, and what
 * the question's type adds up to: yes/no as "19 av 21 län …" (out of all counties, whether they submitted or
 * not), a scale as the number of counties per step, a number as the sum over the counties that answered, free
 * text as the list. Only submitted reports count; a draft or a returned report is not final.
 */
public final class RollUp {

    private RollUp() {
    }

    /** One county's answer to one question, and the figure from data when the question had one. */
    public record CountyAnswer(String countyCode, String value, Long dataValue) {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public String getCountyCode() {
            return countyCode;
        }

        public String getValue() {
            return value;
        }

        public Long getDataValue() {
            return dataValue;
        }
    }

    /** One question's answers and totals; {@code number} is its place in the questionnaire, from 1. */
    public record QuestionResult(Question question, int number, int countyCount, List<CountyAnswer> answers) {

        public QuestionResult {
            answers = List.copyOf(answers);
        }

        /** Counties that answered at all. */
        public int answered() {
            return answers.size();
        }

        /** Counties that gave this answer ({@code YES}, a scale step's name, …). */
        public List<String> countiesAnswering(String value) {
            return answers.stream().filter(a -> value.equals(a.value())).map(CountyAnswer::countyCode).toList();
        }

        public long yes() {
            return countiesAnswering(YesNo.YES.name()).size();
        }

        public long no() {
            return countiesAnswering(YesNo.NO.name()).size();
        }

        /** Counties per step, every step present, from "helt" to "inte alls". */
        public Map<ScaleStep, Long> steps() {
            Map<ScaleStep, Long> steps = new EnumMap<>(ScaleStep.class);
            for (ScaleStep step : ScaleStep.values()) {
                steps.put(step, (long) countiesAnswering(step.name()).size());
            }
            return steps;
        }

        /** The sum of a number question's answers. */
        public long sum() {
            return answers.stream().filter(a -> question.getType() == QuestionType.NUMBER)
                    .mapToLong(a -> Long.parseLong(a.value())).sum();
        }

        /** The sum of the figures from data, when the question was pre-filled; null otherwise. */
        public Long dataSum() {
            if (question.getPrefill() == null) {
                return null;
            }
            return answers.stream().filter(a -> a.dataValue() != null).mapToLong(CountyAnswer::dataValue).sum();
        }

        /** "19 av 21 län erbjöd information om SOSFS 2014:4" for yes/no; null for other types. */
        public String sentence() {
            if (question.getType() != QuestionType.YES_NO) {
                return null;
            }
            return question.getSummaryPhrase() == null
                    ? Messages.get("yearly.rollup.yesSentencePlain", yes(), countyCount)
                    : Messages.get("yearly.rollup.yesSentence", yes(), countyCount, question.getSummaryPhrase());
        }

        // Jakarta EL 5 reads bean getters, not record accessors.

        public Question getQuestion() {
            return question;
        }

        public int getNumber() {
            return number;
        }

        public List<CountyAnswer> getAnswers() {
            return answers;
        }

        public int getAnswered() {
            return answered();
        }

        public long getSum() {
            return sum();
        }

        public Long getDataSum() {
            return dataSum();
        }

        public String getSentence() {
            return sentence();
        }
    }

    /** The year's roll-up: all counties, those that submitted, and each question in order. */
    public record Result(int countyCount, List<String> submittedCounties, List<QuestionResult> questions) {

        public Result {
            submittedCounties = List.copyOf(submittedCounties);
            questions = List.copyOf(questions);
        }

        public int getCountyCount() {
            return countyCount;
        }

        public List<String> getSubmittedCounties() {
            return submittedCounties;
        }

        public List<QuestionResult> getQuestions() {
            return questions;
        }
    }

    /**
     * Rolls up the submitted reports ({@code submitted}: county code to question id to answer) over the
     * questions in order; {@code counties} are all counties in the order answers are listed.
     */
    public static Result of(List<Question> questions, List<String> counties,
                            Map<String, Map<Long, AnswerValue>> submitted) {
        List<String> submittedCounties = counties.stream().filter(submitted::containsKey).toList();
        List<QuestionResult> results = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            List<CountyAnswer> answers = new ArrayList<>();
            for (String county : submittedCounties) {
                AnswerValue answer = submitted.get(county).get(question.getId());
                if (answer != null && answer.value() != null) {
                    answers.add(new CountyAnswer(county, answer.value(), answer.dataValue()));
                }
            }
            results.add(new QuestionResult(question, i + 1, counties.size(), answers));
        }
        return new Result(counties.size(), submittedCounties, results);
    }
}
