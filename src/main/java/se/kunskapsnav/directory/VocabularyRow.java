package se.kunskapsnav.directory;

/** One line of a vocabulary file; {@code area} is set for professions only. */
public record VocabularyRow(String code, String name, String area) {
}
