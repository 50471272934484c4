-- Participation of earlier years, imported from sign-in lists (CSV, docs/historical-import.md). One import is
-- one file for one county, imported all or nothing and undone as a whole (deleting it deletes its activities
-- and their participation). Names and e-mail addresses in the file are never stored: a person is only a
-- pseudonymous key.

CREATE TABLE historical_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    county_code CHAR(2)      NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    imported_at TIMESTAMP(6) NOT NULL,
    imported_by BIGINT       NOT NULL,
    -- the file's lines below the header, blank lines not counted
    line_count  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT historical_import_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT historical_import_account_fk FOREIGN KEY (imported_by) REFERENCES account (id),
    CONSTRAINT historical_import_lines CHECK (line_count >= 1),
    INDEX historical_import_by_county (county_code, imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- An activity of the file: its lines with the same title, kind and date.
CREATE TABLE historical_activity (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    import_id   BIGINT       NOT NULL,
    -- the organising county: the import's
    county_code CHAR(2)      NOT NULL,
    -- a term code of vocabulary COURSE_KIND, or natverkstraff or kommunbesok (checked by the service)
    kind_code   VARCHAR(64)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    held_on     DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT historical_activity_import_fk FOREIGN KEY (import_id) REFERENCES historical_import (id) ON DELETE CASCADE,
    CONSTRAINT historical_activity_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    INDEX historical_activity_by_county_date (county_code, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The activity's themes. The term table's key is (vocabulary, code), so the vocabulary is a column that can
-- only be THEME, and the pair refers to the term.
CREATE TABLE historical_activity_theme (
    activity_id      BIGINT      NOT NULL,
    theme_vocabulary VARCHAR(32) NOT NULL DEFAULT 'THEME',
    theme_code       VARCHAR(64) NOT NULL,
    PRIMARY KEY (activity_id, theme_code),
    CONSTRAINT historical_activity_theme_activity_fk FOREIGN KEY (activity_id) REFERENCES historical_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT historical_activity_theme_term_fk FOREIGN KEY (theme_vocabulary, theme_code)
        REFERENCES term (vocabulary, code),
    CONSTRAINT historical_activity_theme_is_theme CHECK (theme_vocabulary = 'THEME')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One person (person_key, participants 1) or a counted group (no key, participants N) at an activity, with
-- where they worked: a municipality, a region or an organisation (the organisation's municipality and region
-- are stored with it when it has them).
-- person_key: lowercase hex SHA-256 of 'account:<account id>' when the list named the e-mail address of an
-- account (the key participation_fact uses, so the person counts once), else of
-- 'historical:<county code>:<the name or address, trimmed and lower-cased>'.
CREATE TABLE historical_participation (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id       BIGINT      NOT NULL,
    person_key        CHAR(64)    NULL,
    organisation_id   BIGINT      NULL,
    municipality_code CHAR(4)     NULL,
    region_code       CHAR(2)     NULL,
    profession_code   VARCHAR(64) NULL,
    sector_code       VARCHAR(64) NULL,
    participants      INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT historical_participation_activity_fk FOREIGN KEY (activity_id) REFERENCES historical_activity (id)
        ON DELETE CASCADE,
    CONSTRAINT historical_participation_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT historical_participation_municipality_fk FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT historical_participation_region_fk FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT historical_participation_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT historical_participation_sector_fk FOREIGN KEY (sector_code) REFERENCES sector (code),
    -- a person is at an activity once
    CONSTRAINT historical_participation_person UNIQUE (activity_id, person_key),
    CONSTRAINT historical_participation_positive CHECK (participants >= 1),
    CONSTRAINT historical_participation_one_person CHECK (person_key IS NULL OR participants = 1),
    CONSTRAINT historical_participation_where
        CHECK (municipality_code IS NOT NULL OR region_code IS NOT NULL OR organisation_id IS NOT NULL),
    INDEX historical_participation_by_municipality (municipality_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
