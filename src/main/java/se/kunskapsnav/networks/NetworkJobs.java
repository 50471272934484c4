package se.kunskapsnav.networks;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.AfterStartup;

/** Reminders of network meetings, on the same quarter-hourly rhythm as course reminders. */
@Singleton
@AfterStartup
public class NetworkJobs {

    @Inject
    MeetingService meetings;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void remind() {
        meetings.sendReminders();
    }
}
