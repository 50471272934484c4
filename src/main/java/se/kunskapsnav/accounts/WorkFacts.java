package se.kunskapsnav.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a person worked and as what, copied when they register, join or enrol, so the figures say where an
 * activity reached then, not where the person works today. The same five columns in every table that
 * records taking part.
 */
@Embeddable
public class WorkFacts {

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "profession_code", nullable = false, length = 64)
    private String professionCode;

    @Column(name = "sector_code", nullable = false, length = 64)
    private String sectorCode;

    protected WorkFacts() {
    }

    public WorkFacts(Long organisationId, String municipalityCode, String regionCode, String professionCode,
                     String sectorCode) {
        this.organisationId = organisationId;
        this.municipalityCode = municipalityCode;
        this.regionCode = regionCode;
        this.professionCode = professionCode;
        this.sectorCode = sectorCode;
    }

    /** What a person's profile says now. */
    public static WorkFacts of(Profile profile) {
        return new WorkFacts(profile.organisationId(), profile.workplace().municipalityCode(),
                profile.workplace().regionCode(), profile.professionCode(), profile.sectorCode());
    }

    public Long organisationId() {
        return organisationId;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String professionCode() {
        return professionCode;
    }

    public String sectorCode() {
        return sectorCode;
    }
}
