package se.kunskapsnav.notification;

/**
 * A plain-text mail to one person, optionally with one attachment (an invitation's .ics). Services fire it
 * as a CDI event inside their transaction: it is stored in the mail outbox with their changes and sent
 * only after the transaction commits.
 */
public record MailMessage(String to, String subject, String body, MailAttachment attachment) {

    public MailMessage(String to, String subject, String body) {
        this(to, subject, body, null);
    }

    /** A file sent with the mail. */
    public record MailAttachment(String fileName, String contentType, byte[] content) {
    }
}
