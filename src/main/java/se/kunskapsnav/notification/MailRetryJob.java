package se.kunskapsnav.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Every minute, sends what the outbox still holds: mail whose sending failed or was cut off by a restart. */
@Singleton
public class MailRetryJob {

    @Inject
    Mailer mailer;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        mailer.sendPendingInBackground();
    }
}
