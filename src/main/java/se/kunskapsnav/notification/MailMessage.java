package se.kunskapsnav.notification;

/**
 * A plain-text mail to one person. Services fire it as a CDI event inside their transaction; it is sent
 * only after the transaction commits.
 */
public record MailMessage(String to, String subject, String body) {
}
