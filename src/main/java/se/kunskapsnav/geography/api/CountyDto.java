package se.kunskapsnav.geography.api;

import se.kunskapsnav.geography.CountySummary;

/** A county as the API shows it. */
public record CountyDto(String code, String letterCode, String name, String shortName, RegionDto region,
                        long municipalityCount) {

    static CountyDto of(CountySummary summary) {
        return new CountyDto(summary.county().getCode(), summary.county().getLetterCode(),
                summary.county().getName(), summary.county().getShortName(), RegionDto.of(summary.region()),
                summary.municipalityCount());
    }
}
