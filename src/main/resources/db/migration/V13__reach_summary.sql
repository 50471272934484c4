-- Reach reads summary tables, never the participation views per request (the views are in
-- R__participation_views.sql). reach.ReachUpdater keeps the tables current from the change log.

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
