package se.kunskapsnav.webcourse;

/** One answer to a quiz question, whether it is the right one, and why. */
public record QuizAnswer(String text, boolean right, String explanation) {
}
