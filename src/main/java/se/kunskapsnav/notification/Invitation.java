package se.kunskapsnav.notification;

/**
 * The iTIP part of one person's calendar invitation: REQUEST gives them the event, CANCEL takes it back. The UID
 * stays the same for the person's place; the SEQUENCE must rise with every change, and a CANCEL's must be higher
 * than the last REQUEST's, so a calendar client applies the newest.
 */
public record Invitation(Method method, String uid, long sequence, String organizerName, String organizerEmail,
                         String attendeeName, String attendeeEmail) {

    public enum Method {
        REQUEST, CANCEL
    }
}
