package se.kunskapsnav.notification;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.parameter.ParticipationStatus;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant STAMP = Instant.parse("2026-09-01T10:15:30Z");

    @Test
    void calendarParsesAndValidatesWithIcal4j() throws Exception {
        // without METHOD ical4j checks RFC 5545 only; with one it adds iTIP rules that want an ORGANIZER
        String ics = ICalendar.write("Kunskapsnav – utbildningar", null, List.of(event("Grundkurs", null, false)), STAMP);

        Calendar calendar = parse(ics);

        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertTrue(calendar.getProperty(Property.METHOD).isEmpty());
        assertEquals("Kunskapsnav – utbildningar", calendar.getRequiredProperty("X-WR-CALNAME").getValue());
        VEvent event = onlyEvent(calendar);
        assertEquals("Grundkurs", event.getSummary().getValue());
        assertEquals("20260901T101530Z", event.getRequiredProperty(Property.DTSTAMP).getValue());
        assertEquals("CONFIRMED", event.getStatus().getValue());
        assertEquals("0", event.getRequiredProperty(Property.SEQUENCE).getValue());
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends in CR LF");
    }

    @Test
    void eventOnTheDaySummerTimeEndsHasTheRightInstants() throws Exception {
        CalendarEvent dayOfChange = new CalendarEvent("a@kunskapsnav", "Fördjupning", null, null, null,
                ZonedDateTime.of(2026, 10, 25, 9, 0, 0, 0, STOCKHOLM),
                ZonedDateTime.of(2026, 10, 25, 16, 0, 0, 0, STOCKHOLM), false);

        String ics = ICalendar.write("Kalender", null, List.of(dayOfChange), STAMP);
        VEvent event = onlyEvent(parse(ics));

        assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20261025T090000\r\n"), ics);
        assertEquals(Instant.parse("2026-10-25T08:00:00Z"), instant(event.getDateTimeStart().getDate()));
        assertEquals(Instant.parse("2026-10-25T15:00:00Z"), instant(event.getDateTimeEnd().getDate()));
    }

    @Test
    void writtenTimeZoneSwitchesOffsetOnTheLastSundaysOfMarchAndOctober() throws Exception {
        String ics = ICalendar.write("Kalender", null, List.of(event("Kurs", null, false)), STAMP);
        VTimeZone written = parse(ics).<VTimeZone>getComponents(Component.VTIMEZONE).getFirst();
        TimeZone zone = new TimeZone(written);

        // ical4j resolves observances to within hours only, so this checks the days; the DST-day test checks the hour
        int hour = 3_600_000;
        assertEquals(2 * hour, zone.getOffset(Instant.parse("2026-10-18T12:00:00Z").toEpochMilli()));
        assertEquals(2 * hour, zone.getOffset(Instant.parse("2026-10-24T12:00:00Z").toEpochMilli()));
        assertEquals(hour, zone.getOffset(Instant.parse("2026-10-25T12:00:00Z").toEpochMilli()));
        assertEquals(hour, zone.getOffset(Instant.parse("2027-03-27T12:00:00Z").toEpochMilli()));
        assertEquals(2 * hour, zone.getOffset(Instant.parse("2027-03-28T12:00:00Z").toEpochMilli()));
    }

    @Test
    void timesGivenInAnotherZoneAreWrittenAsStockholmTime() throws Exception {
        CalendarEvent summer = new CalendarEvent("b@kunskapsnav", "Sommarkurs", null, null, null,
                ZonedDateTime.of(2026, 6, 16, 7, 0, 0, 0, ZoneId.of("UTC")),
                ZonedDateTime.of(2026, 6, 16, 14, 30, 0, 0, ZoneId.of("UTC")), false);

        String ics = ICalendar.write("Kalender", null, List.of(summer), STAMP);
        VEvent event = onlyEvent(parse(ics));

        assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20260616T090000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=Europe/Stockholm:20260616T163000\r\n"), ics);
        assertTrue(ics.contains("TZOFFSETTO:+0200\r\n"));
        assertEquals(Instant.parse("2026-06-16T07:00:00Z"), instant(event.getDateTimeStart().getDate()));
    }

    @Test
    void longSwedishDescriptionIsFoldedAt75OctetsAndSurvivesByteExactly() throws Exception {
        String description = "Älgar på ön äter blåbär i skärgården – ".repeat(12) + "𝄞 slut";

        String ics = ICalendar.write("Kalender", "PUBLISH", List.of(event("Kurs", description, false)), STAMP);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = new String(unfold(bytes), StandardCharsets.UTF_8);
        assertTrue(unfolded.contains("\r\nDESCRIPTION:" + description + "\r\n"), unfolded);
        assertEquals(description, onlyEvent(parse(ics)).getDescription().getValue());
    }

    @Test
    void commasSemicolonsBackslashesAndLineBreaksRoundTrip() throws Exception {
        String description = "Ta med: penna, papper; anteckningar\nRad två\r\nRad tre med \\ snedstreck";
        CalendarEvent event = new CalendarEvent("c@kunskapsnav", "Möte; del 1, del 2", description,
                "Länsstyrelsen, Storgatan 1; plan 3", "https://kunskapsnav.example/kurs?id=1&typ=a", start(), end(), false);

        String ics = ICalendar.write("Kalender", "REQUEST", List.of(event), STAMP);
        VEvent parsed = onlyEvent(parse(ics));

        assertTrue(ics.contains("SUMMARY:Möte\\; del 1\\, del 2\r\n"), ics);
        assertEquals("Möte; del 1, del 2", parsed.getSummary().getValue());
        assertEquals("Ta med: penna, papper; anteckningar\nRad två\nRad tre med \\ snedstreck",
                parsed.getDescription().getValue());
        assertEquals("Länsstyrelsen, Storgatan 1; plan 3", parsed.getLocation().getValue());
        assertEquals("https://kunskapsnav.example/kurs?id=1&typ=a", parsed.getRequiredProperty(Property.URL).getValue());
    }

    @Test
    void cancellationIsMarkedCancelledWithAHigherSequence() throws Exception {
        String ics = ICalendar.write("Kalender", "CANCEL", List.of(event("Inställd kurs", null, true)), STAMP);
        Calendar calendar = parse(ics);
        VEvent event = onlyEvent(calendar);

        assertEquals("CANCEL", calendar.getRequiredProperty(Property.METHOD).getValue());
        assertEquals("CANCELLED", event.getStatus().getValue());
        assertEquals("1", event.getRequiredProperty(Property.SEQUENCE).getValue());
    }

    /**
     * A registrant's place in a two-session course as an iTIP REQUEST, read by ical4j with its iTIP rules (which
     * want ORGANIZER, ATTENDEE, SEQUENCE ...) and by biweekly, as two calendar clients would.
     */
    @Test
    void invitationIsAnItipRequestThatTwoParsersReadAlike() throws Exception {
        String ics = ICalendar.invitation("Grundkurs", invitation(Invitation.Method.REQUEST, 7), twoSessions(), STAMP);

        List<VEvent> events = validItip(ics, "REQUEST");
        assertEquals(2, events.size());
        for (VEvent event : events) {
            assertEquals("anmalan-42@kunskapsnav.test", event.getUid().orElseThrow().getValue());
            assertEquals("7", event.getRequiredProperty(Property.SEQUENCE).getValue());
            assertEquals("mailto:kontakt@lansstyrelsen.example",
                    event.getRequiredProperty(Property.ORGANIZER).getValue());
            Property attendee = event.getRequiredProperty(Property.ATTENDEE);
            assertEquals("mailto:anna@kommun.example", attendee.getValue());
            assertEquals("ACCEPTED", attendee.getRequiredParameter("PARTSTAT").getValue());
            assertEquals("Anna 'Andersson', Vällingby", attendee.getRequiredParameter("CN").getValue());
        }
        assertEquals(Instant.parse("2026-11-10T08:00:00Z"),
                instant(events.get(1).<Temporal>getRecurrenceId().getDate()));
        assertTrue(ics.contains("RDATE;TZID=Europe/Stockholm:20261110T090000\r\n"), ics);
        assertEquals("Länsstyrelsen, sal 2", events.get(1).getLocation().getValue());

        biweekly.ICalendar other = Biweekly.parse(ics).first();
        assertEquals(biweekly.property.Method.REQUEST, other.getMethod().getValue());
        assertEquals(2, other.getEvents().size());
        biweekly.component.VEvent first = other.getEvents().getFirst();
        assertEquals("anmalan-42@kunskapsnav.test", first.getUid().getValue());
        assertEquals(7, first.getSequence().getValue());
        assertEquals("kontakt@lansstyrelsen.example", first.getOrganizer().getEmail());
        assertEquals("anna@kommun.example", first.getAttendees().getFirst().getEmail());
        assertEquals(ParticipationStatus.ACCEPTED, first.getAttendees().getFirst().getParticipationStatus());
        assertEquals(Instant.parse("2026-11-03T08:00:00Z"), first.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2026-11-10T08:00:00Z"),
                other.getEvents().get(1).getRecurrenceId().getValue().toInstant());
        assertTrue(other.validate(ICalVersion.V2_0).isEmpty(), other.validate(ICalVersion.V2_0).toString());
    }

    @Test
    void cancelledInvitationKeepsTheUidWithAHigherSequence() throws Exception {
        String ics = ICalendar.invitation("Grundkurs", invitation(Invitation.Method.CANCEL, 8), twoSessions(), STAMP);

        for (VEvent event : validItip(ics, "CANCEL")) {
            assertEquals("anmalan-42@kunskapsnav.test", event.getUid().orElseThrow().getValue());
            assertEquals("8", event.getRequiredProperty(Property.SEQUENCE).getValue());
            assertEquals("CANCELLED", event.getStatus().getValue());
        }
        biweekly.ICalendar other = Biweekly.parse(ics).first();
        assertEquals(biweekly.property.Method.CANCEL, other.getMethod().getValue());
        assertEquals(8, other.getEvents().getFirst().getSequence().getValue());
    }

    /** Parses an iTIP message with ical4j, which then applies its iTIP rules as well, and checks its METHOD. */
    private static List<VEvent> validItip(String ics, String method) throws IOException, ParserException {
        Calendar calendar = parse(ics);
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        assertEquals(method, calendar.getRequiredProperty(Property.METHOD).getValue());
        return calendar.getComponents(Component.VEVENT);
    }

    private static Invitation invitation(Invitation.Method method, long sequence) {
        return new Invitation(method, "anmalan-42@kunskapsnav.test", sequence, "Länsstyrelsen i Stockholms län",
                "kontakt@lansstyrelsen.example", "Anna \"Andersson\", Vällingby", "anna@kommun.example");
    }

    private static List<CalendarEvent> twoSessions() {
        return List.of(event("Grundkurs", "Dag 1", false), new CalendarEvent("ignored", "Grundkurs", "Dag 2",
                "Länsstyrelsen, sal 2", null, start().plusWeeks(1), end().plusWeeks(1), false));
    }

    @Test
    void emptyOptionalFieldsAndEmptyCalendarsAreLeftOut() throws Exception {
        String withEvent = ICalendar.write("Kalender", null, List.of(event("Kurs", "", false)), STAMP);
        String empty = ICalendar.write("Kalender", null, List.of(), STAMP);

        assertFalse(withEvent.contains("DESCRIPTION"));
        assertFalse(withEvent.contains("LOCATION"));
        assertFalse(withEvent.contains("URL"));
        assertFalse(withEvent.contains("METHOD"));
        assertTrue(withEvent.contains("BEGIN:VTIMEZONE"));
        assertFalse(empty.contains("VTIMEZONE"));
        assertTrue(parse(empty).getComponents().isEmpty());
    }

    private static CalendarEvent event(String summary, String description, boolean cancelled) {
        return new CalendarEvent("kurs-17@kunskapsnav", summary, description, null, null, start(), end(), cancelled);
    }

    private static ZonedDateTime start() {
        return ZonedDateTime.of(LocalDateTime.of(2026, 11, 3, 9, 0), STOCKHOLM);
    }

    private static ZonedDateTime end() {
        return ZonedDateTime.of(LocalDateTime.of(2026, 11, 3, 16, 0), STOCKHOLM);
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.getFirst();
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    /** Unfolds at the byte level, so a character split across a fold would show up as a decoding error. */
    private static byte[] unfold(byte[] folded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < folded.length; i++) {
            if (folded[i] == '\r' && i + 2 < folded.length && folded[i + 1] == '\n' && folded[i + 2] == ' ') {
                i += 2;
            } else {
                out.write(folded[i]);
            }
        }
        return out.toByteArray();
    }
}
