package se.kunskapsnav.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** A municipality (kommun), identified by its four-digit SCB code. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @Column(name = "code", length = 4)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "skr_group", length = 2)
    private MunicipalityGroup group;

    @Column(name = "population")
    private Integer population;

    protected Municipality() {
    }

    Municipality(MunicipalityRow row) {
        this.code = row.code();
        apply(row);
    }

    boolean apply(MunicipalityRow row) {
        boolean changed = !Objects.equals(name, row.name()) || !Objects.equals(countyCode, row.countyCode())
                || group != row.group() || !Objects.equals(population, row.population());
        name = row.name();
        countyCode = row.countyCode();
        group = row.group();
        population = row.population();
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

    /** SKR municipality group, or null until the reference file has it. */
    public MunicipalityGroup getGroup() {
        return group;
    }

    /** Population, or null until the reference file has it. */
    public Integer getPopulation() {
        return population;
    }
}
