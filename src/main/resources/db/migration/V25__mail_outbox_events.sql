-- A mail may be stored as the event that calls for it and written when it is sent (issue 23): a registration's
-- transaction, which holds its course's seat lock, then writes one short row instead of composing the mail, its
-- calendar file and its check-in picture. The row's recipient is known at once; subject and body come later.
ALTER TABLE mail_outbox
    MODIFY subject VARCHAR(300) NULL,
    MODIFY body TEXT NULL,
    -- what the mail is about, for the feature that writes it: e.g. 'course.registered', a registration's id and
    -- which of its mails
    ADD COLUMN event_kind      VARCHAR(60)  NULL AFTER body,
    ADD COLUMN event_subject   BIGINT       NULL AFTER event_kind,
    ADD COLUMN event_detail    VARCHAR(200) NULL AFTER event_subject;
