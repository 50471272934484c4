package se.kunskapsnav.reach;

import se.kunskapsnav.platform.Messages;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names for a report's codes, read once per report: counties, municipalities (with what reach compares them
 * by), professions, sectors, themes, activity kinds and course series (id to name). Kinds that are not course
 * kinds (network meeting, municipal visit, the web course's tracks) are named by the message bundle.
 */
record ReachLabels(Map<String, String> counties, Map<String, String> municipalities,
                   Map<String, MunicipalityFacts> municipalityFacts, Map<String, String> professions,
                   Map<String, String> sectors, Map<String, String> themes, Map<String, String> kinds,
                   Map<String, String> series) {

    static final Map<String, String> OWN_KINDS = ownKinds();

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.SWEDISH);

    private static Map<String, String> ownKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String kind : new String[] {"natverkstraff", "kommunbesok", "webbkurs-grupp", "webbkurs-individuell"}) {
            kinds.put(kind, "reach.kind." + kind);
        }
        return kinds;
    }

    String label(Dimension dimension, String key) {
        if (key == null) {
            return Messages.get("reach.unknown");
        }
        return switch (dimension) {
            case COUNTY -> counties.getOrDefault(key, key);
            case PROFESSION -> professions.getOrDefault(key, key);
            case SECTOR -> sectors.getOrDefault(key, key);
            case ORGANISATION_TYPE -> Messages.get("organisationType." + key);
            case MUNICIPALITY -> municipalities.getOrDefault(key, key);
            case MUNICIPALITY_GROUP -> Messages.get("reach.skrGroup." + key);
            case POPULATION_BAND -> Messages.get(PopulationBand.valueOf(key).messageKey());
            case MONTH -> MONTH.format(YearMonth.parse(key));
            case THEME -> themes.getOrDefault(key, key);
            case KIND -> kind(key);
            case SERIES -> series.getOrDefault(key, key);
            case ACTIVITY -> key;
        };
    }

    String kind(String code) {
        String own = OWN_KINDS.get(code);
        return own != null ? Messages.get(own) : kinds.getOrDefault(code, code);
    }
}
