package se.kunskapsnav.webcourse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseProgressTest {

    private static final Quiz QUIZ = new Quiz(List.of(new QuizQuestion("?", List.of(
            new QuizAnswer("ja", true, "Ja."), new QuizAnswer("nej", false, "Nej.")))), "quiz");

    private static CourseModule module(String code, Lesson... lessons) {
        return new CourseModule(code, 1, code, "", List.of(lessons), QUIZ, "", "");
    }

    private static final CourseContent COURSE = new CourseContent("Kurs", "", List.of(
            module("m1", new Lesson("l1", "L1", "text", "h1"), new Lesson("l2", "L2", "text", "h2")),
            module("m2", new Lesson("l1", "L1", "text", "h3"))), "", "v1");

    private static final Map<LessonRef, String> ALL_READ = Map.of(
            new LessonRef("m1", "l1"), "h1", new LessonRef("m1", "l2"), "h2", new LessonRef("m2", "l1"), "h3");

    @Test
    void completeWhenEveryLessonIsReadAndEveryQuizPassed() {
        assertTrue(CourseProgress.of(COURSE, ALL_READ, Set.of("m1", "m2")).complete());
        assertFalse(CourseProgress.of(COURSE, ALL_READ, Set.of("m1")).complete());
        Map<LessonRef, String> oneUnread = Map.of(new LessonRef("m1", "l1"), "h1", new LessonRef("m2", "l1"), "h3");
        assertFalse(CourseProgress.of(COURSE, oneUnread, Set.of("m1", "m2")).complete());
    }

    @Test
    void aLessonReadBeforeItsTextChangedStillCountsAndIsFlagged() {
        Map<LessonRef, String> readOldText = Map.of(
                new LessonRef("m1", "l1"), "old", new LessonRef("m1", "l2"), "h2", new LessonRef("m2", "l1"), "h3");

        CourseProgress progress = CourseProgress.of(COURSE, readOldText, Set.of("m1", "m2"));

        assertTrue(progress.complete());
        ModuleProgress first = progress.of("m1");
        assertTrue(first.changedSinceRead(COURSE.modules().getFirst().lessons().getFirst()));
        assertFalse(first.changedSinceRead(COURSE.modules().getFirst().lessons().get(1)));
    }

    @Test
    void aLessonAddedLaterMustBeReadAndLessonsRemovedNoLongerCount() {
        CourseContent grown = new CourseContent("Kurs", "", List.of(
                module("m1", new Lesson("l1", "L1", "text", "h1"), new Lesson("l3", "Ny", "text", "h4")),
                module("m2", new Lesson("l1", "L1", "text", "h3"))), "", "v2");

        CourseProgress progress = CourseProgress.of(grown, ALL_READ, Set.of("m1", "m2"));

        assertFalse(progress.complete());
        assertEquals(1, progress.of("m1").lessonsRead(), "l2 is gone, l3 is new");
        assertEquals(1, progress.modulesDone());
    }

    @Test
    void percentCountsEveryLessonAndEveryQuizAsOneStep() {
        // 3 lessons + 2 quizzes = 5 steps
        assertEquals(0, CourseProgress.of(COURSE, Map.of(), Set.of()).percent());
        assertEquals(60, CourseProgress.of(COURSE, ALL_READ, Set.of()).percent());
        assertEquals(100, CourseProgress.of(COURSE, ALL_READ, Set.of("m1", "m2")).percent());
    }
}
