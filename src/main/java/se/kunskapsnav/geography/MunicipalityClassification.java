package se.kunskapsnav.geography;

import java.util.Map;

/**
 * The SKR groups and populations that hold for a year: each from the nearest imported year at or before it
 * ({@code groupYear}, {@code populationYear}; null and an empty map when no such year was imported).
 */
public record MunicipalityClassification(Integer groupYear, Map<String, MunicipalityGroup> groups,
                                         Integer populationYear, Map<String, Integer> populations) {

    public MunicipalityClassification {
        groups = Map.copyOf(groups);
        populations = Map.copyOf(populations);
    }

    public static final MunicipalityClassification NONE = new MunicipalityClassification(null, Map.of(), null,
            Map.of());
}
