-- Seats an editor reserves per municipality of the course's county (per county for a national course) until a
-- date, inclusive in Swedish time. seat_quota_released is set once, by the course jobs, when the day after
-- seat_quota_until has come and the unused reserved seats went to the waiting list; changing the date clears it.
ALTER TABLE course
    ADD COLUMN seat_quota          INT     NULL,
    ADD COLUMN seat_quota_until    DATE    NULL,
    ADD COLUMN seat_quota_released BOOLEAN NOT NULL DEFAULT FALSE;
