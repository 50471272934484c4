package se.kunskapsnav.courses.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseSeriesService;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.CourseStatus;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * {@code /admin/kurser/ny} and {@code /admin/kurser/{id}/redigera}: one form for every fact of a course,
 * then publish, cancel (after a confirmation step) or copy it to a new draft.
 */
@Named
@ViewScoped
public class CourseEditPage implements Serializable {

    static final String FORM = "kurs";

    @Inject
    CourseService courses;

    @Inject
    CourseSeriesService series;

    @Inject
    AccountService accounts;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    private String id;
    private Long courseId;
    /** The course's revision the form was filled from: a save after someone else's is refused, not written over it. */
    private Long revision;
    private CourseForm form;
    private boolean confirmingCancel;
    private transient Course course;

    /** View action: an empty form, or the course's facts; 404 for no such course, 403 for another county's. */
    public void load() {
        if (id == null || id.isBlank()) {
            Account me = accounts.account(guard.currentAccountId());
            form = CourseForm.empty(guard.scope().editorCounties().stream().sorted().findFirst().orElse(null));
            form.setContactName(me.getName());
            form.setContactEmail(me.getEmail());
            return;
        }
        try {
            courseId = UrlIds.parse(id);
            if (!courses.mayEdit(getCourse())) {
                Faces.sendError(403);
                return;
            }
            form = CourseForm.of(getCourse().toInput());
            revision = getCourse().getRevision();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public Course getCourse() {
        if (course == null && courseId != null) {
            course = courses.course(courseId);
        }
        return course;
    }

    public boolean isNew() {
        return courseId == null;
    }

    public boolean isEditable() {
        return isNew() || getCourse().getStatus().isEditable();
    }

    public boolean isDraft() {
        return isNew() || getCourse().getStatus() == CourseStatus.DRAFT;
    }

    public void save() {
        try {
            if (isNew()) {
                Course created = courses.create(form.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.form.draftSaved");
                Faces.redirect("/admin/kurser/" + created.getId() + "/redigera");
            } else {
                courses.update(courseId, form.toInput(), revision);
                course = courses.course(courseId);
                form = CourseForm.of(course.toInput());
                revision = course.getRevision();
                Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.form.saved");
            }
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "courses.form.notSaved");
            Faces.fieldErrors(new InvalidInputException(form.problems(e.fieldMessageKeys())), form.components(FORM));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public void publish() {
        try {
            courses.publish(courseId);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.form.published");
            Faces.redirect("/admin/kurser/" + courseId + "/redigera");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /** The first step of cancelling: the page asks whether the editor is sure. */
    public void askToCancel() {
        confirmingCancel = true;
    }

    public void keepCourse() {
        confirmingCancel = false;
    }

    public void cancelCourse() {
        try {
            courses.cancel(courseId);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.form.cancelled");
            Faces.redirect("/admin/kurser/" + courseId + "/redigera");
        } catch (RefusedException e) {
            confirmingCancel = false;
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public void copy() {
        Course copy = courses.copy(courseId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "courses.form.copied");
        Faces.redirect("/admin/kurser/" + copy.getId() + "/redigera");
    }

    /** Counties the person may organise for: an editor's own, every county for an administrator. */
    public List<SelectItem> getCountyOptions() {
        CountyScope scope = guard.scope();
        return vocabularies.getCountyOptions().stream()
                .filter(item -> scope.administrator() || scope.editorCounties().contains((String) item.getValue()))
                .toList();
    }

    /**
     * Counties that may co-organise: every county but the organiser, which is the form's county or, before one is
     * chosen, an editor's only county. CourseRules refuses the organiser as its own co-organiser all the same.
     */
    public List<SelectItem> getCoOrganiserOptions() {
        List<SelectItem> organisers = getCountyOptions();
        String organiser = form.getCountyCode() == null || form.getCountyCode().isBlank()
                ? (organisers.size() == 1 ? (String) organisers.get(0).getValue() : null)
                : form.getCountyCode();
        return vocabularies.getCountyOptions().stream().filter(item -> !item.getValue().equals(organiser)).toList();
    }

    /** The other courses the person may edit, as earlier courses this one can follow up. */
    public List<SelectItem> getFollowUpOptions() {
        return courses.editableCourses().stream().map(row -> row.course())
                .filter(c -> !Objects.equals(c.getId(), courseId))
                .map(c -> new SelectItem(c.getId().toString(),
                        c.getTitle() + " (" + SwedishTime.date(c.getStartsAt()) + ")"))
                .toList();
    }

    /** Every course series, by name (the service says which one a course may use when it is saved). */
    public List<SelectItem> getSeriesOptions() {
        return series.all().stream().map(s -> new SelectItem(s.getId().toString(), s.getName())).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseForm getForm() {
        return form;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }
}
