package se.kunskapsnav.webcourse;

import java.util.List;

/** A graded quiz attempt: each question with the chosen answer, the number right, and whether it passed. */
public record QuizResult(List<Marked> questions, int right, int passMark) {

    public QuizResult {
        questions = List.copyOf(questions);
    }

    public boolean passed() {
        return right >= passMark;
    }

    /** One question as answered: the chosen answer's explanation is what the person reads next. */
    public record Marked(QuizQuestion question, int chosen, boolean right) {

        public QuizAnswer chosenAnswer() {
            return question.answers().get(chosen);
        }
    }
}
