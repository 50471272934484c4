package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.notification.Invitation;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.notification.MailMessage.MailAttachment;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.PortalConfig;

import java.util.stream.Collectors;

/**
 * The mails of a course, in Swedish from the message bundle. Seat-giving mails carry the person's calendar
 * invitation (iTIP REQUEST), mails that take a seat away its cancellation (CANCEL). Each is fired as a
 * {@link MailMessage} inside the caller's transaction, so it goes to the outbox and is sent only if the change
 * commits.
 */
@ApplicationScoped
public class CourseMails {

    private static final String CHECKIN_PICTURE = "incheckning.png";

    @Inject
    Event<MailMessage> mail;

    @Inject
    CourseCalendar calendar;

    @Inject
    CheckinCodes checkinCodes;

    @Inject
    PortalConfig config;

    /**
     * What a course's mails say of the course: composed before the caller locks the course row, so that the lock
     * is not held while it is.
     */
    CourseMailParts partsOf(Course course) {
        String sessions = course.getSessions().stream().map(ScheduledSession::mailLine)
                .collect(Collectors.joining("\n"));
        return new CourseMailParts(course, sessions, calendar.link(course));
    }

    /** A course's part of its mails. */
    record CourseMailParts(Course course, String sessions, String link) {
    }

    /** A check-in code not yet anyone's, and its picture: drawn before the caller locks the course row. */
    record DrawnPass(CheckinCode code, byte[] png) {

        static DrawnPass draw() {
            CheckinCode code = CheckinCodes.draw();
            return new DrawnPass(code, CheckinQr.png(code));
        }
    }

    /** {@code waitsForReservedSeats}: the mail of a person put in the queue says that seats are reserved. */
    void registered(CourseMailParts course, Registration registration, Account account, int queuePosition,
                    DrawnPass pass, boolean waitsForReservedSeats) {
        switch (registration.getStatus()) {
            case CONFIRMED -> send(course, registration, account, "confirmed", Invitation.Method.REQUEST, pass);
            case AWAITING_APPROVAL -> send(course, registration, account, "awaitingApproval", null, null);
            case WAITLISTED -> send(course, registration, account, "waitlisted", null, null, queuePosition,
                    !waitsForReservedSeats ? "" : "\n\n" + Messages.get("courses.page.waitsForReservedSeats."
                            + course.course().getLevel(), SwedishTime.date(course.course().getSeatQuotaUntil())));
            default -> throw new IllegalStateException("new registration in state " + registration.getStatus());
        }
    }

    void promoted(Course course, Registration registration, Account account) {
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            send(course, registration, account, "promoted", Invitation.Method.REQUEST);
        } else {
            send(course, registration, account, "promotedAwaitingApproval", null);
        }
    }

    void approved(Course course, Registration registration, Account account) {
        send(course, registration, account, "approved", Invitation.Method.REQUEST);
    }

    void declined(Course course, Account account) {
        send(course, null, account, "declined", null);
    }

    /** A cancelled place that had a seat takes the invitation back; a place in the queue had none. */
    void cancelled(Course course, Registration registration, Account account, boolean byOrganiser, boolean hadSeat) {
        send(course, registration, account, byOrganiser ? "cancelledByOrganiser" : "cancelled",
                hadSeat ? Invitation.Method.CANCEL : null);
    }

    void courseCancelled(Course course, Registration registration, Account account, boolean hadSeat) {
        send(course, registration, account, "courseCancelled", hadSeat ? Invitation.Method.CANCEL : null);
    }

    void reminder(Course course, Registration registration, Account account) {
        send(course, registration, account, "reminder", Invitation.Method.REQUEST);
    }

    void fromOrganiser(Course course, Account account, String subject, String body) {
        mail.fire(new MailMessage(account.getEmail(), subject,
                Messages.get("mail.course.fromOrganiser.body", body, course.getTitle(), calendar.link(course),
                        course.getContactName(), course.getContactEmail())));
    }

    /**
     * Body arguments: {0} name, {1} title, {2} the sessions, {3} link, {4} contact name, {5} contact mail,
     * {6} queue position, {7} why the person waits (from a new paragraph, or nothing). With an invitation method,
     * the person's calendar invitation for the registration is attached (without one, the registration may be
     * null); a mail that gives a seat (REQUEST) also carries the person's check-in code as a picture, from
     * {@code pass} when the caller drew it ahead.
     */
    private void send(Course course, Registration registration, Account account, String kind,
                      Invitation.Method invitation, Object... extra) {
        send(partsOf(course), registration, account, kind, invitation, null, extra);
    }

    private void send(CourseMailParts parts, Registration registration, Account account, String kind,
                      Invitation.Method invitation, DrawnPass pass, Object... extra) {
        Course course = parts.course();
        Object[] arguments = {account.getName(), course.getTitle(), parts.sessions(), parts.link(),
                course.getContactName(), course.getContactEmail(), extra.length > 0 ? extra[0] : "",
                extra.length > 1 ? extra[1] : ""};
        MailAttachment calendarFile = invitation == null ? null : MailAttachment.invitation(
                "kurs-" + course.getId() + ".ics", invitation.name(),
                calendar.invitation(course, registration.getId(), account, invitation));
        String body = Messages.get("mail.course." + kind + ".body", arguments);
        MailAttachment picture = null;
        if (invitation == Invitation.Method.REQUEST) {
            // a pass drawn before the caller's lock is used if it becomes the code; otherwise the code is drawn
            CheckinCode code = pass == null ? checkinCodes.of(registration)
                    : checkinCodes.of(registration, pass.code());
            picture = MailAttachment.picture(CHECKIN_PICTURE,
                    pass != null && code.equals(pass.code()) ? pass.png() : CheckinQr.png(code));
            body += "\n\n" + Messages.get("mail.course.checkinPass", CHECKIN_PICTURE,
                    config.baseUrl() + "/mina-anmalningar/" + course.getId());
        }
        mail.fire(new MailMessage(account.getEmail(),
                Messages.get("mail.course." + kind + ".subject", course.getTitle()), body, calendarFile, picture));
    }
}
