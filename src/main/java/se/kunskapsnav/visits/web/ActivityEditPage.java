package se.kunskapsnav.visits.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.Uploads;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.visits.CountedActivity;
import se.kunskapsnav.visits.CountedActivityService;
import se.kunskapsnav.visits.CountedParticipation;
import se.kunskapsnav.visits.ParticipationCsv;
import se.kunskapsnav.visits.ParticipationImportException;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /admin/aktiviteter/ny} and {@code /admin/aktiviteter/{id}/redigera}: a count-only activity's facts,
 * its participation as rows of a form or from a CSV file (every bad line shown, nothing saved), deleting it.
 */
@Named
@ViewScoped
public class ActivityEditPage implements Serializable {

    static final String FORM = "aktivitet";
    static final String PARTICIPATION_FORM = "deltagande";

    @Inject
    CountedActivityService activities;

    @Inject
    DirectoryService directory;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    private String id;
    private Long activityId;
    private ActivityForm form;
    private boolean confirmingDelete;
    private List<String> importErrors = List.of();
    private transient Part file;
    private transient CountedActivity activity;

    public void load() {
        if (id == null || id.isBlank()) {
            form = ActivityForm.empty(guard.scope().editorCounties().stream().sorted().findFirst().orElse(null));
            return;
        }
        try {
            activityId = UrlIds.parse(id);
            if (!activities.mayEdit(getActivity())) {
                Faces.sendError(403);
                return;
            }
            reloadForm();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    private void reloadForm() {
        form = ActivityForm.of(getActivity().toInput(),
                getActivity().getParticipation().stream().map(CountedParticipation::toInput).toList());
    }

    public CountedActivity getActivity() {
        if (activity == null && activityId != null) {
            activity = activities.activity(activityId);
        }
        return activity;
    }

    public boolean isNew() {
        return activityId == null;
    }

    public void save() {
        try {
            if (isNew()) {
                CountedActivity created = activities.create(form.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "activities.form.saved");
                Faces.redirect("/admin/aktiviteter/" + created.getId() + "/redigera");
            } else {
                activity = activities.update(activityId, form.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "activities.form.saved");
            }
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "activities.form.notSaved");
            Faces.fieldErrors(new InvalidInputException(form.problems(e.fieldMessageKeys())), form.components(FORM));
        }
    }

    public void saveParticipation() {
        importErrors = List.of();
        try {
            activity = activities.replaceParticipation(activityId, form.participationInput());
            reloadForm();
            Faces.message(null, FacesMessage.SEVERITY_INFO, "activities.participation.saved");
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "activities.participation.notSaved");
            Faces.fieldErrors(new InvalidInputException(form.problems(e.fieldMessageKeys())),
                    form.participationComponents(PARTICIPATION_FORM));
        }
    }

    public void addRow() {
        form.addRow();
    }

    public void removeRow(ActivityForm.ParticipationRow row) {
        form.getParticipation().remove(row);
    }

    /** Reads the uploaded file: all its rows replace the participation, or every bad line is listed. */
    public void importFile() {
        importErrors = List.of();
        if (file == null || file.getSize() == 0) {
            Faces.message("fil:csv", FacesMessage.SEVERITY_ERROR, "activities.import.chooseFile");
            return;
        }
        byte[] content = Uploads.upTo(ParticipationCsv.MAX_BYTES, file);
        try {
            activity = activities.importParticipation(activityId, content);
            reloadForm();
            Faces.message(null, FacesMessage.SEVERITY_INFO, "activities.import.done",
                    activity.getParticipation().size(), activity.getTotalAttendees());
        } catch (ParticipationImportException e) {
            importErrors = e.errors().stream().map(ParticipationCsv.LineError::message).toList();
            long lines = e.errors().stream().map(ParticipationCsv.LineError::line).distinct().count();
            if (e.isWholeFile()) {
                Faces.message(null, FacesMessage.SEVERITY_ERROR, "participation.import.fileRefused");
            } else {
                Faces.message(null, FacesMessage.SEVERITY_ERROR, "participation.import.linesRefused", lines);
            }
        }
    }

    public void askToDelete() {
        confirmingDelete = true;
    }

    public void keepActivity() {
        confirmingDelete = false;
    }

    public void delete() {
        activities.delete(activityId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "activities.form.deleted");
        Faces.redirect("/admin/aktiviteter");
    }

    /** Counties the person may record for: an editor's own, every county for an administrator. */
    public List<SelectItem> getCountyOptions() {
        CountyScope scope = guard.scope();
        return vocabularies.counties().entrySet().stream()
                .filter(e -> scope.administrator() || scope.editorCounties().contains(e.getKey()))
                .map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    /** The active organisations of the activity's county, for participation rows. */
    public List<SelectItem> getOrganisationOptions() {
        if (isNew()) {
            return List.of();
        }
        return directory.organisations(getActivity().getCountyCode()).stream()
                .map(o -> new SelectItem(o.getId().toString(), o.getName())).toList();
    }

    public List<String> getImportErrors() {
        return importErrors;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ActivityForm getForm() {
        return form;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
