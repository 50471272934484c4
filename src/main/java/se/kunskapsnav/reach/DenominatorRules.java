package se.kunskapsnav.reach;

import se.kunskapsnav.directory.OrganisationType;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.platform.Years;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The checks on a stored total before it is saved; each problem names its field. */
final class DenominatorRules {

    static final int LARGEST_TOTAL = 10_000_000;

    private DenominatorRules() {
    }

    /** The denominator to save (id 0 for a new one), or an {@link InvalidInputException}. */
    static Denominator check(long id, String countyCode, Integer year, String label, String organisationType,
                             String professionCode, Integer total, Set<String> counties, Set<String> professions) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (countyCode == null || !counties.contains(countyCode)) {
            problems.put("lan", "reach.denominator.unknownCounty");
        }
        if (year == null || !Years.isRecordable(year)) {
            problems.put("ar", "reach.denominator.badYear");
        }
        String cleanLabel = TextInput.required(label, 200, "benamning", problems);
        String type = blankToNull(organisationType);
        String profession = blankToNull(professionCode);
        if (type != null && Arrays.stream(OrganisationType.values()).noneMatch(t -> t.name().equals(type))) {
            problems.put("organisationstyp", "reach.denominator.unknownType");
        }
        if (profession != null && !professions.contains(profession)) {
            problems.put("yrke", "reach.denominator.unknownProfession");
        }
        if (type == null && profession == null) {
            problems.put("organisationstyp", "reach.denominator.whoMissing");
        }
        if (total == null || total < 1 || total > LARGEST_TOTAL) {
            problems.put("antal", "reach.denominator.badTotal");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Denominator(id, countyCode, year, cleanLabel, type, profession, total);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
