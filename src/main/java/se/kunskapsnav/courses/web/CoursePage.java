package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.CourseStatus;
import se.kunskapsnav.courses.Registration;
import se.kunskapsnav.courses.RegistrationService;
import se.kunskapsnav.courses.Seats;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Markdown;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /kurser/{id}}: everything about one course; a logged-in person registers, sees where their
 * registration stands and cancels it (after a confirmation step); {@code /mina-anmalningar/{id}} is the receipt
 * a registration ends on.
 */
@Named
@RequestScoped
public class CoursePage {

    @Inject
    CourseService courses;

    @Inject
    RegistrationService registrations;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    private Course course;
    private Seats seats;
    private Optional<Registration> registration;
    private Optional<RefusedException> cancelRefusal;
    private String note;
    private Boolean waitingListOnly;

    /** View action: finds the course or answers 404. */
    public void load() {
        try {
            getCourse();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public Course getCourse() {
        if (course == null) {
            // from the query the readable URL forwards with, also on a postback before the model is updated
            course = courses.course(UrlIds.parse(Faces.request().getParameter("id")));
        }
        return course;
    }

    public Seats getSeats() {
        if (seats == null) {
            seats = registrations.seatsOf(getCourse());
        }
        return seats;
    }

    public String getDescriptionHtml() {
        return Markdown.toSafeHtml(getCourse().getDescription());
    }

    public boolean isMayEdit() {
        return courses.mayEdit(getCourse());
    }

    public boolean isPublished() {
        return getCourse().getStatus() == CourseStatus.PUBLISHED;
    }

    /** The earlier course this one follows up, when it is one a visitor may see. */
    public Course getFollowsUp() {
        Long earlier = getCourse().getFollowsUpCourseId();
        try {
            return earlier == null ? null : courses.course(earlier);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** The logged-in person's registration that is not cancelled, or null. */
    public Registration getRegistration() {
        if (registration == null) {
            registration = user.isLoggedIn()
                    ? registrations.liveRegistration(getCourse().getId(), user.getAccountId()) : Optional.empty();
        }
        return registration.orElse(null);
    }

    /** A seat or a place in line that the person may still give up, as the service would let them. */
    public boolean isCancellable() {
        return getRegistration() != null && cancelRefusal().isEmpty();
    }

    /** Why a person who still has a place cannot give it up here: registration has closed, ask the organiser. */
    public String getCancelClosedNote() {
        return cancelRefusal().filter(refused -> refused.messageKey().equals("registration.cancelClosed"))
                .map(refused -> Messages.get(refused.messageKey(), refused.arguments())).orElse(null);
    }

    private Optional<RefusedException> cancelRefusal() {
        if (cancelRefusal == null) {
            Registration mine = getRegistration();
            cancelRefusal = mine == null ? Optional.empty() : registrations.cancelRefusal(getCourse(), mine);
        }
        return cancelRefusal;
    }

    /**
     * Registering would put the person on the waiting list: every seat is taken, people are waiting, or the free
     * seats are reserved for other municipalities (counties).
     */
    public boolean isWaitingListOnly() {
        if (waitingListOnly == null) {
            waitingListOnly = user.isLoggedIn()
                    ? registrations.newRegistrationWaits(getCourse(), user.getAccountId())
                    : getSeats().free() == 0 || getSeats().waiting() > 0;
        }
        return waitingListOnly;
    }

    /**
     * The confirmation step before "Avboka": {@code ?avboka=1}, reached by a link, so one click never cancels.
     * The confirming form posts the parameter again, so its button is still there when JSF decodes the click.
     */
    public boolean isConfirmingCancel() {
        return "1".equals(Faces.request().getParameter("avboka")) && isCancellable();
    }

    /** "2 platser är reserverade för varje kommun i länet till och med 1 mars 2027.", or null when none are. */
    public String getSeatQuotaNote() {
        Course shown = getCourse();
        if (!isPublished() || !shown.hasSeatQuotaOn(SwedishTime.today(clock.instant()))) {
            return null;
        }
        return Messages.get("courses.page.seatQuota." + shown.getLevel(), shown.getSeatQuota(),
                SwedishTime.date(shown.getSeatQuotaUntil()));
    }

    /** Why the person waits although seats are free: they are reserved for others, their own are taken. */
    public String getReservedSeatsNote() {
        Registration mine = getRegistration();
        if (mine == null || !registrations.waitsForReservedSeats(mine)) {
            return null;
        }
        return Messages.get("courses.page.waitsForReservedSeats." + getCourse().getLevel(),
                SwedishTime.date(getCourse().getSeatQuotaUntil()));
    }

    public int getQueuePosition() {
        return getRegistration() == null ? 0 : registrations.queuePosition(getRegistration());
    }

    public void register() {
        try {
            registrations.register(getCourse().getId(), note);
            Faces.redirect("/mina-anmalningar/" + getCourse().getId());
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("note", "anmalan:note"));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public void cancel() {
        Registration mine = getRegistration();
        if (mine == null) {
            return;
        }
        try {
            registrations.cancel(mine.getId());
            Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.page.cancelled");
            Faces.redirect("/kurser/" + getCourse().getId());
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
