-- The participation views: the one model of participation that reach and the yearly report read. Repeatable:
-- Flyway applies this file after the versioned migrations and again whenever it changes, so a change to a view
-- is made here and nowhere else. (Until V14 the views were created in V8, V10 and V13; those files now hold
-- only their tables, see platform.DatabaseMigrations for databases migrated before.)
--
-- participation_fact is a view over what the features record, so it is always exactly what the source rows
-- say and never needs to be kept in step. One row per person and activity (count 1, with a pseudonymous person
-- key), or per counted group (count N, no person key). source_type and source_id name the row a fact comes
-- from (a course, meeting, visit, activity, enrolment, study group or imported activity), so a change to one
-- refreshes exactly its facts in reach's summary tables (reach.ReachUpdater, from the change log).
--
-- outcome: REGISTERED (held a seat, attendance not marked), ATTENDED, ABSENT (marked absent everywhere),
-- ENROLLED (a person began the web course, or a study group counted them) or COMPLETED (every lesson read and
-- every quiz passed).
-- person_key: SHA-256 of the account ('account:<id>'), so one person at three activities counts once, and
-- stays distinct after the account is anonymised (the account row remains); people without an account get
-- 'member:<id>' (recorded network members) or 'studygroup-member:<id>' (recorded by a study group's leader);
-- counts per profession have no key.
-- The web course: activity_id is the study group for the group track and NULL for the individual track;
-- activity_kind is 'webbkurs-grupp' or 'webbkurs-individuell'. The organising county of a group is its
-- municipality's county; on the individual track it is the county where the person works. A person with an
-- account counts on the group track while they are a member of a study group.

CREATE OR REPLACE VIEW participation_fact AS
SELECT 'course'                                    AS source_type,
       c.id                                        AS source_id,
       'COURSE'                                    AS activity_type,
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
SELECT 'meeting', mt.id,
       'NETWORK_MEETING',
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
SELECT 'visit', v.id,
       'MUNICIPAL_VISIT',
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
SELECT 'counted', a.id,
       'COUNTED_ACTIVITY',
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
LEFT JOIN organisation o ON o.id = p.organisation_id
UNION ALL
SELECT 'enrolment', e.id,
       'WEBCOURSE',
       g.id,
       CASE WHEN g.id IS NULL THEN 'webbkurs-individuell' ELSE 'webbkurs-grupp' END,
       COALESCE(g.county_code, wm.county_code, wr.county_code),
       o.occurred_on,
       o.outcome,
       SHA2(CONCAT('account:', e.account_id), 256),
       e.organisation_id,
       e.municipality_code,
       e.region_code,
       e.profession_code,
       e.sector_code,
       1
FROM webcourse_enrolment e
JOIN (SELECT id AS enrolment_id, enrolled_on AS occurred_on, 'ENROLLED' AS outcome FROM webcourse_enrolment
      UNION ALL
      SELECT id, completed_on, 'COMPLETED' FROM webcourse_enrolment WHERE completed_on IS NOT NULL) o
  ON o.enrolment_id = e.id
LEFT JOIN study_group_member gm ON gm.account_id = e.account_id AND gm.status = 'MEMBER'
LEFT JOIN study_group g ON g.id = gm.group_id
LEFT JOIN municipality wm ON wm.code = e.municipality_code
LEFT JOIN region wr ON wr.code = e.region_code
UNION ALL
SELECT 'study_group', g.id,
       'WEBCOURSE',
       g.id,
       'webbkurs-grupp',
       g.county_code,
       gm.joined_on,
       'ENROLLED',
       SHA2(CONCAT('studygroup-member:', gm.id), 256),
       gm.organisation_id,
       gm.municipality_code,
       gm.region_code,
       gm.profession_code,
       gm.sector_code,
       1
FROM study_group_member gm
JOIN study_group g ON g.id = gm.group_id
WHERE gm.account_id IS NULL AND gm.status = 'MEMBER'
UNION ALL
SELECT 'study_group', g.id,
       'WEBCOURSE',
       g.id,
       'webbkurs-grupp',
       g.county_code,
       g.formed_on,
       'ENROLLED',
       NULL,
       g.organisation_id,
       g.municipality_code,
       NULL,
       c.profession_code,
       NULL,
       c.participants
FROM study_group_count c
JOIN study_group g ON g.id = c.group_id
UNION ALL
-- participation imported from earlier years' sign-in lists (history.HistoricalImport, V12)
SELECT 'historical', a.id,
       'HISTORICAL',
       a.id,
       a.kind_code,
       a.county_code,
       a.held_on,
       'ATTENDED',
       p.person_key,
       p.organisation_id,
       COALESCE(p.municipality_code, o.municipality_code),
       COALESCE(p.region_code, o.region_code),
       p.profession_code,
       p.sector_code,
       p.participants
FROM historical_participation p
JOIN historical_activity a ON a.id = p.activity_id
LEFT JOIN organisation o ON o.id = p.organisation_id;

-- What reach shows of an activity, keyed like the facts' sources. The individual track of the web course
-- has no activity row: reach names it itself, once per county.
CREATE OR REPLACE VIEW participation_activity AS
SELECT 'course' AS source_type, c.id AS source_id, 'COURSE' AS activity_type, c.id AS activity_id,
       c.kind_code, c.title, c.county_code, c.starts_on AS held_on, c.series_id
FROM course c WHERE c.status IN ('PUBLISHED', 'COMPLETED')
UNION ALL
SELECT 'meeting', mt.id, 'NETWORK_MEETING', mt.id, 'natverkstraff', CONCAT(n.name, ': ', mt.title), n.county_code,
       mt.held_on, NULL
FROM network_meeting mt JOIN network n ON n.id = mt.network_id WHERE NOT mt.cancelled
UNION ALL
SELECT 'visit', v.id, 'MUNICIPAL_VISIT', v.id, 'kommunbesok', o.name, v.county_code, v.visited_on, NULL
FROM municipal_visit v JOIN organisation o ON o.id = v.organisation_id
UNION ALL
SELECT 'counted', a.id, 'COUNTED_ACTIVITY', a.id, a.kind_code, a.title, a.county_code, a.starts_on, NULL
FROM counted_activity a
UNION ALL
SELECT 'study_group', g.id, 'WEBCOURSE', g.id, 'webbkurs-grupp', g.name, g.county_code, g.formed_on, NULL
FROM study_group g
UNION ALL
SELECT 'historical', a.id, 'HISTORICAL', a.id, a.kind_code, a.title, a.county_code, a.held_on, a.series_id
FROM historical_activity a;

CREATE OR REPLACE VIEW participation_activity_county AS
SELECT 'COURSE' AS activity_type, id AS activity_id, county_code FROM course
UNION SELECT 'COURSE', course_id, county_code FROM course_co_organiser
UNION SELECT 'NETWORK_MEETING', mt.id, n.county_code FROM network_meeting mt JOIN network n ON n.id = mt.network_id
UNION SELECT 'NETWORK_MEETING', mt.id, o.county_code
      FROM network_meeting mt JOIN network_co_owner o ON o.network_id = mt.network_id
UNION SELECT 'MUNICIPAL_VISIT', id, county_code FROM municipal_visit
UNION SELECT 'COUNTED_ACTIVITY', id, county_code FROM counted_activity
UNION SELECT 'WEBCOURSE', id, county_code FROM study_group
UNION SELECT 'HISTORICAL', id, county_code FROM historical_activity;

CREATE OR REPLACE VIEW participation_activity_theme AS
SELECT 'COURSE' AS activity_type, course_id AS activity_id, theme_code FROM course_theme
UNION ALL SELECT 'NETWORK_MEETING', mt.id, t.theme_code
      FROM network_meeting mt JOIN network_theme t ON t.network_id = mt.network_id
UNION ALL SELECT 'MUNICIPAL_VISIT', visit_id, theme_code FROM municipal_visit_theme
UNION ALL SELECT 'COUNTED_ACTIVITY', activity_id, theme_code FROM counted_activity_theme
UNION ALL SELECT 'HISTORICAL', activity_id, theme_code FROM historical_activity_theme;
