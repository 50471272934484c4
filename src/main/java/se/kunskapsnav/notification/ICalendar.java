package se.kunskapsnav.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
     * @param method PUBLISH for feeds; null leaves METHOD out (invitations are written by {@link #invitation})
     * @param stamp  when the calendar was made, written as every event's DTSTAMP
     */
    public static String write(String calendarName, String method, List<CalendarEvent> events, Instant stamp) {
        StringBuilder out = begin(calendarName, method, !events.isEmpty());
        for (CalendarEvent event : events) {
            event(out, event, event.uid(), event.cancelled() ? 1 : 0, stamp, List.of());
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * An iTIP (RFC 5546) REQUEST or CANCEL of one person's place: one UID for all the sessions, the first session
     * the event and the others its extra dates (RDATE), each written again with its own end and place
     * (RECURRENCE-ID), so that a client files the whole course as one invitation it can update or cancel.
     * A course has at least one session ({@code CourseRules}).
     */
    public static String invitation(String calendarName, Invitation invitation, List<CalendarEvent> sessions,
                                    Instant stamp) {
        StringBuilder out = begin(calendarName, invitation.method().name(), true);
        boolean cancel = invitation.method() == Invitation.Method.CANCEL;
        List<String> people = List.of(
                "ORGANIZER;CN=" + parameter(invitation.organizerName()) + ":mailto:" + invitation.organizerEmail(),
                // the registration is the answer: no reply is asked for, and the client shows the place as accepted
                "ATTENDEE;CN=" + parameter(invitation.attendeeName())
                        + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:"
                        + invitation.attendeeEmail());
        List<String> first = new ArrayList<>(people);
        if (sessions.size() > 1) {
            first.add("RDATE;TZID=Europe/Stockholm:" + String.join(",", sessions.stream().skip(1)
                    .map(session -> local(session.start())).toList()));
        }
        event(out, cancelled(sessions.getFirst(), cancel), invitation.uid(), invitation.sequence(), stamp, first);
        for (CalendarEvent session : sessions.subList(1, sessions.size())) {
            List<String> instance = new ArrayList<>(people);
            instance.add("RECURRENCE-ID;TZID=Europe/Stockholm:" + local(session.start()));
            event(out, cancelled(session, cancel), invitation.uid(), invitation.sequence(), stamp, instance);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static CalendarEvent cancelled(CalendarEvent event, boolean cancel) {
        return !cancel ? event : new CalendarEvent(event.uid(), event.summary(), event.description(),
                event.location(), event.url(), event.start(), event.end(), true);
    }

    private static StringBuilder begin(String calendarName, String method, boolean withTimeZone) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kunskapsnav//Kunskapsnav//SV");
        line(out, "CALSCALE:GREGORIAN");
        if (method != null) {
            line(out, "METHOD:" + method);
        }
        line(out, "X-WR-CALNAME:" + escape(calendarName));
        if (withTimeZone) {
            STOCKHOLM_TIMEZONE.forEach(timezoneLine -> line(out, timezoneLine));
        }
        return out;
    }

    private static void event(StringBuilder out, CalendarEvent event, String uid, long sequence, Instant stamp,
                              List<String> more) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + uid);
        line(out, "DTSTAMP:" + UTC_TIME.format(stamp));
        line(out, "DTSTART;TZID=Europe/Stockholm:" + local(event.start()));
        line(out, "DTEND;TZID=Europe/Stockholm:" + local(event.end()));
        line(out, "SUMMARY:" + escape(event.summary()));
        optional(out, "DESCRIPTION:", escape(event.description()));
        optional(out, "LOCATION:", escape(event.location()));
        // URL is of type URI, not TEXT, so it is not escaped
        optional(out, "URL:", event.url());
        line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "SEQUENCE:" + sequence);
        more.forEach(property -> line(out, property));
        line(out, "END:VEVENT");
    }

    private static String local(ZonedDateTime time) {
        return LOCAL_TIME.format(time.withZoneSameInstant(STOCKHOLM));
    }

    /** A parameter value (a name): quoted, since names may hold ',' ';' ':'; a double quote cannot be written. */
    private static String parameter(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "'").replaceAll("\\p{Cntrl}", " ")) + "\"";
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
