package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.notification.MailMessage.MailAttachment;
import se.kunskapsnav.platform.Messages;

import java.util.stream.Collectors;

/**
 * The mails of a course, in Swedish from the message bundle. Seat-giving mails carry the course as an
 * .ics attachment. Each is fired as a {@link MailMessage} inside the caller's transaction, so it goes to
 * the outbox and is sent only if the change commits.
 */
@ApplicationScoped
public class CourseMails {

    @Inject
    Event<MailMessage> mail;

    @Inject
    CourseCalendar calendar;

    /**
     * What a course's mails say of the course, the calendar file included: composed before the caller locks
     * the course row, so that the lock is not held while it is.
     */
    CourseMailParts partsOf(Course course) {
        return parts(course, true);
    }

    private CourseMailParts parts(Course course, boolean withCalendar) {
        String sessions = course.getSessions().stream().map(ScheduledSession::mailLine)
                .collect(Collectors.joining("\n"));
        return new CourseMailParts(course, sessions, calendar.link(course), withCalendar
                ? MailAttachment.calendar("kurs-" + course.getId() + ".ics", calendar.of(course))
                : null);
    }

    /** A course's part of its mails; {@code calendarFile} is null when none was asked for. */
    record CourseMailParts(Course course, String sessions, String link, MailAttachment calendarFile) {
    }

    void registered(CourseMailParts course, Registration registration, Account account, int queuePosition) {
        switch (registration.getStatus()) {
            case CONFIRMED -> send(course, account, "confirmed", true);
            case AWAITING_APPROVAL -> send(course, account, "awaitingApproval", false);
            case WAITLISTED -> send(course, account, "waitlisted", false, queuePosition);
            default -> throw new IllegalStateException("new registration in state " + registration.getStatus());
        }
    }

    void promoted(Course course, Registration registration, Account account) {
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            send(course, account, "promoted", true);
        } else {
            send(course, account, "promotedAwaitingApproval", false);
        }
    }

    void approved(Course course, Account account) {
        send(course, account, "approved", true);
    }

    void declined(Course course, Account account) {
        send(course, account, "declined", false);
    }

    void cancelled(Course course, Account account, boolean byOrganiser) {
        send(course, account, byOrganiser ? "cancelledByOrganiser" : "cancelled", false);
    }

    void courseCancelled(Course course, Account account) {
        send(course, account, "courseCancelled", true);
    }

    void reminder(Course course, Account account) {
        send(course, account, "reminder", true);
    }

    void fromOrganiser(Course course, Account account, String subject, String body) {
        mail.fire(new MailMessage(account.getEmail(), subject,
                Messages.get("mail.course.fromOrganiser.body", body, course.getTitle(), calendar.link(course),
                        course.getContactName(), course.getContactEmail())));
    }

    /**
     * Body arguments: {0} name, {1} title, {2} the sessions, {3} link, {4} contact name, {5} contact mail,
     * {6} queue position.
     */
    private void send(Course course, Account account, String kind, boolean withCalendar, Object... extra) {
        send(parts(course, withCalendar), account, kind, withCalendar, extra);
    }

    private void send(CourseMailParts parts, Account account, String kind, boolean withCalendar, Object... extra) {
        Course course = parts.course();
        Object[] arguments = {account.getName(), course.getTitle(), parts.sessions(), parts.link(),
                course.getContactName(), course.getContactEmail(), extra.length > 0 ? extra[0] : ""};
        mail.fire(new MailMessage(account.getEmail(),
                Messages.get("mail.course." + kind + ".subject", course.getTitle()),
                Messages.get("mail.course." + kind + ".body", arguments), withCalendar ? parts.calendarFile() : null));
    }
}
