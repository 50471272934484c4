-- The one model of participation that reach reads: a view over what the features record, so it is
-- always exactly what the source rows say and never needs to be kept in step. One row per person and
-- activity (count 1, with a pseudonymous person key), or per counted group (count N, no person key).
--
-- outcome: REGISTERED (held a seat, attendance not marked), ATTENDED, or ABSENT (marked absent everywhere).
-- person_key: SHA-256 of the account ('account:<id>'), so one person at three activities counts once, and
-- stays distinct after the account is anonymised (the account row remains); people without an account
-- (recorded network members) get 'member:<id>'.

-- The Swedish calendar date of a course's first session, kept by the application (like network meetings'
-- held_on) because the database does not know Swedish time. Courses made before this get an estimate.
ALTER TABLE course ADD COLUMN starts_on DATE NULL;
UPDATE course SET starts_on = DATE(starts_at + INTERVAL 1 HOUR);
ALTER TABLE course MODIFY starts_on DATE NOT NULL;

CREATE VIEW participation_fact AS
SELECT 'COURSE'                                    AS activity_type,
       c.id                                        AS activity_id,
       c.kind_code                                 AS activity_kind,
       c.county_code                               AS organiser_county_code,
       c.starts_on                                 AS occurred_on,
       CASE r.status WHEN 'ATTENDED' THEN 'ATTENDED' WHEN 'NO_SHOW' THEN 'ABSENT' ELSE 'REGISTERED' END
                                                   AS outcome,
       SHA2(CONCAT('account:', r.account_id), 256) AS person_key,
       r.organisation_id                           AS organisation_id,
       r.municipality_code                         AS municipality_code,
       r.region_code                               AS region_code,
       r.profession_code                           AS profession_code,
       r.sector_code                               AS sector_code,
       1                                           AS participant_count
FROM registration r
JOIN course c ON c.id = r.course_id
WHERE c.status IN ('PUBLISHED', 'COMPLETED')
  AND r.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW')
UNION ALL
SELECT 'NETWORK_MEETING',
       mt.id,
       'natverkstraff',
       n.county_code,
       mt.held_on,
       CASE WHEN a.present THEN 'ATTENDED' ELSE 'ABSENT' END,
       CASE WHEN m.account_id IS NULL THEN SHA2(CONCAT('member:', m.id), 256)
            ELSE SHA2(CONCAT('account:', m.account_id), 256) END,
       m.organisation_id,
       m.municipality_code,
       m.region_code,
       m.profession_code,
       m.sector_code,
       1
FROM network_meeting_attendance a
JOIN network_meeting mt ON mt.id = a.meeting_id
JOIN network n ON n.id = mt.network_id
JOIN network_member m ON m.id = a.member_id
WHERE NOT mt.cancelled;

-- The counties that organise each activity (owner and co-organisers), for reach by county.
CREATE VIEW participation_activity_county AS
SELECT 'COURSE' AS activity_type, id AS activity_id, county_code FROM course
UNION SELECT 'COURSE', course_id, county_code FROM course_co_organiser
UNION SELECT 'NETWORK_MEETING', mt.id, n.county_code FROM network_meeting mt JOIN network n ON n.id = mt.network_id
UNION SELECT 'NETWORK_MEETING', mt.id, o.county_code
      FROM network_meeting mt JOIN network_co_owner o ON o.network_id = mt.network_id;

-- The themes of each activity, for reach by theme.
CREATE VIEW participation_activity_theme AS
SELECT 'COURSE' AS activity_type, course_id AS activity_id, theme_code FROM course_theme
UNION ALL SELECT 'NETWORK_MEETING', mt.id, t.theme_code
      FROM network_meeting mt JOIN network_theme t ON t.network_id = mt.network_id;
