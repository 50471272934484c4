-- Reach reads summary tables, never the participation views per request. The views (V8, V10) stay the one
-- definition of a participation fact; they now also say which source row a fact comes from
-- (source_type, source_id), so a change to one course, meeting, visit, activity, enrolment, study group or
-- imported activity refreshes exactly its facts. reach.ReachUpdater keeps the tables current from the
-- change log.

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
       c.kind_code, c.title, c.county_code, c.starts_on AS held_on
FROM course c WHERE c.status IN ('PUBLISHED', 'COMPLETED')
UNION ALL
SELECT 'meeting', mt.id, 'NETWORK_MEETING', mt.id, 'natverkstraff', CONCAT(n.name, ': ', mt.title), n.county_code,
       mt.held_on
FROM network_meeting mt JOIN network n ON n.id = mt.network_id WHERE NOT mt.cancelled
UNION ALL
SELECT 'visit', v.id, 'MUNICIPAL_VISIT', v.id, 'kommunbesok', o.name, v.county_code, v.visited_on
FROM municipal_visit v JOIN organisation o ON o.id = v.organisation_id
UNION ALL
SELECT 'counted', a.id, 'COUNTED_ACTIVITY', a.id, a.kind_code, a.title, a.county_code, a.starts_on
FROM counted_activity a
UNION ALL
SELECT 'study_group', g.id, 'WEBCOURSE', g.id, 'webbkurs-grupp', g.name, g.county_code, g.formed_on
FROM study_group g
UNION ALL
SELECT 'historical', a.id, 'HISTORICAL', a.id, a.kind_code, a.title, a.county_code, a.held_on
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

-- A person key, numbered: facts refer to the number, so the summary stays small.
CREATE TABLE reach_person (
    id         INT      NOT NULL AUTO_INCREMENT,
    person_key CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT reach_person_once UNIQUE (person_key)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- The facts as the views give them, per source. activity_id is NULL on the web course's individual track.
CREATE TABLE reach_fact (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    source_type           VARCHAR(16) NOT NULL,
    source_id             BIGINT      NOT NULL,
    activity_type         VARCHAR(20) NOT NULL,
    activity_id           BIGINT      NULL,
    activity_kind         VARCHAR(64) NOT NULL,
    organiser_county_code CHAR(2)     NULL,
    occurred_on           DATE        NOT NULL,
    outcome               VARCHAR(12) NOT NULL,
    person_id             INT         NULL,
    organisation_id       BIGINT      NULL,
    municipality_code     CHAR(4)     NULL,
    region_code           CHAR(2)     NULL,
    profession_code       VARCHAR(64) NULL,
    sector_code           VARCHAR(64) NULL,
    participant_count     INT         NOT NULL,
    PRIMARY KEY (id),
    INDEX reach_fact_by_source (source_type, source_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE reach_activity (
    source_type   VARCHAR(16)  NOT NULL,
    source_id     BIGINT       NOT NULL,
    activity_type VARCHAR(20)  NOT NULL,
    activity_id   BIGINT       NOT NULL,
    kind_code     VARCHAR(64)  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    county_code   CHAR(2)      NOT NULL,
    held_on       DATE         NULL,
    PRIMARY KEY (source_type, source_id),
    CONSTRAINT reach_activity_once UNIQUE (activity_type, activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- organising counties (owner and co-organisers) and themes of each activity
CREATE TABLE reach_activity_county (
    activity_type VARCHAR(20) NOT NULL,
    activity_id   BIGINT      NOT NULL,
    county_code   CHAR(2)     NOT NULL,
    PRIMARY KEY (activity_type, activity_id, county_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE reach_activity_theme (
    activity_type VARCHAR(20) NOT NULL,
    activity_id   BIGINT      NOT NULL,
    theme_code    VARCHAR(64) NOT NULL,
    PRIMARY KEY (activity_type, activity_id, theme_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The change-log sequence the summary is current with (one row once the summary has been built).
CREATE TABLE reach_position (
    id               INT    NOT NULL,
    applied_sequence BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT reach_position_single CHECK (id = 1)
) ENGINE = InnoDB;

-- A stored total a county measures its reach against, e.g. the staff of the county's women's shelters in a
-- year: the report shows the share of it reached (persons from organisations of that type, or of that
-- profession, at the county's activities that year).
CREATE TABLE reach_denominator (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    county_code       CHAR(2)      NOT NULL,
    year              INT          NOT NULL,
    label             VARCHAR(200) NOT NULL,
    organisation_type VARCHAR(32)  NULL,
    profession_code   VARCHAR(64)  NULL,
    total             INT          NOT NULL,
    changed_at        TIMESTAMP(6) NOT NULL,
    changed_by        BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT reach_denominator_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT reach_denominator_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT reach_denominator_what CHECK (organisation_type IS NOT NULL OR profession_code IS NOT NULL),
    CONSTRAINT reach_denominator_total CHECK (total BETWEEN 1 AND 10000000),
    CONSTRAINT reach_denominator_once UNIQUE (county_code, year, label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
