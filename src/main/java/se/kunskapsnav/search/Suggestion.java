package se.kunskapsnav.search;

/** A title offered while typing, with where it leads. */
public record Suggestion(String title, SearchType type, String url) {
}
