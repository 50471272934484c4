package se.kunskapsnav.courses;

import java.util.Set;

/** The codes a course may use, read from the database: counties and the controlled vocabularies. */
public record KnownCodes(Set<String> counties, Set<String> kinds, Set<String> professions, Set<String> sectors,
                         Set<String> themes, Set<String> targetGroups) {
}
