package se.kunskapsnav.networks.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.networks.MeetingDocument;
import se.kunskapsnav.networks.MeetingService;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.Markdown;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /natverk/traffar/{id}}: one meeting for members, the owning counties' editors and administrators:
 * when and where, agenda, minutes and documents. The service refuses everyone else (the "not allowed"
 * page); web.xml sends a visitor who is not logged in to the login first.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    NetworkService networks;

    private String id;
    private long meetingId;
    private transient NetworkMeeting meeting;
    private transient Network network;
    private transient List<MeetingDocument> documents;

    /** View action: 404 for no such meeting; the service's refusal becomes 403. */
    public void load() {
        try {
            meetingId = UrlIds.parse(id);
            getMeeting();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public NetworkMeeting getMeeting() {
        if (meeting == null) {
            meeting = meetings.meeting(meetingId);
        }
        return meeting;
    }

    public Network getNetwork() {
        if (network == null) {
            network = networks.network(getMeeting().getNetworkId());
        }
        return network;
    }

    public boolean isMayEdit() {
        return networks.mayEdit(getNetwork());
    }

    public String getAgendaHtml() {
        return Markdown.toSafeHtml(getMeeting().getAgenda());
    }

    public String getMinutesHtml() {
        return getMeeting().getMinutes() == null ? null : Markdown.toSafeHtml(getMeeting().getMinutes());
    }

    public List<MeetingDocument> getDocuments() {
        if (documents == null) {
            documents = meetings.documents(meetingId);
        }
        return documents;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
