package se.kunskapsnav.webcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.kunskapsnav.accounts.Profile;
import se.kunskapsnav.accounts.WorkFacts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of a study group: a person with an account who joined by the link, or a person the leader
 * recorded, with a name or without. Where they work is copied when the membership starts.
 */
@Entity
@Table(name = "study_group_member")
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "account_id")
    private Long accountId;

    /** Only for recorded members, and optional for them; an account's name is read from the account. */
    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "live_key", length = 40)
    private String liveKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private GroupMemberStatus status;

    @Embedded
    private WorkFacts workFacts;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    protected GroupMember() {
    }

    private GroupMember(long groupId, Instant now, LocalDate today) {
        this.groupId = groupId;
        this.status = GroupMemberStatus.MEMBER;
        this.joinedAt = now;
        this.joinedOn = today;
    }

    static GroupMember ofAccount(long groupId, long accountId, Profile profile, Instant now, LocalDate today) {
        GroupMember member = new GroupMember(groupId, now, today);
        member.accountId = accountId;
        member.liveKey = liveKeyOf(accountId);
        member.workFacts = WorkFacts.of(profile);
        return member;
    }

    /** A person the leader recorded, at the group's organisation and municipality. */
    static GroupMember recorded(StudyGroup group, RecordedMemberInput input, Instant now, LocalDate today) {
        GroupMember member = new GroupMember(group.getId(), now, today);
        member.name = input.name();
        member.workFacts = new WorkFacts(group.getOrganisationId(), group.getMunicipalityCode(), null,
                input.professionCode(), input.sectorCode());
        return member;
    }

    /** The key that lets an account be a current member of one study group at a time. */
    static String liveKeyOf(long accountId) {
        return "a" + accountId;
    }

    void end(GroupMemberStatus ended) {
        status = ended;
        liveKey = null;
    }

    public boolean isCurrent() {
        return status == GroupMemberStatus.MEMBER;
    }

    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public GroupMemberStatus getStatus() {
        return status;
    }

    public String getProfessionCode() {
        return workFacts.professionCode();
    }

    public String getSectorCode() {
        return workFacts.sectorCode();
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
