package se.kunskapsnav.webcourse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A module's quiz. It is passed when at least three quarters of the questions are answered right. */
public record Quiz(List<QuizQuestion> questions, String contentHash) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** Right answers needed to pass: three quarters of the questions, rounded up. */
    public int passMark() {
        return (questions.size() * 3 + 3) / 4;
    }

    /**
     * The field of each question that has no answer among the chosen answer indexes (or an answer that does
     * not exist), named {@code q<n>} from 1, with the key of its message; empty when all are answered.
     */
    public Map<String, String> unanswered(List<Integer> chosen) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Integer answer = chosen != null && i < chosen.size() ? chosen.get(i) : null;
            if (answer == null || answer < 0 || answer >= questions.get(i).answers().size()) {
                problems.put("q" + (i + 1), "webcourse.quiz.answerMissing");
            }
        }
        if (chosen != null && chosen.size() > questions.size()) {
            problems.put("answers", "webcourse.quiz.tooManyAnswers");
        }
        return problems;
    }

    /** Grades a complete set of answers (see {@link #unanswered}). */
    public QuizResult grade(List<Integer> chosen) {
        if (!unanswered(chosen).isEmpty()) {
            throw new IllegalArgumentException("every question needs one existing answer: " + chosen);
        }
        List<QuizResult.Marked> marked = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < questions.size(); i++) {
            QuizQuestion question = questions.get(i);
            int answer = chosen.get(i);
            boolean isRight = answer == question.rightAnswer();
            right += isRight ? 1 : 0;
            marked.add(new QuizResult.Marked(question, answer, isRight));
        }
        return new QuizResult(marked, right, passMark());
    }
}
