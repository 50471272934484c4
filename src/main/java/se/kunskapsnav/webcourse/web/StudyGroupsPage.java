package se.kunskapsnav.webcourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.geography.Region;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.GroupOverview;
import se.kunskapsnav.webcourse.StudyGroup;
import se.kunskapsnav.webcourse.StudyGroupService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code /webbkurs/grupper}: a course leader's study groups, and the form that forms a new one (in the
 * leader's own county and organisation unless they choose others).
 */
@Named
@ViewScoped
public class StudyGroupsPage implements Serializable {

    static final String FORM = "nyGrupp";

    @Inject
    StudyGroupService groups;

    @Inject
    AccountService accounts;

    @Inject
    GeographyService geography;

    @Inject
    CurrentUser user;

    @Inject
    WebCourseLabels labels;

    private GroupForm form;
    private transient List<Row> rows;

    /** View action: course leaders and administrators (web.xml lets no one else in); the form starts filled in. */
    public void load() {
        if (!user.isCourseLeader() && !user.isAdministrator()) {
            Faces.sendError(403);
            return;
        }
        if (form == null) {
            Account me = accounts.account(user.getAccountId());
            String county = Optional.ofNullable(me.getWorkplaceMunicipalityCode()).flatMap(geography::municipality)
                    .map(Municipality::getCountyCode)
                    .or(() -> Optional.ofNullable(me.getWorkplaceRegionCode()).flatMap(geography::region)
                            .map(Region::getCountyCode))
                    .orElse(null);
            form = GroupForm.empty(county, me.getWorkplaceMunicipalityCode(), me.getOrganisationId());
        }
    }

    /** The "show municipalities and organisations" button: the chosen county is in the form; the page re-renders. */
    public void showPlaces() {
        form.setMunicipalityCode(null);
        form.setOrganisationId(null);
    }

    public void create() {
        try {
            StudyGroup group = groups.create(form.toInput());
            Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.groups.created", group.getName());
            Faces.redirect("/webbkurs/grupper/" + group.getId());
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "webcourse.groups.notSaved");
            Faces.fieldErrors(e, GroupForm.components(FORM));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = user.isCourseLeader() ? groups.myGroupOverviews().stream().map(this::row).toList() : List.of();
        }
        return rows;
    }

    private Row row(GroupOverview overview) {
        StudyGroup group = overview.group();
        return new Row(group.getId(), group.getName(), labels.municipalityName(group.getMunicipalityCode()),
                labels.organisationName(group.getOrganisationId()), overview.members(), overview.nextSession());
    }

    public boolean isMayCreate() {
        return user.isCourseLeader();
    }

    public GroupForm getForm() {
        return form;
    }

    /** One of the leader's groups in the list. */
    public record Row(long id, String name, String municipality, String organisation, long members,
                      LocalDate nextSession) implements Serializable {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getMunicipality() {
            return municipality;
        }

        public String getOrganisation() {
            return organisation;
        }

        public long getMembers() {
            return members;
        }

        public LocalDate getNextSession() {
            return nextSession;
        }
    }
}
