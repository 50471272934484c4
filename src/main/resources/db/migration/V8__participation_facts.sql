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
WHERE NOT mt.cancelled
UNION ALL
-- a municipal visit: how many came from the visited municipality, city district or region, per profession
SELECT 'MUNICIPAL_VISIT',
       v.id,
       'kommunbesok',
       v.county_code,
       v.visited_on,
       'ATTENDED',
       NULL,
       v.organisation_id,
       o.municipality_code,
       o.region_code,
       c.profession_code,
       NULL,
       c.attendees
FROM municipal_visit_count c
JOIN municipal_visit v ON v.id = c.visit_id
JOIN organisation o ON o.id = v.organisation_id
UNION ALL
-- a count-only activity: how many came per municipality or organisation and profession (sign-in sheet)
SELECT 'COUNTED_ACTIVITY',
       a.id,
       a.kind_code,
       a.county_code,
       a.starts_on,
       'ATTENDED',
       NULL,
       p.organisation_id,
       p.municipality_code,
       o.region_code,
       p.profession_code,
       NULL,
       p.attendees
FROM counted_participation p
JOIN counted_activity a ON a.id = p.activity_id
LEFT JOIN organisation o ON o.id = p.organisation_id;

-- The counties that organise each activity (owner and co-organisers), for reach by county.
CREATE VIEW participation_activity_county AS
SELECT 'COURSE' AS activity_type, id AS activity_id, county_code FROM course
UNION SELECT 'COURSE', course_id, county_code FROM course_co_organiser
UNION SELECT 'NETWORK_MEETING', mt.id, n.county_code FROM network_meeting mt JOIN network n ON n.id = mt.network_id
UNION SELECT 'NETWORK_MEETING', mt.id, o.county_code
      FROM network_meeting mt JOIN network_co_owner o ON o.network_id = mt.network_id
UNION SELECT 'MUNICIPAL_VISIT', id, county_code FROM municipal_visit
UNION SELECT 'COUNTED_ACTIVITY', id, county_code FROM counted_activity;

-- The themes of each activity, for reach by theme.
CREATE VIEW participation_activity_theme AS
SELECT 'COURSE' AS activity_type, course_id AS activity_id, theme_code FROM course_theme
UNION ALL SELECT 'NETWORK_MEETING', mt.id, t.theme_code
      FROM network_meeting mt JOIN network_theme t ON t.network_id = mt.network_id
UNION ALL SELECT 'MUNICIPAL_VISIT', visit_id, theme_code FROM municipal_visit_theme
UNION ALL SELECT 'COUNTED_ACTIVITY', activity_id, theme_code FROM counted_activity_theme;
