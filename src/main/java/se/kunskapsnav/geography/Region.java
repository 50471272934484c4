package se.kunskapsnav.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** A region (health and dental care), one per county. Region Gotland is also the municipality of Gotland. */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    protected Region() {
    }

    Region(RegionRow row) {
        this.code = row.code();
        apply(row);
    }

    boolean apply(RegionRow row) {
        boolean changed = !Objects.equals(name, row.name()) || !Objects.equals(countyCode, row.countyCode())
                || !Objects.equals(municipalityCode, row.municipalityCode());
        name = row.name();
        countyCode = row.countyCode();
        municipalityCode = row.municipalityCode();
        return changed;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountyCode() {
        return countyCode;
    }

    /** The municipality this region also is, or null (all regions but Gotland). */
    public String getMunicipalityCode() {
        return municipalityCode;
    }
}
