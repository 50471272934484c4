package se.kunskapsnav.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit log: who did what to which row, and when. Never holds passwords or tokens. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "entity_kind", nullable = false, length = 64)
    private String entityKind;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Column(name = "action", nullable = false, length = 32)
    private String action;

    /** The acting account (its id is also its pseudonymous key), or null for the system itself. */
    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "county_code", length = 2)
    private String countyCode;

    @Column(name = "detail", length = 500)
    private String detail;

    @Column(name = "at", nullable = false)
    private Instant at;

    protected AuditEntry() {
    }

    AuditEntry(String entityKind, String entityId, String action, Long actorId, String countyCode, String detail,
               Instant at) {
        this.entityKind = entityKind;
        this.entityId = entityId;
        this.action = action;
        this.actorId = actorId;
        this.countyCode = countyCode;
        this.detail = detail;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public String getEntityKind() {
        return entityKind;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }
}
