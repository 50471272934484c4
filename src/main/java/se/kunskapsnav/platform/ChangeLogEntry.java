package se.kunskapsnav.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One row of the outbox: a committed change to an entity, in commit order by {@code sequence}.
 * Derived data (search index, report summaries, mail) is built by reading these after commit.
 */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "seq")
    private Long sequence;

    @Column(name = "entity_kind", nullable = false, length = 64)
    private String entityKind;

    @Column(name = "entity_id", nullable = false, length = 64)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "operation", nullable = false, length = 16)
    private ChangeOperation operation;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ChangeLogEntry() {
    }

    ChangeLogEntry(String entityKind, String entityId, ChangeOperation operation, Instant changedAt) {
        this.entityKind = entityKind;
        this.entityId = entityId;
        this.operation = operation;
        this.changedAt = changedAt;
    }

    public Long getSequence() {
        return sequence;
    }

    public String getEntityKind() {
        return entityKind;
    }

    public String getEntityId() {
        return entityId;
    }

    public ChangeOperation getOperation() {
        return operation;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
