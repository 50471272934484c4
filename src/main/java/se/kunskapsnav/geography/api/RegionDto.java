package se.kunskapsnav.geography.api;

import se.kunskapsnav.geography.Region;

/** A region; {@code municipalityCode} is set where the region is also a municipality (Gotland). */
public record RegionDto(String code, String name, String municipalityCode) {

    static RegionDto of(Region region) {
        return region == null ? null : new RegionDto(region.getCode(), region.getName(), region.getMunicipalityCode());
    }
}
