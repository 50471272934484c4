package se.kunskapsnav.geography;

/**
 * One line of {@code content/reference/regions.csv}. {@code municipalityCode} is set only where the
 * region is also a municipality (Gotland).
 */
public record RegionRow(String code, String name, String countyCode, String municipalityCode) {
}
