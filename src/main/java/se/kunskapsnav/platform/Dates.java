package se.kunskapsnav.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates people type (of visits, activities, study-group sessions): a sane range for typing mistakes, and how
 * they read in Swedish.
 */
public final class Dates {

    private static final DateTimeFormatter SWEDISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("sv"));

    private Dates() {
    }

    /** Reports a missing date as required and one outside {@link Years} as out of range; answers whether it is usable. */
    public static boolean check(LocalDate date, String field, boolean required, Map<String, String> problems) {
        if (date == null) {
            if (required) {
                problems.put(field, "validation.required");
            }
            return false;
        }
        if (!Years.isRecordable(date.getYear())) {
            problems.put(field, "visits.dateOutOfRange");
            return false;
        }
        return true;
    }

    /** "3 mars 2026". */
    public static String swedish(LocalDate date) {
        return date == null ? "" : SWEDISH.format(date);
    }

    /** "3 mars 2026" or "3–4 mars 2026" or "30 mars 2026 – 2 april 2026". */
    public static String span(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return swedish(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return start.getDayOfMonth() + "–" + swedish(end);
        }
        return swedish(start) + " – " + swedish(end);
    }
}
