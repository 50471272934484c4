package se.kunskapsnav.geography.api;

import java.util.List;

/** One county with its municipalities, the answer to {@code GET /api/lan/{kod}}. */
public record CountyWithMunicipalitiesDto(CountyDto county, List<MunicipalityDto> municipalities) {
}
