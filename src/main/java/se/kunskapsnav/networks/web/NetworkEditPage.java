package se.kunskapsnav.networks.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.networks.MeetingService;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkService;
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

/**
 * {@code /admin/natverk/ny} and {@code /admin/natverk/{id}/redigera}: the facts of a network; on an
 * existing network also its meetings with links to edit them and mark attendance.
 */
@Named
@ViewScoped
public class NetworkEditPage implements Serializable {

    static final String FORM = "natverk";

    @Inject
    NetworkService networks;

    @Inject
    MeetingService meetings;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    private String id;
    private Long networkId;
    /** The revision the form was filled from: a save after someone else's is refused, not written over it. */
    private Long revision;
    private NetworkForm form;
    private transient Network network;
    private transient List<NetworkMeeting> networkMeetings;

    /** View action: an empty form, or the network's facts; 404 for no such network, 403 for another county's. */
    public void load() {
        if (id == null || id.isBlank()) {
            form = NetworkForm.empty(guard.scope().editorCounties().stream().sorted().findFirst().orElse(null));
            return;
        }
        try {
            networkId = UrlIds.parse(id);
            if (!networks.mayEdit(getNetwork())) {
                Faces.sendError(403);
                return;
            }
            form = NetworkForm.of(getNetwork().toInput());
            revision = getNetwork().getRevision();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public Network getNetwork() {
        if (network == null && networkId != null) {
            network = networks.network(networkId);
        }
        return network;
    }

    public boolean isNew() {
        return networkId == null;
    }

    /** The network's meetings, the latest first. */
    public List<NetworkMeeting> getMeetings() {
        if (networkMeetings == null) {
            networkMeetings = isNew() ? List.of() : meetings.meetings(networkId);
        }
        return networkMeetings;
    }

    public void save() {
        try {
            if (isNew()) {
                Network created = networks.create(form.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.form.created");
                Faces.redirect("/admin/natverk/" + created.getId() + "/redigera");
            } else {
                networks.update(networkId, form.toInput(), revision);
                network = networks.network(networkId);
                form = NetworkForm.of(network.toInput());
                revision = network.getRevision();
                Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.form.saved");
            }
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "networks.form.notSaved");
            Faces.fieldErrors(e, NetworkForm.components(FORM));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /** Counties the person may run networks for: an editor's own, every county for an administrator. */
    public List<SelectItem> getCountyOptions() {
        CountyScope scope = guard.scope();
        return vocabularies.getCountyOptions().stream()
                .filter(item -> scope.administrator() || scope.editorCounties().contains((String) item.getValue()))
                .toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public NetworkForm getForm() {
        return form;
    }
}
