package se.kunskapsnav.geography;

import java.util.List;

/** The validated content of the three reference files, ready to be written to the database. */
public record ReferenceData(List<CountyRow> counties, List<RegionRow> regions,
                            List<MunicipalityRow> municipalities) {

    public ReferenceData {
        counties = List.copyOf(counties);
        regions = List.copyOf(regions);
        municipalities = List.copyOf(municipalities);
    }
}
