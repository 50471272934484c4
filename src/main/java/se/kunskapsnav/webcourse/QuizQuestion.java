package se.kunskapsnav.webcourse;

import java.util.List;
import java.util.stream.IntStream;

/** A multiple-choice question with exactly one right answer (the parser makes sure of that). */
public record QuizQuestion(String text, List<QuizAnswer> answers) {

    public QuizQuestion {
        answers = List.copyOf(answers);
    }

    public int rightAnswer() {
        return IntStream.range(0, answers.size()).filter(i -> answers.get(i).right()).findFirst().orElseThrow();
    }
}
