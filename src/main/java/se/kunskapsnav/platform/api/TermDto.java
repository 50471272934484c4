package se.kunskapsnav.platform.api;

/** A code of a controlled vocabulary and its name, as every vocabulary route of the API answers it. */
public record TermDto(String code, String name) {
}
