package se.kunskapsnav.geography;

/** One line of {@code content/reference/municipalities.csv}; group and population may be unknown (null). */
public record MunicipalityRow(String code, String name, String countyCode, MunicipalityGroup group,
                              Integer population) {
}
