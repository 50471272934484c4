package se.kunskapsnav.webcourse.web;

import se.kunskapsnav.webcourse.Lesson;
import se.kunskapsnav.webcourse.ModuleProgress;

import java.io.Serializable;

/** A lesson as a module page lists it, with whether the person has read it and whether it changed since. */
public record LessonRow(String code, int number, String title, boolean read, boolean changedSinceRead)
        implements Serializable {

    static LessonRow of(Lesson lesson, int number, ModuleProgress progress) {
        return new LessonRow(lesson.code(), number, lesson.title(), progress != null && progress.isRead(lesson),
                progress != null && progress.changedSinceRead(lesson));
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

    public boolean isRead() {
        return read;
    }

    public boolean isChangedSinceRead() {
        return changedSinceRead;
    }
}
