package se.kunskapsnav.reach;

import se.kunskapsnav.geography.MunicipalityClassification;
import se.kunskapsnav.geography.MunicipalityGroup;
import se.kunskapsnav.platform.Messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Coverage of a report's municipalities by SKR group and by population band: per group (band) the scope's
 * municipalities reached, those in the group, and the share. Municipalities, not persons, are counted, so
 * nothing here is hidden: like every count of places in the report, the figures are exact for everyone.
 *
 * @param reportYear     the year the report is for (the last year of its period)
 * @param groupYear      the year of the groups used (the report's or the nearest earlier), null when none
 * @param populationYear likewise for populations
 * @param groups         one row per group with municipalities in scope, in group order
 * @param bands          one row per population band with municipalities in scope, smallest first
 */
public record Coverage(int reportYear, Integer groupYear, Integer populationYear, List<Row> groups,
                       List<Row> bands) {

    /** A group or band: its code, name, the municipalities reached and in it, and the percent reached. */
    public record Row(String key, String label, long reached, long total, Integer percent) {
    }

    public Coverage {
        groups = List.copyOf(groups);
        bands = List.copyOf(bands);
    }

    /**
     * Coverage of the municipalities {@code inScope} accepts (by code), of which those in {@code reached} were
     * reached, by the classification that holds for {@code reportYear}.
     */
    public static Coverage of(int reportYear, MunicipalityClassification classification, Predicate<String> inScope,
                              Set<String> reached) {
        List<Row> groups = rows(classification.groups(), MunicipalityGroup.class, group -> group,
                inScope, reached, group -> Messages.get("reach.skrGroup." + group.name()));
        List<Row> bands = rows(classification.populations(), PopulationBand.class, PopulationBand::of, inScope,
                reached, band -> Messages.get(band.messageKey()));
        return new Coverage(reportYear, classification.groupYear(), classification.populationYear(), groups, bands);
    }

    private static <V, K extends Enum<K>> List<Row> rows(Map<String, V> values, Class<K> keys,
                                                         Function<V, K> keyOf, Predicate<String> inScope,
                                                         Set<String> reached, Function<K, String> label) {
        Map<K, long[]> counts = new EnumMap<>(keys);
        values.forEach((code, value) -> {
            if (inScope.test(code)) {
                long[] count = counts.computeIfAbsent(keyOf.apply(value), key -> new long[2]);
                count[0] += reached.contains(code) ? 1 : 0;
                count[1]++;
            }
        });
        List<Row> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new Row(key.name(), label.apply(key), count[0], count[1],
                Figure.exact(count[0]).percentOf(count[1]))));
        return rows;
    }

    /** What the group figures are based on, in a sentence: the year used, or that no groups are imported. */
    public String groupNotice() {
        return notice(groupYear, "reach.coverage.groupsNone", "reach.coverage.groupsOf",
                "reach.coverage.groupsOfEarlier");
    }

    /** What the band figures are based on, likewise. */
    public String populationNotice() {
        return notice(populationYear, "reach.coverage.populationNone", "reach.coverage.populationOf",
                "reach.coverage.populationOfEarlier");
    }

    private String notice(Integer usedYear, String none, String same, String earlier) {
        if (usedYear == null) {
            return Messages.get(none, String.valueOf(reportYear));
        }
        return usedYear == reportYear ? Messages.get(same, String.valueOf(usedYear))
                : Messages.get(earlier, String.valueOf(usedYear), String.valueOf(reportYear));
    }
}
