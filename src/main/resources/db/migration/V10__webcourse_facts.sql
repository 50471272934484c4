-- Web-course facts join the participation model (see V8 for its columns). Outcomes added: ENROLLED (a
-- person began the course, or a study group counted them) and COMPLETED (every lesson read and every quiz
-- passed). activity_id is the study group for the group track and NULL for the individual track;
-- activity_kind is 'webbkurs-grupp' or 'webbkurs-individuell'. The organising county of a group is its
-- municipality's county; on the individual track it is the county where the person works.
-- A person with an account counts on the group track while they are a member of a study group; people a
-- leader recorded without an account get 'studygroup-member:<id>'; counts per profession have no key.

CREATE OR REPLACE VIEW participation_fact AS
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
LEFT JOIN organisation o ON o.id = p.organisation_id
UNION ALL
SELECT 'WEBCOURSE',
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
-- group members the leader recorded, without an account
SELECT 'WEBCOURSE',
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
-- participants a leader counted per profession
SELECT 'WEBCOURSE',
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
JOIN study_group g ON g.id = c.group_id;

CREATE OR REPLACE VIEW participation_activity_county AS
SELECT 'COURSE' AS activity_type, id AS activity_id, county_code FROM course
UNION SELECT 'COURSE', course_id, county_code FROM course_co_organiser
UNION SELECT 'NETWORK_MEETING', mt.id, n.county_code FROM network_meeting mt JOIN network n ON n.id = mt.network_id
UNION SELECT 'NETWORK_MEETING', mt.id, o.county_code
      FROM network_meeting mt JOIN network_co_owner o ON o.network_id = mt.network_id
UNION SELECT 'MUNICIPAL_VISIT', id, county_code FROM municipal_visit
UNION SELECT 'COUNTED_ACTIVITY', id, county_code FROM counted_activity
UNION SELECT 'WEBCOURSE', id, county_code FROM study_group;
