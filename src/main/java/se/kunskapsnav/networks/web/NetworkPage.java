package se.kunskapsnav.networks.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.networks.MeetingService;
import se.kunskapsnav.networks.MembershipStatus;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkMember;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.Markdown;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.Serializable;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /natverk/{id}}: what anyone may see of a network (purpose, owners, audience, themes, open or
 * closed, next meeting); a logged-in person applies, withdraws or leaves; members, the owning counties'
 * editors and administrators also see the members and every meeting.
 */
@Named
@ViewScoped
public class NetworkPage implements Serializable {

    @Inject
    NetworkService networks;

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser user;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Clock clock;

    private String id;
    private long networkId;
    private transient Network network;
    private transient NetworkMeeting nextMeeting;
    private transient NetworkMember membership;
    private transient List<MemberRow> members;
    private transient List<NetworkMeeting> allMeetings;

    /** View action: finds the network or answers 404. */
    public void load() {
        try {
            networkId = UrlIds.parse(id);
            getNetwork();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public Network getNetwork() {
        if (network == null) {
            network = networks.network(networkId);
            nextMeeting = networks.summary(network).nextMeeting().orElse(null);
        }
        return network;
    }

    public String getPurposeHtml() {
        return Markdown.toSafeHtml(getNetwork().getPurpose());
    }

    /** The next meeting not cancelled and not over, or null: public, as a date. */
    public NetworkMeeting getNextMeeting() {
        getNetwork();
        return nextMeeting;
    }

    public boolean isMayEdit() {
        return networks.mayEdit(getNetwork());
    }

    public boolean isMaySeeMemberParts() {
        return networks.maySeeMemberParts(getNetwork());
    }

    /** The logged-in person's live membership (applied or member), or null. */
    public NetworkMember getMembership() {
        if (membership == null && user.isLoggedIn()) {
            membership = networks.myMembership(networkId).orElse(null);
        }
        return membership;
    }

    public boolean isMayApply() {
        return user.isLoggedIn() && getNetwork().isOpenToApply() && getMembership() == null;
    }

    public boolean isApplied() {
        return getMembership() != null && getMembership().getStatus() == MembershipStatus.APPLIED;
    }

    public List<MemberRow> getMembers() {
        if (members == null) {
            members = networks.members(networkId).stream()
                    .filter(m -> m.member().getStatus() == MembershipStatus.MEMBER)
                    .map(m -> MemberRow.of(m, vocabularies)).toList();
        }
        return members;
    }

    private List<NetworkMeeting> allMeetings() {
        if (allMeetings == null) {
            allMeetings = meetings.meetings(networkId);
        }
        return allMeetings;
    }

    /** Meetings not yet over, the soonest first (cancelled ones too, marked). */
    public List<NetworkMeeting> getUpcomingMeetings() {
        return allMeetings().stream().filter(m -> m.getEndsAt().isAfter(clock.instant()))
                .sorted(Comparator.comparing(NetworkMeeting::getStartsAt)).toList();
    }

    /** Meetings that are over, the latest first. */
    public List<NetworkMeeting> getPastMeetings() {
        return allMeetings().stream().filter(m -> !m.getEndsAt().isAfter(clock.instant())).toList();
    }

    public void apply() {
        act(() -> networks.apply(networkId), "networks.page.appliedDone");
    }

    public void leave() {
        act(() -> networks.leave(networkId), isApplied() ? "networks.page.withdrawn" : "networks.page.left");
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Faces.message(null, FacesMessage.SEVERITY_INFO, doneKey);
            Faces.redirect("/natverk/" + networkId);
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
            membership = null;
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
