package se.kunskapsnav.notification;

import java.util.Optional;

/**
 * Fired, in a transaction of its own, when a mail stored as a {@link MailEvent} is about to be sent: the feature
 * that fired the event observes this, recognises its kind and writes the mail from the rows as they are then. No
 * mail written (the rows are gone, the person erased) means nothing to send.
 */
public final class MailRendering {

    private final MailEvent event;
    private MailMessage message;

    MailRendering(MailEvent event) {
        this.event = event;
    }

    public MailEvent event() {
        return event;
    }

    public void write(MailMessage message) {
        this.message = message;
    }

    Optional<MailMessage> message() {
        return Optional.ofNullable(message);
    }
}
