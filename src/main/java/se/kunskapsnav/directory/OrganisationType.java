package se.kunskapsnav.directory;

/** Kinds of employer organisation seen among the portal's professionals; labels in the messages bundle. */
public enum OrganisationType {
    MUNICIPALITY,
    CITY_DISTRICT,
    REGION,
    COUNTY_BOARD,
    NATIONAL_AGENCY,
    MUNICIPAL_FEDERATION,
    COORDINATION_ASSOCIATION,
    WOMENS_SHELTER,
    GIRLS_SHELTER,
    VICTIM_SUPPORT,
    MENS_CLINIC,
    CITY_MISSION,
    OTHER_NGO,
    POLICE,
    PROSECUTION,
    PRISON_AND_PROBATION,
    SOCIAL_INSURANCE,
    EMPLOYMENT_SERVICE,
    SCHOOL,
    UNIVERSITY,
    OTHER;

    public String messageKey() {
        return "organisationType." + name();
    }

    /** Municipalities and regions come from reference data; editors add every other kind. */
    public boolean isFromReferenceData() {
        return this == MUNICIPALITY || this == REGION;
    }
}
