package se.kunskapsnav.courses;

import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Course times are given and shown as Swedish wall-clock time and stored as instants. A time that does
 * not exist (skipped when clocks go forward) is refused rather than moved; a time that exists twice
 * (when clocks go back) means the first, summer-time one.
 */
public final class SwedishTime {

    public static final ZoneId ZONE = ClockProducer.SWEDEN;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Messages.SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Messages.SWEDISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);

    private SwedishTime() {
    }

    /** The instant of a Swedish wall-clock time, or empty when that time does not exist. */
    public static Optional<Instant> instant(LocalDateTime local) {
        if (ZONE.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.of(local, ZONE).toInstant());
    }

    public static ZonedDateTime zoned(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** "tisdag 3 mars 2026 kl. 09.00–16.00", or both dates when the span crosses midnight. */
    public static String describe(Instant start, Instant end) {
        ZonedDateTime from = zoned(start);
        ZonedDateTime to = zoned(end);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return DAY.format(from) + " kl. " + TIME.format(from) + "–" + TIME.format(to);
        }
        return DAY.format(from) + " kl. " + TIME.format(from) + " – " + DAY.format(to) + " kl. " + TIME.format(to);
    }

    /** "3 mars 2026 kl. 09.00". */
    public static String dateTime(Instant instant) {
        return date(instant) + " kl. " + TIME.format(zoned(instant));
    }

    /** "3 mars 2026". */
    public static String date(Instant instant) {
        return DATE.format(zoned(instant));
    }

    /** "3 mars 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The Swedish date at {@code instant}. */
    public static LocalDate today(Instant instant) {
        return zoned(instant).toLocalDate();
    }
}
