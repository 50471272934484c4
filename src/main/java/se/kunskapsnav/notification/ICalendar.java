package se.kunskapsnav.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes RFC 5545 calendars by hand, so that ical4j is needed by the tests only. */
public final class ICalendar {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    // Swedish summer time since 1996, the rules the EU still applies
    private static final List<String> STOCKHOLM_TIMEZONE = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Stockholm",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private ICalendar() {
    }

    /**
     * @param method PUBLISH, REQUEST or CANCEL; null leaves METHOD out
     * @param stamp  when the calendar was made, written as every event's DTSTAMP
     */
    public static String write(String calendarName, String method, List<CalendarEvent> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kunskapsnav//Kunskapsnav//SV");
        line(out, "CALSCALE:GREGORIAN");
        if (method != null) {
            line(out, "METHOD:" + method);
        }
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        if (!events.isEmpty()) {
            STOCKHOLM_TIMEZONE.forEach(timezoneLine -> line(out, timezoneLine));
        }
        for (CalendarEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + UTC_TIME.format(stamp));
            line(out, "DTSTART;TZID=Europe/Stockholm:" + LOCAL_TIME.format(event.start().withZoneSameInstant(STOCKHOLM)));
            line(out, "DTEND;TZID=Europe/Stockholm:" + LOCAL_TIME.format(event.end().withZoneSameInstant(STOCKHOLM)));
            line(out, "SUMMARY:" + escape(event.summary()));
            optional(out, "DESCRIPTION:", escape(event.description()));
            optional(out, "LOCATION:", escape(event.location()));
            // URL is of type URI, not TEXT, so it is not escaped
            optional(out, "URL:", event.url());
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "SEQUENCE:" + (event.cancelled() ? 1 : 0));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static void optional(StringBuilder out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            line(out, name + value);
        }
    }

    /** TEXT escaping of RFC 5545 section 3.3.11; CR LF and lone CR count as one line break. */
    private static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    // other control characters are not allowed in TEXT
                    if (c >= ' ' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** Folds a content line at 75 octets of UTF-8, never inside a character; continuations start with a space. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 0;
                limit = MAX_LINE_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
