package se.kunskapsnav.courses;

import java.time.ZonedDateTime;

/** One occasion of a course that a certificate lists. */
public record CertificateSession(ZonedDateTime start, ZonedDateTime end) {
}
