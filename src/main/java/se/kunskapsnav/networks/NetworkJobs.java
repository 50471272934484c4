package se.kunskapsnav.networks;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.AfterStartup;
import se.kunskapsnav.platform.JobLease;

import java.time.Duration;

/** Reminders of network meetings, on the same quarter-hourly rhythm as course reminders. */
@Singleton
@AfterStartup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step is its own transaction, retried on a deadlock
public class NetworkJobs {

    @Inject
    MeetingService meetings;

    @Inject
    JobLease lease;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    void remind() {
        if (!lease.claim("network-reminders", Duration.ofMinutes(10))) {
            return; // another instance has this run
        }
        meetings.sendReminders();
    }
}
