package se.kunskapsnav.geography;

/** An imported year: how many municipalities have a group and how many a population. */
public record ClassificationYear(int year, long groups, long populations) {
}
