package se.kunskapsnav.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One thing search can find, as the index sees it: {@code text} is prose, searched and cut into snippets;
 * {@code keywords} (names of themes, audiences, counties, places, dates) are searched but never shown.
 * {@code access} lists who may see it (see {@link Access});
 * {@code memberText} (a meeting's agenda and minutes) is searchable and shown only to those in
 * {@code memberAccess}, who reach it at {@code memberUrl}; everyone else sees {@code url}.
 *
 * @param key        unique, e.g. {@code course:12}
 * @param date       the date that orders it (a course's first day, a meeting's day, a material's publication)
 * @param counties   county codes it belongs to (facet)
 * @param themes     theme codes (facet)
 * @param audience   profession codes (facet)
 */
public record SearchDocument(String key, SearchType type, String title, String text, String keywords, String url,
                             LocalDate date, List<String> counties, List<String> themes, List<String> audience,
                             Set<String> access, String memberText, String memberUrl, Set<String> memberAccess) {

    public SearchDocument {
        text = text == null ? "" : text;
        keywords = keywords == null ? "" : keywords;
        memberText = memberText == null ? "" : memberText;
        counties = List.copyOf(counties);
        themes = List.copyOf(themes);
        audience = List.copyOf(audience);
        access = Set.copyOf(access);
        memberAccess = Set.copyOf(memberAccess);
    }

    /** A document everyone may see, without a members-only part. */
    public static SearchDocument open(String key, SearchType type, String title, String text, String keywords,
                                      String url, LocalDate date, List<String> counties, List<String> themes,
                                      List<String> audience) {
        return new SearchDocument(key, type, title, text, keywords, url, date, counties, themes, audience,
                Set.of(Access.PUBLIC), "", null, Set.of());
    }
}
