package se.kunskapsnav.networks;

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
import se.kunskapsnav.directory.Organisation;

import java.time.Instant;
import java.util.Locale;

/**
 * A person's membership of a network. Either an account (who applied, or whom an editor added by e-mail)
 * or a person an editor recorded by name and e-mail. Organisation, place, profession and sector are copied
 * when the membership starts, so reach counts what was true then.
 */
@Entity
@Table(name = "network_member")
public class NetworkMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "network_id", nullable = false)
    private Long networkId;

    @Column(name = "account_id")
    private Long accountId;

    /** Only for members without an account; an account's name and e-mail are read from the account. */
    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "email", length = 254)
    private String email;

    /** Who the person is while the membership is live, null once ended: the unique key allows one. */
    @Column(name = "live_key", length = 260)
    private String liveKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private MembershipStatus status;

    @Embedded
    private WorkFacts workFacts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected NetworkMember() {
    }

    /** A person with an account, with the facts of their profile. */
    static NetworkMember ofAccount(Long networkId, long accountId, Profile profile, MembershipStatus status,
                                   Instant now) {
        NetworkMember member = new NetworkMember(networkId, status, now);
        member.accountId = accountId;
        member.workFacts = WorkFacts.of(profile);
        member.liveKey = member.identity();
        return member;
    }

    /** A person an editor recorded, at the place of the organisation they represent. */
    static NetworkMember recorded(Long networkId, MemberInput input, Organisation organisation, Instant now) {
        NetworkMember member = new NetworkMember(networkId, MembershipStatus.MEMBER, now);
        member.name = input.name();
        member.email = input.email();
        String municipality = organisation.getMunicipalityCode();
        member.workFacts = new WorkFacts(organisation.getId(), municipality,
                municipality == null ? organisation.getRegionCode() : null, input.professionCode(), input.sectorCode());
        member.liveKey = member.identity();
        return member;
    }

    private NetworkMember(Long networkId, MembershipStatus status, Instant now) {
        this.networkId = networkId;
        this.status = status;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** The live key of a person: their account, or the e-mail of a person without one. */
    static String identityOf(Long accountId, String email) {
        return accountId != null ? "a" + accountId : "e" + email.toLowerCase(Locale.ROOT);
    }

    private String identity() {
        return identityOf(accountId, email);
    }

    void changeStatus(MembershipStatus newStatus, Instant now) {
        status = newStatus;
        liveKey = newStatus.isLive() ? identity() : null;
        changedAt = now;
    }

    /** When the person's account is erased the membership ends; the copied facts stay for reach. */
    void forgetPerson(Instant now) {
        name = null;
        email = null;
        if (status.isLive()) {
            changeStatus(MembershipStatus.LEFT, now);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public Long getOrganisationId() {
        return workFacts.organisationId();
    }

    public String getMunicipalityCode() {
        return workFacts.municipalityCode();
    }

    public String getRegionCode() {
        return workFacts.regionCode();
    }

    public String getProfessionCode() {
        return workFacts.professionCode();
    }

    public String getSectorCode() {
        return workFacts.sectorCode();
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
