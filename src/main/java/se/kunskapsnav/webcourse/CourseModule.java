package se.kunskapsnav.webcourse;

import java.util.List;
import java.util.Optional;

/**
 * One module of the web course: lessons in reading order, a quiz, reflection questions for study groups,
 * and the course leader's discussion guide (for leaders only).
 */
public record CourseModule(String code, int number, String title, String introduction, List<Lesson> lessons,
                           Quiz quiz, String reflection, String discussionGuide) {

    public CourseModule {
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String lessonCode) {
        return lessons.stream().filter(lesson -> lesson.code().equals(lessonCode)).findFirst();
    }

    /** The lesson after the given one in this module, if any. */
    public Optional<Lesson> lessonAfter(String lessonCode) {
        for (int i = 0; i < lessons.size() - 1; i++) {
            if (lessons.get(i).code().equals(lessonCode)) {
                return Optional.of(lessons.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The lesson before the given one in this module, if any. */
    public Optional<Lesson> lessonBefore(String lessonCode) {
        for (int i = 1; i < lessons.size(); i++) {
            if (lessons.get(i).code().equals(lessonCode)) {
                return Optional.of(lessons.get(i - 1));
            }
        }
        return Optional.empty();
    }
}
