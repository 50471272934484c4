package se.kunskapsnav.webcourse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.webcourse.StudyGroupService;

import java.io.Serializable;

/** The leader's form on {@link StudyGroupPage} to change the group itself: name, place, size, open to join. */
@Named
@ViewScoped
public class GroupEditSection implements Serializable {

    static final String FORM = "grupp";

    @Inject
    StudyGroupPage page;

    @Inject
    StudyGroupService groups;

    private GroupForm form;

    /** View action after the page's: the leader's form starts from the group as it is. */
    public void load() {
        if (page.isLeader()) {
            form = GroupForm.of(page.getGroup());
        }
    }

    /** Another county was chosen: its municipalities and organisations are offered, the old choice is gone. */
    public void showPlaces() {
        form.setMunicipalityCode(null);
        form.setOrganisationId(null);
    }

    public void save() {
        page.change(() -> groups.update(page.getGroupId(), form.toInput()), "webcourse.group.saved",
                GroupForm.components(FORM));
    }

    public GroupForm getForm() {
        return form;
    }
}
