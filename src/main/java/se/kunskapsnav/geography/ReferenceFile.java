package se.kunskapsnav.geography;

/** A reference file's name (for messages) and its whole text. */
public record ReferenceFile(String name, String text) {
}
