package se.kunskapsnav.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.courses.Reminders;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.Revisions;
import se.kunskapsnav.platform.TenancyGuard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Network meetings: scheduling with invitations to every member, agenda and minutes, documents, reminders
 * and attendance. Changes are for editors of the network's owning counties; the member parts are for
 * members, those editors and administrators.
 */
@ApplicationScoped
public class MeetingService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    NetworkService networks;

    @Inject
    TenancyGuard guard;

    @Inject
    NetworkMails mails;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ---- reading (member parts)

    /** A meeting, for members, editors and administrators. */
    public NetworkMeeting meeting(long id) {
        NetworkMeeting meeting = NotFoundException.requireFound(em.find(NetworkMeeting.class, id), "meeting " + id);
        networks.requireMemberParts(networks.network(meeting.getNetworkId()));
        return meeting;
    }

    /** All meetings of a network, the latest first, for members, editors and administrators. */
    public List<NetworkMeeting> meetings(long networkId) {
        networks.requireMemberParts(networks.network(networkId));
        return em.createQuery("""
                        select m from NetworkMeeting m where m.networkId = :network order by m.startsAt desc""",
                        NetworkMeeting.class)
                .setParameter("network", networkId)
                .getResultList();
    }

    public List<MeetingDocument> documents(long meetingId) {
        meeting(meetingId);
        return em.createQuery("""
                        select d from MeetingDocument d where d.meetingId = :meeting order by d.id""",
                        MeetingDocument.class)
                .setParameter("meeting", meetingId)
                .getResultList();
    }

    /** The documents of every meeting of a network, by meeting id: one check and one query for a whole list. */
    public Map<Long, List<MeetingDocument>> documentsOfNetwork(long networkId) {
        networks.requireMemberParts(networks.network(networkId));
        Map<Long, List<MeetingDocument>> byMeeting = new HashMap<>();
        em.createQuery("""
                        select d from MeetingDocument d
                        where d.meetingId in (select m.id from NetworkMeeting m where m.networkId = :network)
                        order by d.id""", MeetingDocument.class)
                .setParameter("network", networkId)
                .getResultList()
                .forEach(d -> byMeeting.computeIfAbsent(d.getMeetingId(), id -> new ArrayList<>()).add(d));
        return byMeeting;
    }

    public MeetingDocument document(long documentId) {
        MeetingDocument document = NotFoundException.requireFound(
                em.find(MeetingDocument.class, documentId), "document " + documentId);
        meeting(document.getMeetingId());
        return document;
    }

    /** Member id to presence at one meeting. */
    public Map<Long, Boolean> attendance(long meetingId) {
        meeting(meetingId);
        Map<Long, Boolean> present = new HashMap<>();
        em.createQuery("select a from MeetingAttendance a where a.meetingId = :meeting", MeetingAttendance.class)
                .setParameter("meeting", meetingId)
                .getResultList()
                .forEach(a -> present.put(a.getMemberId(), a.isPresent()));
        return present;
    }

    // ---- running meetings

    /** Schedules a meeting and invites every current member, with the meeting as a calendar file. */
    @Transactional
    public NetworkMeeting schedule(long networkId, MeetingInput input) {
        Network network = networks.locked(networkId);
        guard.requireMayEdit(network.owningCounties());
        NetworkRules.ValidMeeting valid = NetworkRules.check(input);
        NetworkMeeting meeting = new NetworkMeeting(networkId, clock.instant());
        meeting.apply(valid.input(), valid.times(), clock.instant());
        em.persist(meeting);
        em.flush();
        recorded(meeting, network, ChangeOperation.CREATE, "SCHEDULE");
        mails.meeting("invitation", network, meeting, memberAddresses(networkId));
        return meeting;
    }

    /**
     * Changes a meeting; when its time or place changed, members get the updated calendar event. One changed since
     * {@code seenRevision} is refused ({@link Revisions}).
     */
    @Transactional
    public NetworkMeeting update(long meetingId, MeetingInput input, Long seenRevision) {
        NetworkMeeting meeting = editable(meetingId);
        Revisions.requireCurrent(seenRevision, meeting.getRevision(), "meeting.changedMeanwhile");
        Network network = networks.network(meeting.getNetworkId());
        NetworkRules.ValidMeeting valid = NetworkRules.check(input);
        if (meeting.apply(valid.input(), valid.times(), clock.instant())) {
            mails.meeting("moved", network, meeting, memberAddresses(network.getId()));
        }
        recorded(meeting, network, ChangeOperation.UPDATE, "UPDATE_MEETING");
        return meeting;
    }

    @Transactional
    public NetworkMeeting cancel(long meetingId) {
        NetworkMeeting meeting = editable(meetingId);
        if (meeting.hasStarted(clock.instant())) {
            throw new RefusedException("meeting.alreadyHeld");
        }
        Network network = networks.network(meeting.getNetworkId());
        meeting.cancel(clock.instant());
        recorded(meeting, network, ChangeOperation.UPDATE, "CANCEL_MEETING");
        mails.meeting("cancelled", network, meeting, memberAddresses(network.getId()));
        return meeting;
    }

    /** Minutes are written once the meeting has begun; members hear when they first appear. */
    @Transactional
    public NetworkMeeting recordMinutes(long meetingId, String minutes) {
        NetworkMeeting meeting = editable(meetingId);
        String text = NetworkRules.checkMinutes(minutes);
        if (!meeting.hasStarted(clock.instant())) {
            throw new RefusedException("meeting.minutesBeforeStart");
        }
        boolean first = meeting.getMinutes() == null && text != null;
        meeting.recordMinutes(text, clock.instant());
        Network network = networks.network(meeting.getNetworkId());
        recorded(meeting, network, ChangeOperation.UPDATE, "MINUTES");
        if (first) {
            mails.minutesPublished(network, meeting, memberAddresses(network.getId()));
        }
        return meeting;
    }

    @Transactional
    public MeetingDocument attach(long meetingId, String fileName, byte[] content) {
        NetworkMeeting meeting = editable(meetingId);
        DocumentRules.Accepted file = DocumentRules.check(fileName, content);
        MeetingDocument document = new MeetingDocument(meetingId, file, guard.currentAccountId(), clock.instant());
        em.persist(document);
        em.flush();
        changeLog.record("network_meeting_document", document.getId().toString(), ChangeOperation.CREATE);
        audit.record("network_meeting", meetingId, "ATTACH", networks.network(meeting.getNetworkId()).getCountyCode(),
                file.fileName());
        return document;
    }

    @Transactional
    public void removeDocument(long documentId) {
        MeetingDocument document = NotFoundException.requireFound(
                em.find(MeetingDocument.class, documentId), "document " + documentId);
        NetworkMeeting meeting = editable(document.getMeetingId());
        em.remove(document);
        changeLog.record("network_meeting_document", String.valueOf(documentId), ChangeOperation.DELETE);
        audit.record("network_meeting", meeting.getId(), "REMOVE_DOCUMENT",
                networks.network(meeting.getNetworkId()).getCountyCode(), document.getFileName());
    }

    /**
     * Marks who was present, as for course sessions: once the meeting has begun. Anyone who was a member
     * (current, or left after the meeting began) may be marked.
     */
    @Transactional
    public void markAttendance(long meetingId, Map<Long, Boolean> presentByMember) {
        NetworkMeeting meeting = editable(meetingId);
        // one marking at a time per network, so two editors saving at once never insert the same mark twice
        networks.locked(meeting.getNetworkId());
        if (meeting.isCancelled()) {
            throw new RefusedException("meeting.cancelled");
        }
        if (!meeting.hasStarted(clock.instant())) {
            throw new RefusedException("attendance.notStarted");
        }
        Long markedBy = guard.currentAccountId();
        for (Map.Entry<Long, Boolean> entry : presentByMember.entrySet()) {
            NetworkMember member = em.find(NetworkMember.class, entry.getKey());
            if (member == null || !Objects.equals(member.getNetworkId(), meeting.getNetworkId())
                    || !wasMemberAt(member, meeting.getStartsAt())) {
                throw InvalidInputException.of("members", "attendance.notMarkable");
            }
            MeetingAttendance attendance = em.find(MeetingAttendance.class,
                    new MeetingAttendance.Key(member.getId(), meetingId));
            if (attendance == null) {
                attendance = new MeetingAttendance(member.getId(), meetingId);
                em.persist(attendance);
            }
            attendance.record(Boolean.TRUE.equals(entry.getValue()), markedBy, clock.instant());
        }
        changeLog.record("network_meeting", String.valueOf(meetingId), ChangeOperation.UPDATE);
        audit.record("network_meeting", meetingId, "ATTENDANCE",
                networks.network(meeting.getNetworkId()).getCountyCode(),
                meeting.getTitle() + " / " + SwedishTime.describe(meeting.getStartsAt(), meeting.getEndsAt()));
    }

    /** The people who can be marked at a meeting: members then, in name order. */
    public List<MemberListing> markable(long meetingId) {
        NetworkMeeting meeting = meeting(meetingId);
        return networks.members(meeting.getNetworkId()).stream()
                .filter(listing -> wasMemberAt(listing.member(), meeting.getStartsAt())).toList();
    }

    private static boolean wasMemberAt(NetworkMember member, Instant start) {
        return member.getStatus() == MembershipStatus.MEMBER
                || ((member.getStatus() == MembershipStatus.LEFT || member.getStatus() == MembershipStatus.REMOVED)
                && member.getChangedAt().isAfter(start));
    }

    // ---- reminders

    /** Reminds members two days before each meeting, as for course sessions; answers how many mails. */
    @Transactional
    public int sendReminders() {
        Instant now = clock.instant();
        List<NetworkMeeting> due = em.createQuery("""
                        select m from NetworkMeeting m
                        where m.remindedAt is null and m.cancelled = false and m.startsAt > :now and m.startsAt <= :until""",
                        NetworkMeeting.class)
                .setParameter("now", now)
                .setParameter("until", now.plus(Reminders.AHEAD))
                .getResultList();
        int sent = 0;
        for (NetworkMeeting meeting : due) {
            meeting.reminded(now);
            List<String> to = memberAddresses(meeting.getNetworkId());
            mails.meeting("reminder", networks.network(meeting.getNetworkId()), meeting, to);
            sent += to.size();
        }
        return sent;
    }

    private NetworkMeeting editable(long meetingId) {
        NetworkMeeting meeting = NotFoundException.requireFound(
                em.find(NetworkMeeting.class, meetingId), "meeting " + meetingId);
        guard.requireMayEdit(networks.network(meeting.getNetworkId()).owningCounties());
        return meeting;
    }

    private List<String> memberAddresses(long networkId) {
        return networks.currentMembers(networkId).stream().map(networks::emailOf).filter(Objects::nonNull).toList();
    }

    private void recorded(NetworkMeeting meeting, Network network, ChangeOperation operation, String action) {
        changeLog.record("network_meeting", meeting.getId().toString(), operation);
        audit.record("network_meeting", meeting.getId(), action, network.getCountyCode(),
                meeting.getTitle() + " / " + SwedishTime.describe(meeting.getStartsAt(), meeting.getEndsAt()));
    }
}
