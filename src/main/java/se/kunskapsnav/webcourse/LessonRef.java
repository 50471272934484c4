package se.kunskapsnav.webcourse;

/** Names a lesson across content versions: module code and lesson code. */
public record LessonRef(String moduleCode, String lessonCode) {
}
