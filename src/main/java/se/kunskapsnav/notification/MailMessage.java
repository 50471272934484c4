package se.kunskapsnav.notification;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text mail to one person, with files (an invitation's .ics, a check-in code's picture) or none. Services
 * fire it as a CDI event inside their transaction: it is stored in the mail outbox with their changes and sent
 * only after the transaction commits.
 */
public record MailMessage(String to, String subject, String body, List<MailAttachment> attachments) {

    public MailMessage {
        attachments = List.copyOf(attachments);
    }

    public MailMessage(String to, String subject, String body) {
        this(to, subject, body, List.of());
    }

    /** A mail with the files given that are not null. */
    public MailMessage(String to, String subject, String body, MailAttachment... attachments) {
        this(to, subject, body, Arrays.stream(attachments).filter(Objects::nonNull).toList());
    }

    /** A file sent with the mail. */
    public record MailAttachment(String fileName, String contentType, byte[] content) {

        /** An iCalendar file, so the mail's events land in the recipient's calendar. */
        public static MailAttachment calendar(String fileName, String icalendar) {
            return new MailAttachment(fileName, "text/calendar; charset=UTF-8",
                    icalendar.getBytes(StandardCharsets.UTF_8));
        }

        /** A PNG picture, which mail programs show in the mail. */
        public static MailAttachment picture(String fileName, byte[] png) {
            return new MailAttachment(fileName, "image/png", png);
        }

        /** An iTIP invitation (RFC 6047): the part names its method, as clients look for it there. */
        public static MailAttachment invitation(String fileName, String method, String icalendar) {
            return new MailAttachment(fileName, "text/calendar; method=" + method + "; charset=UTF-8",
                    icalendar.getBytes(StandardCharsets.UTF_8));
        }
    }
}
