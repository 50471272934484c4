package se.kunskapsnav.webcourse.web;

import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.ModuleProgress;

import java.io.Serializable;

/**
 * A module as the course pages list it: its place and title, its lesson count and, for a person who has
 * begun the course, how far they have come in it.
 */
public record ModuleRow(String code, int number, String title, int lessonCount, boolean enrolled, int lessonsRead,
                        boolean quizPassed) implements Serializable {

    static ModuleRow of(CourseModule module, ModuleProgress progress) {
        return new ModuleRow(module.code(), module.number(), module.title(), module.lessons().size(),
                progress != null, progress == null ? 0 : progress.lessonsRead(),
                progress != null && progress.quizPassed());
    }

    // Jakarta EL 5 reads bean getters, not record accessors.

    public String getCode() {
        return code;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public int getLessonCount() {
        return lessonCount;
    }

    public boolean isEnrolled() {
        return enrolled;
    }

    public int getLessonsRead() {
        return lessonsRead;
    }

    public boolean isQuizPassed() {
        return quizPassed;
    }

    public boolean isDone() {
        return lessonsRead == lessonCount && quizPassed;
    }

    /** Steps done of the module's steps: each lesson, and the quiz. */
    public int getStepsDone() {
        return lessonsRead + (quizPassed ? 1 : 0);
    }

    public int getSteps() {
        return lessonCount + 1;
    }
}
