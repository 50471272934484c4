package se.kunskapsnav.webcourse;

import java.util.Map;

/**
 * How far a person has come in one module: which of its current lessons they have read (with the hash of
 * the text they read), and whether they have passed its quiz.
 */
public record ModuleProgress(CourseModule module, Map<String, String> readHashes, boolean quizPassed) {

    public ModuleProgress {
        readHashes = Map.copyOf(readHashes);
    }

    public boolean isRead(Lesson lesson) {
        return readHashes.containsKey(lesson.code());
    }

    /** Read, but the text has changed since: still counts, and the page says so. */
    public boolean changedSinceRead(Lesson lesson) {
        return isRead(lesson) && !readHashes.get(lesson.code()).equals(lesson.contentHash());
    }

    public int lessonsRead() {
        return (int) module.lessons().stream().filter(this::isRead).count();
    }

    public boolean allRead() {
        return lessonsRead() == module.lessons().size();
    }

    public boolean done() {
        return allRead() && quizPassed;
    }
}
