package se.kunskapsnav.webcourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.GroupMember;
import se.kunskapsnav.webcourse.StudyGroup;
import se.kunskapsnav.webcourse.StudyGroupService;

import java.io.Serializable;

/**
 * {@code /webbkurs/inbjudan/{kod}}: the study group an invitation link leads to (name, organisation,
 * municipality) and the button to join it; a refused join says why on the page and changes nothing.
 */
@Named
@ViewScoped
public class GroupInvitationPage implements Serializable {

    @Inject
    StudyGroupService groups;

    private String code;
    private transient StudyGroup group;

    /** View action: 404 for a code that names no group. */
    public void load() {
        try {
            getGroup();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public StudyGroup getGroup() {
        if (group == null) {
            group = groups.byInvitation(code);
        }
        return group;
    }

    /** Whether the person is already a member of this group. */
    public boolean isMember() {
        return groups.myMembership().map(GroupMember::getGroupId).filter(getGroup().getId()::equals).isPresent();
    }

    public void join() {
        try {
            groups.join(code);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.invitation.joined", getGroup().getName());
            Faces.redirect("/webbkurs/grupper/" + getGroup().getId());
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
