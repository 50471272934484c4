package se.kunskapsnav.geography;

/** A county with the figures its listings show. */
public record CountySummary(County county, Region region, long municipalityCount) {

    // Jakarta EL 5 (Jakarta EE 10) reads bean getters, not record accessors.

    public County getCounty() {
        return county;
    }

    public Region getRegion() {
        return region;
    }

    public long getMunicipalityCount() {
        return municipalityCount;
    }
}
