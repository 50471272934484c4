package se.kunskapsnav.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A person's account. The id is the pseudonymous key other rows refer to; erasing an account nulls its
 * personal data (e-mail, name, password) and keeps the facts statistics need.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "name", length = 200)
    private String name;

    @Column(name = "profession_code", nullable = false, length = 64)
    private String professionCode;

    @Column(name = "sector_code", nullable = false, length = 64)
    private String sectorCode;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "workplace_municipality_code", length = 4)
    private String workplaceMunicipalityCode;

    @Column(name = "workplace_region_code", length = 2)
    private String workplaceRegionCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Raised to end every session of the account ("log out everywhere", password change). */
    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Account() {
    }

    Account(String email, String passwordHash, Profile profile, Instant createdAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        update(profile);
    }

    void update(Profile profile) {
        this.name = profile.name();
        this.professionCode = profile.professionCode();
        this.sectorCode = profile.sectorCode();
        this.organisationId = profile.organisationId();
        this.workplaceMunicipalityCode = profile.workplace().municipalityCode();
        this.workplaceRegionCode = profile.workplace().regionCode();
    }

    void verifyEmail(Instant at) {
        this.emailVerifiedAt = at;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.sessionVersion++;
    }

    void endAllSessions() {
        this.sessionVersion++;
    }

    void loggedIn(Instant at) {
        this.lastLoginAt = at;
    }

    /** Removes everything that identifies the person; statistics facts stay. */
    void erase(Instant at) {
        this.email = null;
        this.name = null;
        this.passwordHash = null;
        this.emailVerifiedAt = null;
        this.erasedAt = at;
        this.sessionVersion++;
    }

    public Profile profile() {
        return new Profile(name, professionCode, sectorCode, organisationId,
                new Workplace(workplaceMunicipalityCode, workplaceRegionCode));
    }

    public boolean isVerified() {
        return emailVerifiedAt != null;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getName() {
        return name;
    }

    public String getProfessionCode() {
        return professionCode;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getWorkplaceMunicipalityCode() {
        return workplaceMunicipalityCode;
    }

    public String getWorkplaceRegionCode() {
        return workplaceRegionCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public int getSessionVersion() {
        return sessionVersion;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }
}
