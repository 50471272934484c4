package se.kunskapsnav.networks.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.networks.MeetingService;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/natverk/traffar/{id}/narvaro}: an editor marks who of the members was present at a
 * meeting once it has begun, as for course sessions.
 */
@Named
@ViewScoped
public class MeetingAttendancePage implements Serializable {

    @Inject
    MeetingService meetings;

    @Inject
    NetworkService networks;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Clock clock;

    private String id;
    private long meetingId;
    /** Member id to present, for everyone who can be marked. */
    private final Map<Long, Boolean> presence = new HashMap<>();
    private List<MemberRow> rows = List.of();
    private transient NetworkMeeting meeting;
    private transient Network network;

    /** View action: 404 for no such meeting, 403 for another county's. */
    public void load() {
        try {
            meetingId = UrlIds.parse(id);
            if (!networks.mayEdit(getNetwork())) {
                Faces.sendError(403);
                return;
            }
            refresh();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    private void refresh() {
        meeting = null;
        rows = meetings.markable(meetingId).stream().map(m -> MemberRow.of(m, vocabularies)).toList();
        Map<Long, Boolean> marks = meetings.attendance(meetingId);
        presence.clear();
        rows.forEach(row -> presence.put(row.id(), marks.getOrDefault(row.id(), false)));
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

    /** Attendance is marked once the meeting has begun and only if it was not cancelled. */
    public boolean isMarkable() {
        return !getMeeting().isCancelled() && getMeeting().hasStarted(clock.instant());
    }

    public void save() {
        try {
            meetings.markAttendance(meetingId, Map.copyOf(presence));
            Faces.message(null, FacesMessage.SEVERITY_INFO, "networks.attendance.saved");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        } catch (InvalidInputException e) {
            e.fieldMessageKeys().values().forEach(key -> Faces.message(null, FacesMessage.SEVERITY_ERROR, key));
        }
        refresh();
    }

    /** "Alla närvarande": every member was present. */
    public void allPresent() {
        presence.replaceAll((member, present) -> true);
        save();
    }

    public List<MemberRow> getRows() {
        return rows;
    }

    public Map<Long, Boolean> getPresence() {
        return presence;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
