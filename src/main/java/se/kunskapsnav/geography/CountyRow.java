package se.kunskapsnav.geography;

/** One line of {@code content/reference/counties.csv}. */
public record CountyRow(String code, String letterCode, String name, String shortName) {
}
