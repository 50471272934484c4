package se.kunskapsnav.notification;

import java.util.List;

/**
 * Several {@link MailEvent}s fired at once, stored with one statement in the caller's transaction: for a
 * transaction that decides many changes under one lock (registrations at one course arriving together, issue 23).
 */
public record MailEvents(List<MailEvent> events) {

    public MailEvents {
        events = List.copyOf(events);
    }
}
