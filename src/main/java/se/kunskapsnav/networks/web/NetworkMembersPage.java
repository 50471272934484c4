package se.kunskapsnav.networks.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.OrganisationOptions;
import se.kunskapsnav.networks.MemberInput;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/natverk/{id}/medlemmar}: everyone who applied to or was added to a network, with status;
 * an editor approves or declines applications, removes members (after a confirmation step) and adds a member
 * by name and e-mail.
 */
@Named
@ViewScoped
public class NetworkMembersPage implements Serializable {

    static final String FORM = "nyMedlem";

    @Inject
    NetworkService networks;

    @Inject
    DirectoryService directory;

    @Inject
    Vocabularies vocabularies;

    private String id;
    private long networkId;
    private String name;
    private String email;
    private String organisationId;
    private String professionCode;
    private String sectorCode;
    private MemberRow removing;
    private transient Network network;
    private transient List<MemberRow> rows;

    /** View action: 404 for no such network, 403 for another county's. */
    public void load() {
        try {
            networkId = UrlIds.parse(id);
            if (!networks.mayEdit(getNetwork())) {
                Faces.sendError(403);
            }
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public Network getNetwork() {
        if (network == null) {
            network = networks.network(networkId);
        }
        return network;
    }

    /** Everyone ever applied or added, by name. */
    public List<MemberRow> getRows() {
        if (rows == null) {
            rows = networks.members(networkId).stream().map(m -> MemberRow.of(m, vocabularies)).toList();
        }
        return rows;
    }

    /** The organisations of the owning counties, one group per county, then the national ones. */
    public List<SelectItem> getOrganisationOptions() {
        return OrganisationOptions.byCounty(getNetwork().owningCounties(), vocabularies::countyName, directory);
    }

    public void add() {
        try {
            networks.addMember(networkId, new MemberInput(name, email, TextInput.id(organisationId), professionCode,
                    sectorCode));
            Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.members.added");
            Faces.redirect("/admin/natverk/" + networkId + "/medlemmar");
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "networks.members.notAdded");
            Faces.fieldErrors(e, Map.of("name", FORM + ":name", "email", FORM + ":email",
                    "organisationId", FORM + ":organisation", "professionCode", FORM + ":profession",
                    "sectorCode", FORM + ":sector"));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public void approve(long memberId) {
        act(() -> networks.decide(memberId, true), "networks.members.approved");
    }

    public void decline(long memberId) {
        act(() -> networks.decide(memberId, false), "networks.members.declined");
    }

    /** "Ta bort" only asks: the member is removed after "Ja, ta bort" in the confirmation step. */
    public void askToRemove(MemberRow row) {
        removing = row;
    }

    public void cancelRemove() {
        removing = null;
    }

    public void remove() {
        if (removing != null) {
            long memberId = removing.id();
            removing = null;
            act(() -> networks.remove(memberId), "networks.members.removed");
        }
    }

    /** The member an editor asked to remove and has not yet confirmed, or null. */
    public MemberRow getRemoving() {
        return removing;
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Faces.message(null, FacesMessage.SEVERITY_INFO, doneKey);
            Faces.redirect("/admin/natverk/" + networkId + "/medlemmar");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
            rows = null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getProfessionCode() {
        return professionCode;
    }

    public void setProfessionCode(String professionCode) {
        this.professionCode = professionCode;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }
}
