package se.kunskapsnav.reach;

/**
 * A total a county measures reach against in a year, e.g. the staff of its women's shelters: persons from
 * organisations of {@code organisationType}, or of {@code professionCode} (at least one is set).
 */
public record Denominator(long id, String countyCode, int year, String label, String organisationType,
                          String professionCode, long total) {
}
