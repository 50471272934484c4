package se.kunskapsnav.notification;

import java.nio.charset.StandardCharsets;

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

        /** An iCalendar file, so the mail's events land in the recipient's calendar. */
        public static MailAttachment calendar(String fileName, String icalendar) {
            return new MailAttachment(fileName, "text/calendar; charset=UTF-8",
                    icalendar.getBytes(StandardCharsets.UTF_8));
        }

        /** An iTIP invitation (RFC 6047): the part names its method, as clients look for it there. */
        public static MailAttachment invitation(String fileName, String method, String icalendar) {
            return new MailAttachment(fileName, "text/calendar; method=" + method + "; charset=UTF-8",
                    icalendar.getBytes(StandardCharsets.UTF_8));
        }
    }
}
