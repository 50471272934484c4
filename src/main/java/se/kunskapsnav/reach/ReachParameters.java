package se.kunskapsnav.reach;

import se.kunskapsnav.platform.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A report's address, as the page, its exports and the API share it: {@code lan} (repeated; a county's code
 * or letters; none is the whole country), the period as {@code ar} (a calendar year; this year when nothing
 * is given) or {@code fran} and {@code till} (yyyy-MM-dd, both; they win over {@code ar}), and the repeated
 * {@code typ} (activity kind), {@code tema} (theme) and {@code yrke} (profession). Blank values are left out,
 * as a GET form sends its empty fields. Every problem is named by its parameter.
 */
public final class ReachParameters {

    public static final String COUNTY = "lan";
    public static final String YEAR = "ar";
    public static final String FROM = "fran";
    public static final String TO = "till";
    public static final String KIND = "typ";
    public static final String THEME = "tema";
    public static final String PROFESSION = "yrke";
    /** A course series' id. */
    public static final String SERIES = "serie";
    /** The years a report can cover. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    private final ReachOptions options;
    private final Map<String, String> countyLetters;
    private final LocalDate today;

    /**
     * @param countyLetters county letters (upper case, "AB") to their codes
     * @param today         today in Swedish time, whose year is the default
     */
    public ReachParameters(ReachOptions options, Map<String, String> countyLetters, LocalDate today) {
        this.options = options;
        this.countyLetters = Map.copyOf(countyLetters);
        this.today = today;
    }

    /** The query the parameters ask for, or an {@link InvalidInputException} naming each bad parameter. */
    public ReachQuery query(Map<String, List<String>> parameters) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> counties = new LinkedHashSet<>();
        for (String county : values(parameters, COUNTY)) {
            String code = options.counties().containsKey(county) ? county
                    : countyLetters.get(county.toUpperCase(Locale.ROOT));
            if (code == null) {
                problems.put(COUNTY, "reachpages.param.unknownCounty");
            } else {
                counties.add(code);
            }
        }
        Set<String> kinds = known(parameters, KIND, options.kinds(), "reachpages.param.unknownKind", problems);
        Set<String> themes = known(parameters, THEME, options.themes(), "reachpages.param.unknownTheme", problems);
        Set<String> professions = known(parameters, PROFESSION, options.professions(),
                "reachpages.param.unknownProfession", problems);
        Set<String> series = known(parameters, SERIES, options.series(), "reachpages.param.unknownSeries", problems);

        LocalDate from = null;
        LocalDate to = null;
        String fromText = first(parameters, FROM);
        String toText = first(parameters, TO);
        if (fromText != null || toText != null) {
            from = date(fromText, FROM, problems);
            to = date(toText, TO, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.put(TO, "reachpages.param.toBeforeFrom");
            }
        } else {
            Integer year = year(first(parameters, YEAR), problems);
            if (year != null) {
                from = LocalDate.of(year, 1, 1);
                to = LocalDate.of(year, 12, 31);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReachQuery(counties, from, to, kinds, themes, professions, Set.of(), series);
    }

    private static Set<String> known(Map<String, List<String>> parameters, String name, Map<String, String> known,
                                     String messageKey, Map<String, String> problems) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : values(parameters, name)) {
            if (known.containsKey(value)) {
                chosen.add(value);
            } else {
                problems.put(name, messageKey);
            }
        }
        return chosen;
    }

    private Integer year(String text, Map<String, String> problems) {
        if (text == null) {
            return today.getYear();
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(YEAR, "reachpages.param.badYear");
        return null;
    }

    private static LocalDate date(String text, String name, Map<String, String> problems) {
        if (text == null) {
            problems.put(name, "reachpages.param.dateMissing");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.put(name, "reachpages.param.badDate");
        return null;
    }

    /** The parameter's non-blank values, trimmed. */
    private static List<String> values(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(value -> value != null && !value.isBlank()).map(String::trim).toList();
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = values(parameters, name);
        return values.isEmpty() ? null : values.getFirst();
    }
}
