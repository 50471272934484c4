package se.kunskapsnav.visits;

import java.util.Set;

/** The vocabulary codes visits and count-only activities may use, read from the database. */
public record KnownTerms(Set<String> counties, Set<String> themes, Set<String> professions, Set<String> kinds) {
}
