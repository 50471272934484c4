package se.kunskapsnav.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An employer organisation: a municipality or region (from reference data), or one an editor added
 * (an NGO, a city district, an agency). A city district has its municipality's organisation as parent.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 32)
    private OrganisationType type;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** The county the organisation belongs to; null for national organisations. */
    @Column(name = "county_code", length = 2)
    private String countyCode;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    /** The municipality or region code for organisations made from reference data, else null. */
    @Column(name = "reference_code", length = 4)
    private String referenceCode;

    @Column(name = "parent_id")
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrganisationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
    }

    Organisation(OrganisationType type, String name, String countyCode, String municipalityCode,
                 String regionCode, Long parentId, OrganisationStatus status, Instant createdAt) {
        this.type = type;
        this.name = name;
        this.countyCode = countyCode;
        this.municipalityCode = municipalityCode;
        this.regionCode = regionCode;
        this.referenceCode = type == OrganisationType.MUNICIPALITY ? municipalityCode
                : type == OrganisationType.REGION ? regionCode : null;
        this.parentId = parentId;
        this.status = status;
        this.createdAt = createdAt;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void change(OrganisationType newType, String newName, String newMunicipalityCode, Long newParentId) {
        this.type = newType;
        this.name = newName;
        this.municipalityCode = newMunicipalityCode;
        this.parentId = newParentId;
    }

    void approve() {
        this.status = OrganisationStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** The municipality or region code for organisations made from reference data, else null. */
    public String getReferenceCode() {
        return referenceCode;
    }

    public Long getParentId() {
        return parentId;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
