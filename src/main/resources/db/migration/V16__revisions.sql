-- A revision per editable row, raised by every change (JPA's @Version): an editor's save names the revision the
-- form was filled from, and a row someone else changed meanwhile is refused instead of overwritten.
ALTER TABLE course ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE network ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE network_meeting ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE material ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
