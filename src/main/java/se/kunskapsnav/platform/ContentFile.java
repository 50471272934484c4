package se.kunskapsnav.platform;

/** A file from {@code content/}: its name (for messages) and its whole text. */
public record ContentFile(String name, String text) {
}
