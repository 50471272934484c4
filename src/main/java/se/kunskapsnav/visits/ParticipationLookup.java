package se.kunskapsnav.visits;

import se.kunskapsnav.visits.ParticipationCsv.LineError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the cells of a sign-in file name, as the directory's codes and ids: a municipality code (Excel drops its
 * leading zero), an organisation by name (told apart from namesakes by the municipality), a profession by code
 * or name. Names are matched case-insensitively with spaces collapsed. A cell that names nothing known adds a
 * Swedish error for its line and column (null when the file has no columns named in its messages).
 */
public final class ParticipationLookup {

    private static final Locale SWEDISH = Locale.of("sv");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    /** How alike two names must be (Dice's coefficient of their letter triples) for one to be suggested. */
    private static final double LIKE_ENOUGH = 0.6;

    private final ParticipationDirectory directory;
    private final Map<String, List<ParticipationDirectory.KnownOrganisation>> organisations = new HashMap<>();
    private final Map<String, String> professions = new HashMap<>();
    /** Each known organisation name's letter triples, for {@link #nearestOrganisationName}. */
    private Map<String, Set<String>> knownTriples;

    public ParticipationLookup(ParticipationDirectory directory) {
        this.directory = directory;
        directory.organisations().values().forEach(o ->
                organisations.computeIfAbsent(normal(o.name()), name -> new ArrayList<>()).add(o));
        professions.putAll(codesAndNames(directory.professions()));
    }

    /** The code of the municipality a cell names ("0180", or "180" as Excel writes it), or null and an error. */
    public String municipality(String text, int line, String column, List<LineError> errors) {
        if (!DIGITS.matcher(text).matches()) {
            errors.add(LineError.at(line, column, "participation.csv.badMunicipalityCode", text));
            return null;
        }
        String padded = "0".repeat(4 - text.length()) + text;
        if (text.length() < 3 || !directory.municipalityCodes().contains(padded)) {
            errors.add(LineError.at(line, column, "participation.csv.unknownMunicipality", text));
            return null;
        }
        return padded;
    }

    /**
     * The organisation a name names; among namesakes the one in {@code municipalityCode} (when given, as the
     * file wrote it in {@code municipalityText}), which it must not contradict. Null and an error otherwise.
     */
    public ParticipationDirectory.KnownOrganisation organisation(String name, String municipalityCode,
                                                                 String municipalityText, int line, String column,
                                                                 List<LineError> errors) {
        List<ParticipationDirectory.KnownOrganisation> candidates = organisations.getOrDefault(normal(name), List.of());
        if (candidates.size() > 1 && municipalityCode != null) {
            candidates = candidates.stream().filter(o -> municipalityCode.equals(o.municipalityCode())).toList();
        }
        if (candidates.isEmpty()) {
            String nearest = nearestOrganisationName(name);
            errors.add(nearest == null
                    ? LineError.at(line, column, "participation.csv.unknownOrganisation", name)
                    : LineError.at(line, column, "participation.csv.unknownOrganisationNearest", name, nearest));
            return null;
        }
        if (candidates.size() > 1) {
            errors.add(LineError.at(line, column, "participation.csv.ambiguousOrganisation", name));
            return null;
        }
        ParticipationDirectory.KnownOrganisation organisation = candidates.getFirst();
        if (municipalityCode != null && organisation.municipalityCode() != null
                && !organisation.municipalityCode().equals(municipalityCode)) {
            errors.add(LineError.at(line, column, "participation.csv.otherMunicipality", name, municipalityText));
            return null;
        }
        return organisation;
    }

    /**
     * The known organisation name most like {@code name} by the letter triples the two share (Dice's
     * coefficient, spaces and case aside), when they share enough to be worth suggesting: "Region Västra
     * Götaland" finds "Västra Götalandsregionen" though the words come in another order and are joined.
     */
    String nearestOrganisationName(String name) {
        if (knownTriples == null) { // made once per file, at its first unknown name
            knownTriples = new HashMap<>();
            organisations.values().forEach(namesakes -> knownTriples.put(namesakes.getFirst().name(),
                    letterTriples(namesakes.getFirst().name())));
        }
        Set<String> wanted = letterTriples(name);
        String nearest = null;
        double best = LIKE_ENOUGH;
        for (Map.Entry<String, Set<String>> entry : knownTriples.entrySet()) {
            String known = entry.getKey();
            Set<String> triples = entry.getValue();
            long shared = triples.stream().filter(wanted::contains).count();
            double likeness = 2.0 * shared / (triples.size() + wanted.size());
            if (likeness > best) {
                best = likeness;
                nearest = known;
            }
        }
        return nearest;
    }

    private static Set<String> letterTriples(String text) {
        String letters = normal(text).replace(" ", "");
        Set<String> triples = new HashSet<>();
        for (int i = 0; i + 3 <= letters.length(); i++) {
            triples.add(letters.substring(i, i + 3));
        }
        return triples;
    }

    /** The code of the profession a cell names by code or name, or null when none. */
    public String profession(String codeOrName) {
        return professions.get(normal(codeOrName));
    }

    /** An index from the normalised codes and names of a vocabulary (code to name) to its codes. */
    public static Map<String, String> codesAndNames(Map<String, String> vocabulary) {
        Map<String, String> index = new HashMap<>();
        vocabulary.forEach((code, name) -> index.put(normal(code), code));
        vocabulary.forEach((code, name) -> index.putIfAbsent(normal(name), code));
        return index;
    }

    /** A name as matched: trimmed, inner spaces collapsed, lower case. */
    public static String normal(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(SWEDISH);
    }
}
