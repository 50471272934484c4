package se.kunskapsnav.reach;

/** What a report breaks its figures down by. */
public enum Dimension {
    /** The organising county (a co-organised activity counts for each). */
    COUNTY,
    PROFESSION,
    SECTOR,
    ORGANISATION_TYPE,
    MUNICIPALITY,
    /** SKR's municipality group of the participant's municipality. */
    MUNICIPALITY_GROUP,
    /** The population band of the participant's municipality ({@link PopulationBand}). */
    POPULATION_BAND,
    MONTH,
    THEME,
    KIND,
    /** The course series an activity was a run of (activities of none are left out). */
    SERIES,
    ACTIVITY
}
