package se.kunskapsnav.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.AfterStartup;

/** Every minute, sends what the outbox still holds: mail whose sending failed or was cut off by a restart. */
@Singleton
@AfterStartup
public class MailRetryJob {

    @Inject
    Mailer mailer;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        mailer.sendPendingInBackground();
    }
}
