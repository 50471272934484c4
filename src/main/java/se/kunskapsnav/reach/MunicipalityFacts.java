package se.kunskapsnav.reach;

/** What reach compares a municipality by; group and population are null where the reference data lacks them. */
public record MunicipalityFacts(String countyCode, String skrGroup, Integer population) {
}
