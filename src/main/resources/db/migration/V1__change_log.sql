-- The outbox: every service writes a row here in the same transaction as its change.
-- Consumers (search index, reports, mail) read rows after commit in seq order.
CREATE TABLE change_log (
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    entity_kind VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    operation   VARCHAR(16)  NOT NULL,
    changed_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT change_log_operation CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
