package se.kunskapsnav.geography.api;

import se.kunskapsnav.geography.Municipality;

/** A municipality; group (SKR) and population are null until the reference data has them. */
public record MunicipalityDto(String code, String name, String countyCode, String group, Integer population) {

    static MunicipalityDto of(Municipality municipality) {
        return new MunicipalityDto(municipality.getCode(), municipality.getName(), municipality.getCountyCode(),
                municipality.getGroup() == null ? null : municipality.getGroup().name(),
                municipality.getPopulation());
    }
}
