package se.kunskapsnav.webcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountErased;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.PersonalData;
import se.kunskapsnav.accounts.PersonalDataRequest;
import se.kunskapsnav.accounts.Role;
import se.kunskapsnav.accounts.RoleService;
import se.kunskapsnav.accounts.Secrets;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.OrganisationStatus;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.PortalConfig;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The group track: course leaders form study groups, plan sessions by module, record or invite members,
 * count participants, and mark sessions held with attendance and modules covered. Only a group's own
 * leader (or an administrator) changes it; members join by the invitation link while the group is open
 * and not full, one study group at a time. Joining locks the group row, so the last seat is taken once.
 */
@ApplicationScoped
public class StudyGroupService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    AccountService accounts;

    @Inject
    RoleService roles;

    @Inject
    WebCourseService webCourse;

    @Inject
    CourseService courses;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    // ---- groups

    /** A course leader forms a study group and becomes its leader. */
    @Transactional
    public StudyGroup create(GroupInput input) {
        long leader = currentAccount();
        if (!isCourseLeader(leader)) {
            throw new AccessDeniedException("only course leaders form study groups");
        }
        StudyGroup group = new StudyGroup(leader, Secrets.newToken("").substring(0, 32), clock.instant(), today());
        apply(group, input);
        em.persist(group);
        em.flush();
        record(group, ChangeOperation.CREATE, "CREATE");
        return group;
    }

    @Transactional
    public StudyGroup update(long groupId, GroupInput input) {
        StudyGroup group = lockedToManage(groupId);
        apply(group, input);
        record(group, ChangeOperation.UPDATE, "UPDATE");
        return group;
    }

    private void apply(StudyGroup group, GroupInput input) {
        Optional<Municipality> municipality = Optional.ofNullable(input.municipalityCode())
                .flatMap(code -> geography.municipality(code.trim()));
        boolean organisationKnown = input.organisationId() != null
                && directory.organisation(input.organisationId())
                .filter(o -> o.getStatus() == OrganisationStatus.ACTIVE).isPresent();
        GroupInput valid = GroupRules.check(input, organisationKnown, municipality.isPresent());
        group.apply(valid, municipality.get().getCountyCode());
    }

    /** A group the caller may see: its leader, its current members, editors of its county, administrators. */
    public StudyGroup group(long groupId) {
        StudyGroup group = em.find(StudyGroup.class, groupId);
        if (group == null || !maySee(group)) {
            throw new NotFoundException("study group " + groupId);
        }
        return group;
    }

    public boolean mayManage(StudyGroup group) {
        return group.isLedBy(guard.currentAccountId()) || guard.scope().administrator();
    }

    private boolean maySee(StudyGroup group) {
        return mayManage(group) || guard.scope().mayEdit(group.getCountyCode())
                || myMembership().filter(m -> m.getGroupId().equals(group.getId())).isPresent();
    }

    /** The groups the logged-in person leads, newest first. */
    public List<StudyGroup> myGroups() {
        return em.createQuery("select g from StudyGroup g where g.leaderAccountId = :leader order by g.id desc",
                        StudyGroup.class)
                .setParameter("leader", currentAccount())
                .getResultList();
    }

    /** The logged-in person's groups with their member counts and next sessions, in three queries. */
    public List<GroupOverview> myGroupOverviews() {
        List<StudyGroup> mine = myGroups();
        long leader = currentAccount();
        Map<Long, Long> members = pairs(em.createQuery("""
                        select m.groupId, count(m) from GroupMember m, StudyGroup g
                        where g.id = m.groupId and g.leaderAccountId = :leader and m.status = :member
                        group by m.groupId""", Object[].class)
                .setParameter("leader", leader).setParameter("member", GroupMemberStatus.MEMBER).getResultList());
        Map<Long, LocalDate> next = pairs(em.createQuery("""
                        select s.groupId, min(s.plannedOn) from GroupSession s, StudyGroup g
                        where g.id = s.groupId and g.leaderAccountId = :leader and s.held = false
                        group by s.groupId""", Object[].class)
                .setParameter("leader", leader).getResultList());
        return mine.stream().map(g -> new GroupOverview(g, members.getOrDefault(g.getId(), 0L), next.get(g.getId())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<Long, V> pairs(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (V) row[1]));
    }

    /** What an invitation link shows before joining: the group's name, organisation and place. */
    public StudyGroup byInvitation(String code) {
        return em.createQuery("select g from StudyGroup g where g.invitationCode = :code", StudyGroup.class)
                .setParameter("code", code == null ? "" : code.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("study group invitation"));
    }

    /** The link a leader hands out to let people join the group. */
    public String invitationUrl(StudyGroup group) {
        return config.baseUrl() + "/webbkurs/inbjudan/" + group.getInvitationCode();
    }

    private boolean isCourseLeader(long accountId) {
        return roles.rolesOf(accountId).roles().contains(Role.COURSE_LEADER);
    }

    // ---- members

    /** The logged-in person joins by the invitation link; they are enrolled in the course too. */
    @Transactional
    public GroupMember join(String invitationCode) {
        long accountId = currentAccount();
        StudyGroup group = locked(byInvitation(invitationCode).getId());
        Optional<GroupMember> current = membershipOf(accountId);
        if (current.isPresent()) {
            throw current.get().getGroupId().equals(group.getId())
                    ? new RefusedException("webcourse.group.alreadyMember")
                    : new RefusedException("webcourse.group.inAnotherGroup", em.find(StudyGroup.class,
                    current.get().getGroupId()).getName());
        }
        requireRoom(group);
        Account account = accounts.account(accountId);
        if (!account.isVerified()) {
            throw new RefusedException("registration.notVerified");
        }
        GroupMember member = GroupMember.ofAccount(group.getId(), accountId, account.profile(), clock.instant(),
                today());
        persist(member, group, "JOIN");
        webCourse.enrolAccount(accountId);
        return member;
    }

    /** The leader records a participant, with a name or without. */
    @Transactional
    public GroupMember recordMember(long groupId, RecordedMemberInput input) {
        StudyGroup group = lockedToManage(groupId);
        RecordedMemberInput valid = GroupRules.check(input, courses.knownCodes());
        if (group.isFull(currentMemberCount(groupId))) {
            throw new RefusedException("webcourse.group.full");
        }
        GroupMember member = GroupMember.recorded(group, valid, clock.instant(), today());
        persist(member, group, "RECORD_MEMBER");
        return member;
    }

    /** The logged-in person leaves their study group; they keep their own progress. */
    @Transactional
    public void leave() {
        GroupMember member = membershipOf(currentAccount())
                .orElseThrow(() -> new RefusedException("webcourse.group.notMember"));
        member.end(GroupMemberStatus.LEFT);
        changeLog.record("study_group_member", member.getId().toString(), ChangeOperation.UPDATE);
    }

    /** The leader removes a member from their group. */
    @Transactional
    public void removeMember(long memberId) {
        GroupMember member = NotFoundException.requireFound(
                em.find(GroupMember.class, memberId), "study group member " + memberId);
        StudyGroup group = lockedToManage(member.getGroupId());
        if (member.isCurrent()) {
            member.end(GroupMemberStatus.REMOVED);
            changeLog.record("study_group_member", member.getId().toString(), ChangeOperation.UPDATE);
            audit.record("study_group", group.getId(), "REMOVE_MEMBER", group.getCountyCode(), "member " + memberId);
        }
    }

    /** The leader counts participants per profession (replacing the earlier counts). */
    @Transactional
    public StudyGroup count(long groupId, Map<String, Integer> byProfession) {
        StudyGroup group = lockedToManage(groupId);
        GroupRules.checkCounts(byProfession, courses.knownCodes());
        group.count(byProfession);
        record(group, ChangeOperation.UPDATE, "COUNT");
        return group;
    }

    /** The group's current members with their names (a recorded member may have none); for its leader. */
    public List<GroupMemberListing> members(long groupId) {
        StudyGroup group = group(groupId);
        if (!mayManage(group) && !guard.scope().mayEdit(group.getCountyCode())) {
            throw new AccessDeniedException("members are listed for the group's leader");
        }
        return currentMembers(groupId).stream()
                .map(m -> new GroupMemberListing(m, m.getAccountId() == null ? m.getName()
                        : accounts.account(m.getAccountId()).getName()))
                .sorted(Comparator.comparing(GroupMemberListing::name, Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    public long currentMemberCount(long groupId) {
        return em.createQuery("select count(m) from GroupMember m where m.groupId = :group and m.status = :member",
                        Long.class)
                .setParameter("group", groupId)
                .setParameter("member", GroupMemberStatus.MEMBER)
                .getSingleResult();
    }

    /** The logged-in person's current study group membership, if any. */
    public Optional<GroupMember> myMembership() {
        Long accountId = guard.currentAccountId();
        return accountId == null ? Optional.empty() : membershipOf(accountId);
    }

    private Optional<GroupMember> membershipOf(long accountId) {
        return em.createQuery("select m from GroupMember m where m.accountId = :account and m.status = :member",
                        GroupMember.class)
                .setParameter("account", accountId)
                .setParameter("member", GroupMemberStatus.MEMBER)
                .getResultStream().findFirst();
    }

    private List<GroupMember> currentMembers(long groupId) {
        return em.createQuery("select m from GroupMember m where m.groupId = :group and m.status = :member "
                        + "order by m.id", GroupMember.class)
                .setParameter("group", groupId)
                .setParameter("member", GroupMemberStatus.MEMBER)
                .getResultList();
    }

    private void requireRoom(StudyGroup group) {
        if (!group.isOpenToJoin()) {
            throw new RefusedException("webcourse.group.closed");
        }
        if (group.isFull(currentMemberCount(group.getId()))) {
            throw new RefusedException("webcourse.group.full");
        }
    }

    private void persist(GroupMember member, StudyGroup group, String action) {
        em.persist(member);
        em.flush();
        changeLog.record("study_group_member", member.getId().toString(), ChangeOperation.CREATE);
        audit.record("study_group", group.getId(), action, group.getCountyCode(), "member " + member.getId());
    }

    // ---- sessions

    @Transactional
    public GroupSession planSession(long groupId, SessionPlanInput input) {
        lockedToManage(groupId);
        SessionPlanInput valid = GroupRules.check(input, moduleCodes());
        GroupSession session = new GroupSession(groupId);
        session.plan(valid.plannedOn(), valid.modules());
        em.persist(session);
        em.flush();
        changeLog.record("study_group_session", session.getId().toString(), ChangeOperation.CREATE);
        return session;
    }

    @Transactional
    public GroupSession updateSession(long sessionId, SessionPlanInput input) {
        GroupSession session = session(sessionId);
        lockedToManage(session.getGroupId());
        SessionPlanInput valid = GroupRules.check(input, moduleCodes());
        session.plan(valid.plannedOn(), valid.modules());
        changeLog.record("study_group_session", session.getId().toString(), ChangeOperation.UPDATE);
        return session;
    }

    /** Removes a planned session; one that was held stays, with its attendance. */
    @Transactional
    public void deleteSession(long sessionId) {
        GroupSession session = session(sessionId);
        lockedToManage(session.getGroupId());
        if (session.isHeld()) {
            throw new RefusedException("webcourse.group.sessionHeld");
        }
        em.remove(session);
        changeLog.record("study_group_session", String.valueOf(sessionId), ChangeOperation.DELETE);
    }

    /**
     * The leader marks a session held (or not), the planned modules it covered and who was present; a
     * covered module must be one the session planned, attendance is for the group's current members.
     */
    @Transactional
    public GroupSession markSession(long sessionId, boolean held, Set<String> covered, Map<Long, Boolean> present) {
        GroupSession session = session(sessionId);
        StudyGroup group = lockedToManage(session.getGroupId());
        Set<Long> memberIds = currentMembers(group.getId()).stream().map(GroupMember::getId).collect(Collectors.toSet());
        if (!session.getModules().keySet().containsAll(covered)) {
            throw InvalidInputException.of("covered", "webcourse.group.coveredNotPlanned");
        }
        if (!memberIds.containsAll(present.keySet())) {
            throw InvalidInputException.of("attendance", "webcourse.group.notAMember");
        }
        if (!held && (!covered.isEmpty() || present.containsValue(true))) {
            throw InvalidInputException.of("held", "webcourse.group.markHeldFirst");
        }
        session.markHeld(held, covered, clock.instant());
        Long by = guard.currentAccountId();
        present.forEach((memberId, isPresent) -> {
            GroupAttendance mark = em.find(GroupAttendance.class, new GroupAttendance.Key(sessionId, memberId));
            if (mark == null) {
                mark = new GroupAttendance(sessionId, memberId);
                mark.record(isPresent, by, clock.instant());
                em.persist(mark);
            } else {
                mark.record(isPresent, by, clock.instant());
            }
        });
        changeLog.record("study_group_session", session.getId().toString(), ChangeOperation.UPDATE);
        return session;
    }

    /** The sessions of a group the caller may see, by date. */
    public List<GroupSession> sessions(long groupId) {
        group(groupId);
        return em.createQuery("select s from GroupSession s where s.groupId = :group order by s.plannedOn, s.id",
                        GroupSession.class)
                .setParameter("group", groupId)
                .getResultList();
    }

    /** Who was marked present (true) or absent (false) at a session, by member id; for the leader. */
    public Map<Long, Boolean> attendance(long sessionId) {
        GroupSession session = session(sessionId);
        if (!mayManage(group(session.getGroupId()))) {
            throw new AccessDeniedException("attendance is for the group's leader");
        }
        return em.createQuery("select a from GroupAttendance a where a.sessionId = :session", GroupAttendance.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .collect(Collectors.toMap(GroupAttendance::getMemberId, GroupAttendance::isPresent));
    }

    public GroupSession session(long sessionId) {
        GroupSession session = NotFoundException.requireFound(
                em.find(GroupSession.class, sessionId), "study group session " + sessionId);
        group(session.getGroupId());
        return session;
    }

    private Set<String> moduleCodes() {
        return webCourse.content().modules().stream().map(CourseModule::code).collect(Collectors.toSet());
    }

    // ---- personal data and erasure

    void personalDataRequested(@Observes PersonalDataRequest request) {
        em.createQuery("select m from GroupMember m where m.accountId = :account order by m.id", GroupMember.class)
                .setParameter("account", request.accountId())
                .getResultList()
                .forEach(m -> request.add(new PersonalData.Entry("study_group_membership",
                        em.find(StudyGroup.class, m.getGroupId()).getName(), m.getStatus().name(), m.getJoinedAt(),
                        null)));
    }

    /** An erased person leaves their study group; what they took part in stays, without their name. */
    void accountErased(@Observes AccountErased erased) {
        membershipOf(erased.accountId()).ifPresent(member -> member.end(GroupMemberStatus.LEFT));
    }

    // ---- helpers

    private StudyGroup lockedToManage(long groupId) {
        StudyGroup group = locked(groupId);
        if (!mayManage(group)) {
            throw new AccessDeniedException("only the group's own leader changes it");
        }
        return group;
    }

    private StudyGroup locked(long groupId) {
        return NotFoundException.requireFound(
                em.find(StudyGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE), "study group " + groupId);
    }

    private void record(StudyGroup group, ChangeOperation operation, String action) {
        changeLog.record("study_group", group.getId().toString(), operation);
        audit.record("study_group", group.getId(), action, group.getCountyCode(), group.getName());
    }

    private long currentAccount() {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            throw new AccessDeniedException("study groups need a logged-in person");
        }
        return accountId;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }
}
