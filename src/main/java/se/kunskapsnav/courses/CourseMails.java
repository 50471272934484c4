package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.notification.Invitation;
import se.kunskapsnav.notification.MailEvent;
import se.kunskapsnav.notification.MailEvents;
import se.kunskapsnav.notification.MailRendering;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.notification.MailMessage.MailAttachment;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.PortalConfig;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The mails of a course, in Swedish from the message bundle. Seat-giving mails carry the person's calendar
 * invitation (iTIP REQUEST), mails that take a seat away its cancellation (CANCEL). Each is fired as a
 * {@link MailMessage} inside the caller's transaction, so it goes to the outbox and is sent only if the change
 * commits; a new registration's mail as a {@link MailEvent} (with the others decided with it, {@link MailEvents}),
 * written when it is sent.
 */
@ApplicationScoped
public class CourseMails {

    private static final String CHECKIN_PICTURE = "incheckning.png";
    /** The {@link MailEvent} kind of a new registration's mail. */
    static final String REGISTERED = "course.registered";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    Event<MailMessage> mail;

    @Inject
    Event<MailEvents> events;

    @Inject
    CourseCalendar calendar;

    @Inject
    CheckinCodes checkinCodes;

    @Inject
    PortalConfig config;

    /**
     * The mail of a new registration, as the event to store (by {@link #registered(List)}) and write when it is sent
     * ({@link #write}): the registration's transaction holds the course's seat lock, which every other registration
     * of the course waits for, so it composes nothing (no text, calendar file or check-in picture). The event keeps
     * what the rows will not tell later: which mail (the status the registration got), the place in the queue then,
     * and whether reserved seats made the person wait.
     */
    MailEvent registeredMail(Registration registration, String email, int queuePosition,
                             boolean waitsForReservedSeats) {
        String mail = switch (registration.getStatus()) {
            case CONFIRMED -> "confirmed";
            case AWAITING_APPROVAL -> "awaitingApproval";
            case WAITLISTED -> "waitlisted";
            default -> throw new IllegalStateException("new registration in state " + registration.getStatus());
        };
        return new MailEvent(email, REGISTERED, registration.getId(),
                String.join(" ", mail, String.valueOf(queuePosition), String.valueOf(waitsForReservedSeats)));
    }

    /** Stores the mails of registrations decided together, in the caller's transaction, with one statement. */
    void registered(List<MailEvent> mails) {
        events.fire(new MailEvents(mails));
    }

    /** Writes a new registration's mail when the outbox sends it, from the course and the person as they are then. */
    void write(@Observes MailRendering rendering) {
        MailEvent event = rendering.event();
        if (!REGISTERED.equals(event.kind())) {
            return;
        }
        Registration registration = em.find(Registration.class, event.subject());
        if (registration == null) {
            return;
        }
        Account account = em.find(Account.class, registration.getAccountId());
        if (account == null || account.getEmail() == null) {
            return; // erased meanwhile
        }
        Course course = em.find(Course.class, registration.getCourseId());
        String[] detail = event.detail().split(" ");
        String mail = detail[0];
        int queuePosition = Integer.parseInt(detail[1]);
        boolean waitsForReservedSeats = Boolean.parseBoolean(detail[2]);
        rendering.write(switch (mail) {
            case "confirmed" -> compose(course, registration, account, mail, Invitation.Method.REQUEST);
            case "awaitingApproval" -> compose(course, registration, account, mail, null);
            case "waitlisted" -> compose(course, registration, account, mail, null, queuePosition,
                    !waitsForReservedSeats || course.getSeatQuotaUntil() == null ? "" // quota taken away meanwhile
                            : "\n\n" + Messages.get("courses.page.waitsForReservedSeats."
                            + course.getLevel(), SwedishTime.date(course.getSeatQuotaUntil())));
            default -> throw new IllegalStateException("unknown registration mail " + mail);
        });
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
     * null); a mail that gives a seat (REQUEST) also carries the person's check-in code as a picture.
     */
    private void send(Course course, Registration registration, Account account, String kind,
                      Invitation.Method invitation, Object... extra) {
        mail.fire(compose(course, registration, account, kind, invitation, extra));
    }

    /** The mail {@link #send} fires, arguments as there. */
    private MailMessage compose(Course course, Registration registration, Account account, String kind,
                                Invitation.Method invitation, Object... extra) {
        String sessions = course.getSessions().stream().map(ScheduledSession::mailLine)
                .collect(Collectors.joining("\n"));
        Object[] arguments = {account.getName(), course.getTitle(), sessions, calendar.link(course),
                course.getContactName(), course.getContactEmail(), extra.length > 0 ? extra[0] : "",
                extra.length > 1 ? extra[1] : ""};
        MailAttachment calendarFile = invitation == null ? null : MailAttachment.invitation(
                "kurs-" + course.getId() + ".ics", invitation.name(),
                calendar.invitation(course, registration.getId(), account, invitation));
        String body = Messages.get("mail.course." + kind + ".body", arguments);
        MailAttachment picture = null;
        if (invitation == Invitation.Method.REQUEST) {
            CheckinCode code = checkinCodes.of(registration);
            picture = MailAttachment.picture(CHECKIN_PICTURE, CheckinQr.png(code));
            body += "\n\n" + Messages.get("mail.course.checkinPass", CHECKIN_PICTURE,
                    config.baseUrl() + "/mina-anmalningar/" + course.getId());
        }
        return new MailMessage(account.getEmail(),
                Messages.get("mail.course." + kind + ".subject", course.getTitle()), body, calendarFile, picture);
    }
}
