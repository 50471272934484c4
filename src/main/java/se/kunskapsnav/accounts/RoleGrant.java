package se.kunskapsnav.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A role given to a person; an editor's grant names the county it is for. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Role role;

    @Column(name = "county_code", length = 2)
    private String countyCode;

    @Column(name = "granted_by")
    private Long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected RoleGrant() {
    }

    RoleGrant(Long accountId, Role role, String countyCode, Long grantedBy, Instant grantedAt) {
        this.accountId = accountId;
        this.role = role;
        this.countyCode = countyCode;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Role getRole() {
        return role;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public Long getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
