package se.kunskapsnav.courses;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.AfterStartup;
import se.kunskapsnav.platform.JobLease;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every quarter hour: reminders for sessions two days ahead, completion of courses whose last session is
 * over and fully marked, release of reserved seats whose last day has passed, and deletion of registration notes
 * once a course is over.
 */
@Singleton
@AfterStartup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step is its own transaction, retried on a deadlock
public class CourseJobs {

    private static final Logger LOG = Logger.getLogger(CourseJobs.class.getName());

    @Inject
    Reminders reminders;

    @Inject
    CourseService courses;

    @Inject
    RegistrationService registrations;

    @Inject
    JobLease lease;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void run() {
        if (!lease.claim("course-jobs", Duration.ofMinutes(10))) {
            return; // another instance has this run
        }
        int reminded = reminders.sendDue();
        long completed = courses.overButNotCompleted().stream().filter(courses::completeIfDone).count();
        long released = registrations.quotasToRelease().stream().filter(registrations::releaseQuota).count();
        int notes = registrations.forgetNotesOfEndedCourses();
        if (reminded + completed + released + notes > 0) {
            LOG.info(() -> "Courses: " + reminded + " reminders, " + completed + " completed, " + released
                    + " seat quotas released, " + notes + " notes deleted");
        }
    }
}
