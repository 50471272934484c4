package se.kunskapsnav.courses.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.CourseSession;
import se.kunskapsnav.courses.Registration;
import se.kunskapsnav.courses.RegistrationService;
import se.kunskapsnav.courses.RegistrationStatus;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/kurser/{id}/anmalningar}: an editor approves, declines and cancels registrations, marks
 * attendance at the sessions that have started, downloads the list and mails everyone registered.
 */
@Named
@ViewScoped
public class CourseRegistrationsPage implements Serializable {

    /** One registration as the table shows it, and whether the editor may cancel it. */
    public record Row(Registration registration, String name, String organisation, String profession,
                      int queuePosition, boolean cancellable) {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public Registration getRegistration() {
            return registration;
        }

        public String getName() {
            return name;
        }

        public String getOrganisation() {
            return organisation;
        }

        public String getProfession() {
            return profession;
        }

        public int getQueuePosition() {
            return queuePosition;
        }

        public boolean isAwaitingApproval() {
            return registration.getStatus() == RegistrationStatus.AWAITING_APPROVAL;
        }

        public boolean isCancellable() {
            return cancellable;
        }

        public boolean isMarkable() {
            return registration.getStatus().isMarkable();
        }
    }

    @Inject
    CourseService courses;

    @Inject
    RegistrationService registrations;

    @Inject
    AccountService accounts;

    @Inject
    DirectoryService directory;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Clock clock;

    private String id;
    private long courseId;
    /** Session id to (registration id to present), for the sessions that have started. */
    private final Map<Long, Map<Long, Boolean>> presence = new HashMap<>();
    private String subject;
    private String body;
    private transient Course course;
    private transient List<Row> rows;

    /** View action: 404 for no such course, 403 for another county's course. */
    public void load() {
        try {
            courseId = UrlIds.parse(id);
            refresh();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    /** Reads the course, its registrations and their attendance marks again. */
    private void refresh() {
        course = null;
        rows = null;
        Map<Long, Map<Long, Boolean>> marks = registrations.attendanceOfCourse(courseId);
        presence.clear();
        for (CourseSession session : getStartedSessions()) {
            Map<Long, Boolean> present = new HashMap<>();
            getRows().stream().filter(Row::isMarkable).forEach(row -> present.put(row.registration().getId(),
                    marks.getOrDefault(row.registration().getId(), Map.of()).getOrDefault(session.getId(), false)));
            presence.put(session.getId(), present);
        }
    }

    public Course getCourse() {
        if (course == null) {
            course = courses.course(courseId);
        }
        return course;
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<Registration> registered = registrations.ofCourseForEditor(courseId);
            Map<Long, Integer> positions = RegistrationService.queuePositions(registered);
            rows = registered.stream().map(r -> row(r, positions.getOrDefault(r.getId(), 0))).toList();
        }
        return rows;
    }

    private Row row(Registration registration, int queuePosition) {
        String name = accounts.account(registration.getAccountId()).getName();
        return new Row(registration, name,
                directory.organisation(registration.getOrganisationId()).map(Organisation::getName).orElse(""),
                vocabularies.professionName(registration.getProfessionCode()), queuePosition,
                registrations.cancelRefusal(getCourse(), registration).isEmpty());
    }

    /** The sessions whose attendance can be marked: those that have started. */
    public List<CourseSession> getStartedSessions() {
        return getCourse().sessionsStartedBy(clock.instant());
    }

    public List<Row> getMarkableRows() {
        return getRows().stream().filter(Row::isMarkable).toList();
    }

    public void approve(long registrationId) {
        act(() -> registrations.approve(registrationId), "courses.registrations.approved");
    }

    public void decline(long registrationId) {
        act(() -> registrations.decline(registrationId), "courses.registrations.declined");
    }

    public void cancel(long registrationId) {
        act(() -> registrations.cancel(registrationId), "courses.registrations.cancelled");
    }

    public void saveAttendance(long sessionId) {
        act(() -> registrations.markAttendance(courseId, sessionId, Map.copyOf(presence.get(sessionId))),
                "courses.registrations.attendanceSaved");
    }

    /** "Alla närvarande": everyone with a seat was present at the session. */
    public void allPresent(long sessionId) {
        presence.get(sessionId).replaceAll((registrationId, present) -> true);
        saveAttendance(sessionId);
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Faces.message(null, FacesMessage.SEVERITY_INFO, doneKey);
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        } catch (InvalidInputException e) {
            e.fieldMessageKeys().values().forEach(key -> Faces.message(null, FacesMessage.SEVERITY_ERROR, key));
        }
        refresh();
    }

    public void sendMail() {
        try {
            int sent = registrations.mailRegistrants(courseId, subject, body);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.registrations.mailSent", sent);
            subject = null;
            body = null;
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("subject", "epost:subject", "body", "epost:body"));
        }
    }

    public Map<Long, Map<Long, Boolean>> getPresence() {
        return presence;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
