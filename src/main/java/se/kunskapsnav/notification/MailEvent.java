package se.kunskapsnav.notification;

/**
 * A mail stored as the event that calls for it, written only when it is sent ({@link MailRendering}): stored inside
 * the caller's transaction, several at once ({@link MailEvents}), so the outbox row commits with the change, but the
 * transaction writes one short row instead of composing text and files. For a transaction that holds a lock many
 * others wait for (a course's seats, issue 23).
 *
 * @param to      the recipient's address as it is now
 * @param kind    what happened, named by the feature that renders it (e.g. {@code course.registered})
 * @param subject the row it happened to (e.g. a registration's id)
 * @param detail  what else the mail must say that the rows will not tell later (at most 200 characters)
 */
public record MailEvent(String to, String kind, long subject, String detail) {
}
