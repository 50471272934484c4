-- The Swedish calendar date of a course's first session, kept by the application (like network meetings'
-- held_on) because the database does not know Swedish time. Courses made before this get an estimate.
-- (This migration also created the participation views, which are now in R__participation_views.sql.)
ALTER TABLE course ADD COLUMN starts_on DATE NULL;
UPDATE course SET starts_on = DATE(starts_at + INTERVAL 1 HOUR);
ALTER TABLE course MODIFY starts_on DATE NOT NULL;
