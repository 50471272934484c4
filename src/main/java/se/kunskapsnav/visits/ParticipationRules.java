package se.kunskapsnav.visits;

import se.kunskapsnav.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes the participation of a count-only activity acceptable: each row names a known municipality or
 * organisation (or both, if they agree), a known profession and at least one person. Rows for the same
 * municipality, organisation and profession are added together.
 */
public final class ParticipationRules {

    public static final int MAX_ROWS = 10_000;

    private ParticipationRules() {
    }

    public static List<ValidParticipation> check(List<ParticipationInput> rows, ParticipationDirectory directory) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (rows.size() > MAX_ROWS) {
            throw InvalidInputException.of("participation", "participation.tooManyRows");
        }
        List<ValidParticipation> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ParticipationInput row = rows.get(i);
            String field = "participation[" + i + "].";
            if (row == null) {
                problems.put("participation[" + i + "]", "validation.required");
                continue;
            }
            String municipality = blankToNull(row.municipalityCode());
            ParticipationDirectory.KnownOrganisation organisation = null;
            if (municipality == null && row.organisationId() == null) {
                problems.put(field + "municipalityCode", "participation.placeRequired");
            }
            if (municipality != null && !directory.municipalityCodes().contains(municipality)) {
                problems.put(field + "municipalityCode", "participation.unknownMunicipality");
            }
            if (row.organisationId() != null) {
                organisation = directory.organisations().get(row.organisationId());
                if (organisation == null) {
                    problems.put(field + "organisationId", "validation.unknownOrganisation");
                } else if (municipality != null && organisation.municipalityCode() != null
                        && !organisation.municipalityCode().equals(municipality)) {
                    problems.put(field + "organisationId", "participation.otherMunicipality");
                }
            }
            String profession = blankToNull(row.professionCode());
            if (profession == null) {
                problems.put(field + "professionCode", "validation.required");
            } else if (!directory.professions().containsKey(profession)) {
                problems.put(field + "professionCode", "validation.unknownProfession");
            }
            VisitRules.attendeeCount(row.attendees(), field + "attendees", problems);
            if (problems.isEmpty()) {
                String stored = organisation != null && organisation.municipalityCode() != null
                        ? organisation.municipalityCode() : municipality;
                valid.add(new ValidParticipation(stored, row.organisationId(), profession, row.attendees()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return merged(valid);
    }

    /** Rows with the same municipality, organisation and profession as one row, in order of first appearance. */
    static List<ValidParticipation> merged(List<ValidParticipation> rows) {
        record Key(String municipalityCode, Long organisationId, String professionCode) {
        }
        Map<Key, ValidParticipation> merged = new LinkedHashMap<>();
        for (ValidParticipation row : rows) {
            merged.merge(new Key(row.municipalityCode(), row.organisationId(), row.professionCode()), row,
                    (earlier, later) -> new ValidParticipation(earlier.municipalityCode(), earlier.organisationId(),
                            earlier.professionCode(), earlier.attendees() + later.attendees()));
        }
        return List.copyOf(merged.values());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
