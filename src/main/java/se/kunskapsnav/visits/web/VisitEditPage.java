package se.kunskapsnav.visits.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.visits.MunicipalVisit;
import se.kunskapsnav.visits.VisitService;
import se.kunskapsnav.visits.VisitedOrganisation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /admin/kommunbesok/ny} and {@code /admin/kommunbesok/{id}/redigera}: every fact of a municipal visit
 * with rows to add and remove (county staff, counts per profession, named attendees, follow-ups); deleting the
 * visit (after a confirmation step) or only its personal data.
 */
@Named
@ViewScoped
public class VisitEditPage implements Serializable {

    static final String FORM = "besok";

    @Inject
    VisitService visits;

    @Inject
    TenancyGuard guard;

    @Inject
    VisitLabels labels;

    @Inject
    Vocabularies vocabularies;

    private String id;
    private Long visitId;
    private VisitForm form;
    private boolean confirmingDelete;
    private transient MunicipalVisit visit;

    /** View action: an empty form, or the visit's facts; 404 for no such visit, 403 for another county's. */
    public void load() {
        if (id == null || id.isBlank()) {
            form = VisitForm.empty();
            return;
        }
        try {
            visitId = UrlIds.parse(id);
            if (!visits.mayEdit(getVisit())) {
                Faces.sendError(403);
                return;
            }
            form = VisitForm.of(getVisit().toInput());
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public MunicipalVisit getVisit() {
        if (visit == null && visitId != null) {
            visit = visits.visit(visitId);
        }
        return visit;
    }

    public boolean isNew() {
        return visitId == null;
    }

    public String getOrganisationName() {
        return isNew() ? "" : labels.organisationName(getVisit().getOrganisationId());
    }

    public void save() {
        try {
            if (isNew()) {
                MunicipalVisit created = visits.create(form.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "visits.form.saved");
                Faces.redirect("/admin/kommunbesok/" + created.getId() + "/redigera");
            } else {
                visit = visits.update(visitId, form.toInput());
                form = VisitForm.of(visit.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "visits.form.saved");
            }
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "visits.form.notSaved");
            Faces.fieldErrors(new InvalidInputException(form.problems(e.fieldMessageKeys())), form.components(FORM));
        }
    }

    public void addStaff() {
        form.addStaff();
    }

    public void addCount() {
        form.addCount();
    }

    public void addAttendee() {
        form.addAttendee();
    }

    public void addFollowUp() {
        form.addFollowUp();
    }

    public void removeStaff(VisitForm.StaffRow row) {
        form.getStaff().remove(row);
    }

    public void removeCount(VisitForm.CountRow row) {
        form.getCounts().remove(row);
    }

    public void removeAttendee(VisitForm.AttendeeRow row) {
        form.getAttendees().remove(row);
    }

    public void removeFollowUp(VisitForm.FollowUpRow row) {
        form.getFollowUps().remove(row);
    }

    /** Deletes the notes and named attendees; what was said and who came by name are gone, the counts stay. */
    public void forgetPersonalData() {
        visit = visits.forgetPersonalData(visitId);
        form = VisitForm.of(visit.toInput());
        Faces.message(null, FacesMessage.SEVERITY_INFO, "visits.form.personalDataDeleted");
    }

    public void askToDelete() {
        confirmingDelete = true;
    }

    public void keepVisit() {
        confirmingDelete = false;
    }

    public void delete() {
        visits.delete(visitId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "visits.form.deleted");
        Faces.redirect("/admin/kommunbesok");
    }

    /** The municipalities, city districts and regions of the counties the person edits, grouped by county. */
    public List<SelectItem> getOrganisationOptions() {
        CountyScope scope = guard.scope();
        List<String> counties = scope.administrator() ? new ArrayList<>(vocabularies.counties().keySet())
                : scope.editorCounties().stream().sorted().toList();
        Map<String, List<VisitedOrganisation>> byCounty = visits.visitableOrganisations(counties).stream()
                .collect(Collectors.groupingBy(VisitedOrganisation::countyCode, LinkedHashMap::new,
                        Collectors.toList()));
        if (byCounty.size() == 1) {
            return items(byCounty.values().iterator().next());
        }
        List<SelectItem> groups = new ArrayList<>();
        byCounty.forEach((county, organisations) -> {
            SelectItemGroup group = new SelectItemGroup(labels.countyName(county));
            group.setSelectItems(items(organisations).toArray(SelectItem[]::new));
            groups.add(group);
        });
        return groups;
    }

    private List<SelectItem> items(List<VisitedOrganisation> organisations) {
        return organisations.stream()
                .map(o -> new SelectItem(String.valueOf(o.id()), labels.organisationLabel(o))).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public VisitForm getForm() {
        return form;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
