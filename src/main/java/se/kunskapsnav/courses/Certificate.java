package se.kunskapsnav.courses;

import java.time.LocalDate;
import java.util.List;

/** What a course certificate says: who took part in which course, when, and which id it has. */
public record Certificate(String participantName, String courseTitle, String organiser,
                          List<CertificateSession> sessions, LocalDate issuedOn, String reference) {
}
