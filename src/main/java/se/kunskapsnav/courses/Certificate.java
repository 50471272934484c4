package se.kunskapsnav.courses;

import se.kunskapsnav.platform.Messages;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a certificate says, line by line: who did what ({@code statement}), which course, who organised
 * it, the details (sessions attended, modules completed), a summary line, the date and an id.
 */
public record Certificate(String statement, String courseTitle, String organiser,
                          List<String> details, String summary, LocalDate issuedOn, String reference) {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Messages.SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Messages.SWEDISH);

    public Certificate {
        details = List.copyOf(details);
    }

    /** A course certificate: the sessions the person attended and their total time. */
    public static Certificate ofSessions(String participantName, String courseTitle, String organiser,
                                         List<CertificateSession> sessions, LocalDate issuedOn, String reference) {
        return new Certificate(Messages.get("certificate.participated", participantName),
                courseTitle, organiser, sessions.stream().map(Certificate::describe).toList(),
                Messages.get("certificate.totalHours", totalHours(sessions)), issuedOn, reference);
    }

    private static String describe(CertificateSession session) {
        ZonedDateTime start = session.start().withZoneSameInstant(STOCKHOLM);
        ZonedDateTime end = session.end().withZoneSameInstant(STOCKHOLM);
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return Messages.get("certificate.session", DAY.format(start), TIME.format(start), TIME.format(end));
        }
        return Messages.get("certificate.sessionOverDays",
                DAY.format(start), TIME.format(start), DAY.format(end), TIME.format(end));
    }

    /** Real elapsed time, so a session across the change to or from summer time counts what was actually spent. */
    private static double totalHours(List<CertificateSession> sessions) {
        long minutes = sessions.stream()
                .mapToLong(session -> Duration.between(session.start(), session.end()).toMinutes())
                .sum();
        return minutes / 60.0;
    }
}
