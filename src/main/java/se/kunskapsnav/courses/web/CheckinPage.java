package se.kunskapsnav.courses.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.courses.CheckinService;
import se.kunskapsnav.courses.CheckinService.Board;
import se.kunskapsnav.courses.CheckinService.CheckedIn;
import se.kunskapsnav.courses.CheckinService.Person;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code /admin/kurser/{id}/incheckning/{session}}: the organiser's tablet at the door. Find a person by name
 * (a plain GET form; js/checkin.js filters while typing), one tap checks them in, another takes it back; or scan
 * the person's QR code with the camera (js/checkin.js) or a hand-held scanner into the code field.
 */
@Named
@ViewScoped
public class CheckinPage implements Serializable {

    @Inject
    CheckinService checkins;

    private String id;
    private String sessionParameter;
    private String query;
    private String code;
    private long courseId;
    private long sessionId;
    private transient Board board;

    /** View action: 404 for no such course or session, 403 for another county's course. */
    public void load() {
        try {
            courseId = UrlIds.parse(id);
            sessionId = UrlIds.parse(sessionParameter);
            getBoard();
            // the page's own script may use the camera; every other page keeps it off
            ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                    .setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public Board getBoard() {
        if (board == null) {
            board = checkins.board(courseId, sessionId);
        }
        return board;
    }

    /** The people whose name contains every word searched for, in any order and case. */
    public List<Person> getPeople() {
        if (query == null || query.isBlank()) {
            return getBoard().people();
        }
        List<String> words = List.of(query.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        return getBoard().people().stream()
                .filter(p -> words.stream().allMatch(p.name().toLowerCase(Locale.ROOT)::contains)).toList();
    }

    public void checkIn(long registrationId) {
        act(() -> checkins.checkIn(courseId, sessionId, registrationId));
    }

    public void checkInByCode() {
        act(() -> checkins.checkInByCode(courseId, sessionId, code));
        code = null;
    }

    public void undo(long registrationId) {
        try {
            Person person = checkins.undo(courseId, sessionId, registrationId);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "checkin.undone", displayName(person));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
        board = null;
    }

    private void act(Supplier<CheckedIn> checkIn) {
        try {
            CheckedIn done = checkIn.get();
            Faces.message(null, FacesMessage.SEVERITY_INFO, done.already() ? "checkin.already" : "checkin.done",
                    displayName(done.person()));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        } catch (InvalidInputException e) {
            e.fieldMessageKeys().values().forEach(key -> Faces.message(null, FacesMessage.SEVERITY_ERROR, key));
        }
        board = null;
    }

    public String displayName(Person person) {
        return person.name().isEmpty() ? Messages.get("courses.registrations.erased") : person.name();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSession() {
        return sessionParameter;
    }

    public void setSession(String session) {
        this.sessionParameter = session;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
