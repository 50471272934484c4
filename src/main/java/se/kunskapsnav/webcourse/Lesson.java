package se.kunskapsnav.webcourse;

/** A lesson: its title (the file's first heading), its Markdown text without that heading, and its hash. */
public record Lesson(String code, String title, String text, String contentHash) {
}
