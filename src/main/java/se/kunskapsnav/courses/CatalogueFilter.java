package se.kunskapsnav.courses;

import java.time.YearMonth;

/**
 * What a person narrows the catalogue by; a null field does not narrow. {@code audience} is a profession
 * code; {@code month} keeps courses starting in that month.
 */
public record CatalogueFilter(String countyCode, String themeCode, String audience, String kindCode,
                              CourseFormat format, YearMonth month) {

    public static final CatalogueFilter NONE = new CatalogueFilter(null, null, null, null, null, null);
}
