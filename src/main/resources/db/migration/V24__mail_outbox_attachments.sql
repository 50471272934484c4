-- A mail may carry several files: a seat-giving mail has the calendar invitation and the person's check-in code
-- as a picture. The outbox's single attachment moves here as each mail's first file.
CREATE TABLE mail_outbox_attachment (
    mail_id      BIGINT        NOT NULL,
    position     INT           NOT NULL,
    file_name    VARCHAR(100)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    content      MEDIUMBLOB    NOT NULL,
    PRIMARY KEY (mail_id, position),
    CONSTRAINT mail_outbox_attachment_mail_fk FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO mail_outbox_attachment (mail_id, position, file_name, content_type, content)
SELECT id, 0, attachment_name, attachment_type, attachment FROM mail_outbox WHERE attachment IS NOT NULL;

ALTER TABLE mail_outbox DROP COLUMN attachment_name, DROP COLUMN attachment_type, DROP COLUMN attachment;
