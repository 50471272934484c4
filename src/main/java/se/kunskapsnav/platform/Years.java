package se.kunskapsnav.platform;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The years the portal records facts for (visits, activities, stored totals, questionnaires): {@value #FIRST}
 * to {@value #LAST}. Anything outside is a typing mistake, refused the same way everywhere.
 */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2099;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST, 12, 31);

    private Years() {
    }

    public static boolean isRecordable(int year) {
        return year >= FIRST && year <= LAST;
    }

    /** A year as typed ("2026", spaces around allowed) when it is a recordable year; empty otherwise. */
    public static OptionalInt parse(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(text.strip());
        return isRecordable(year) ? OptionalInt.of(year) : OptionalInt.empty();
    }
}
