package se.kunskapsnav.networks.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.kunskapsnav.networks.DocumentRules;
import se.kunskapsnav.networks.MeetingDocument;
import se.kunskapsnav.networks.MeetingService;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/natverk/{natverk}/traffar/ny} and {@code /admin/natverk/traffar/{id}/redigera}: when and
 * where a meeting is and its agenda; on an existing meeting also the minutes (once it has begun), its
 * documents and cancelling it (after a confirmation step, before it begins).
 */
@Named
@ViewScoped
public class MeetingEditPage implements Serializable {

    static final String FORM = "traff";
    static final String MINUTES_FORM = "anteckningar";
    static final String DOCUMENT_FORM = "dokument";

    @Inject
    MeetingService meetings;

    @Inject
    NetworkService networks;

    @Inject
    Clock clock;

    private String id;
    private String networkParameter;
    private Long meetingId;
    /** The revision the form was filled from: a save after someone else's is refused, not written over it. */
    private Long revision;
    private long networkId;
    private MeetingForm form;
    private String minutes;
    private boolean confirmingCancel;
    private transient Part file;
    private transient NetworkMeeting meeting;
    private transient Network network;
    private transient List<MeetingDocument> documents;

    /** View action: an empty form for a network, or the meeting's facts; 404 for nothing, 403 for another county's. */
    public void load() {
        try {
            if (id == null || id.isBlank()) {
                networkId = UrlIds.parse(networkParameter);
                form = new MeetingForm();
            } else {
                meetingId = UrlIds.parse(id);
                networkId = getMeeting().getNetworkId();
                form = MeetingForm.of(getMeeting());
                revision = getMeeting().getRevision();
                minutes = getMeeting().getMinutes();
            }
            if (!networks.mayEdit(getNetwork())) {
                Faces.sendError(403);
            }
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public NetworkMeeting getMeeting() {
        if (meeting == null && meetingId != null) {
            meeting = meetings.meeting(meetingId);
        }
        return meeting;
    }

    public Network getNetwork() {
        if (network == null) {
            network = networks.network(networkId);
        }
        return network;
    }

    public boolean isNew() {
        return meetingId == null;
    }

    /** Minutes and attendance wait until the meeting has begun; cancelling is possible only before. */
    public boolean isStarted() {
        return !isNew() && getMeeting().hasStarted(clock.instant());
    }

    public List<MeetingDocument> getDocuments() {
        if (documents == null) {
            documents = isNew() ? List.of() : meetings.documents(meetingId);
        }
        return documents;
    }

    public void save() {
        try {
            if (isNew()) {
                NetworkMeeting created = meetings.schedule(networkId, form.toInput());
                Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.meetingForm.scheduled");
                Faces.redirect("/admin/natverk/traffar/" + created.getId() + "/redigera");
            } else {
                meetings.update(meetingId, form.toInput(), revision);
                meeting = meetings.meeting(meetingId);
                form = MeetingForm.of(meeting);
                revision = meeting.getRevision();
                Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.meetingForm.saved");
            }
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "networks.meetingForm.notSaved");
            Faces.fieldErrors(new InvalidInputException(form.problems(e.fieldMessageKeys())),
                    MeetingForm.components(FORM));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public void saveMinutes() {
        try {
            meetings.recordMinutes(meetingId, minutes);
            meeting = meetings.meeting(meetingId);
            minutes = meeting.getMinutes();
            revision = meeting.getRevision(); // the minutes are the editor's own change
            Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.meetingForm.minutesSaved");
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("minutes", MINUTES_FORM + ":minutes"));
        } catch (RefusedException e) {
            Faces.message(MINUTES_FORM + ":minutes", FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /** Attaches the chosen file; the rules' refusal (kind, size, content) is shown at the field. */
    public void upload() {
        String field = DOCUMENT_FORM + ":file";
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            Faces.message(field, FacesMessage.SEVERITY_ERROR, "networks.meetingForm.chooseFile");
            return;
        }
        if (file.getSize() > DocumentRules.MAX_BYTES) {
            Faces.message(field, FacesMessage.SEVERITY_ERROR, "document.tooLarge");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(DocumentRules.MAX_BYTES + 1);
        } catch (IOException e) {
            Faces.message(field, FacesMessage.SEVERITY_ERROR, "document.unreadable");
            return;
        }
        try {
            MeetingDocument document = meetings.attach(meetingId, file.getSubmittedFileName(), content);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.meetingForm.attached", document.getFileName());
            Faces.redirect("/admin/natverk/traffar/" + meetingId + "/redigera");
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("file", field));
        }
    }

    public void removeDocument(long documentId) {
        try {
            meetings.removeDocument(documentId);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.meetingForm.documentRemoved");
            Faces.redirect("/admin/natverk/traffar/" + meetingId + "/redigera");
        } catch (NotFoundException e) {
            documents = null; // removed meanwhile: show the list as it is now
        }
    }

    /** The first step of cancelling: the page asks whether the editor is sure. */
    public void askToCancel() {
        confirmingCancel = true;
    }

    public void keepMeeting() {
        confirmingCancel = false;
    }

    public void cancelMeeting() {
        try {
            meetings.cancel(meetingId);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.meetingForm.cancelled");
            Faces.redirect("/admin/natverk/traffar/" + meetingId + "/redigera");
        } catch (RefusedException e) {
            confirmingCancel = false;
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getNetworkParameter() {
        return networkParameter;
    }

    public void setNetworkParameter(String networkParameter) {
        this.networkParameter = networkParameter;
    }

    public MeetingForm getForm() {
        return form;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isConfirmingCancel() {
        return confirmingCancel;
    }
}
