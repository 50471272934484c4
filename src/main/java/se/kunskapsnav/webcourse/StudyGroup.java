package se.kunskapsnav.webcourse;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A study group on the group track, led by one course leader at an organisation in a municipality. Members
 * join by the invitation link while it is open; the leader may also count participants per profession.
 */
@Entity
@Table(name = "study_group")
public class StudyGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "leader_account_id", nullable = false)
    private Long leaderAccountId;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "municipality_code", nullable = false, length = 4)
    private String municipalityCode;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "max_members")
    private Integer maxMembers;

    @Column(name = "open_to_join", nullable = false)
    private boolean openToJoin;

    @Column(name = "invitation_code", nullable = false, length = 32)
    private String invitationCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "formed_on", nullable = false)
    private LocalDate formedOn;

    @ElementCollection
    @CollectionTable(name = "study_group_count", joinColumns = @JoinColumn(name = "group_id"))
    @MapKeyColumn(name = "profession_code")
    @Column(name = "participants")
    private Map<String, Integer> counts = new HashMap<>();

    protected StudyGroup() {
    }

    StudyGroup(long leaderAccountId, String invitationCode, Instant now, LocalDate today) {
        this.leaderAccountId = leaderAccountId;
        this.invitationCode = invitationCode;
        this.createdAt = now;
        this.formedOn = today;
    }

    /** Takes checked input ({@link GroupRules}); the county is the municipality's. */
    void apply(GroupInput input, String municipalityCounty) {
        name = input.name();
        organisationId = input.organisationId();
        municipalityCode = input.municipalityCode();
        countyCode = municipalityCounty;
        maxMembers = input.maxMembers();
        openToJoin = input.openToJoin();
    }

    /** Replaces the counted participants; professions with no count are left out. */
    void count(Map<String, Integer> byProfession) {
        counts.clear();
        byProfession.forEach((profession, participants) -> {
            if (participants != null && participants > 0) {
                counts.put(profession, participants);
            }
        });
    }

    public boolean isLedBy(Long accountId) {
        return leaderAccountId.equals(accountId);
    }

    public boolean isFull(long members) {
        return maxMembers != null && members >= maxMembers;
    }

    public int countedParticipants() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getLeaderAccountId() {
        return leaderAccountId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Integer getMaxMembers() {
        return maxMembers;
    }

    public boolean isOpenToJoin() {
        return openToJoin;
    }

    public String getInvitationCode() {
        return invitationCode;
    }

    public LocalDate getFormedOn() {
        return formedOn;
    }

    /** Counted participants by profession code, in code order. */
    public Map<String, Integer> getCounts() {
        return new TreeMap<>(counts);
    }
}
