-- Municipal visits (kommunbesök) and count-only activities (conferences, information sessions) whose
-- attendance is known only as counts. The counts in municipal_visit_count and counted_participation are
-- the participation facts reach reads; named attendees of a visit are a record of who came, never counted
-- on top.

CREATE TABLE municipal_visit (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    -- the visiting county; always the visited organisation's county
    county_code     CHAR(2)      NOT NULL,
    -- the visited organisation: a municipality, city district or region (checked by the service)
    organisation_id BIGINT       NOT NULL,
    visited_on      DATE         NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    -- editors only; may be deleted when no longer needed
    notes           TEXT         NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT municipal_visit_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT municipal_visit_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT municipal_visit_kind CHECK (kind IN ('REVIEW', 'REQUESTED')),
    INDEX municipal_visit_by_county_date (county_code, visited_on),
    INDEX municipal_visit_by_organisation (organisation_id, visited_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Term codes of vocabulary THEME (checked by the service).
CREATE TABLE municipal_visit_theme (
    visit_id   BIGINT      NOT NULL,
    theme_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (visit_id, theme_code),
    CONSTRAINT municipal_visit_theme_visit_fk FOREIGN KEY (visit_id) REFERENCES municipal_visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Who from the county took part, in the order given (free-text names; editors only).
CREATE TABLE municipal_visit_staff (
    visit_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (visit_id, position),
    CONSTRAINT municipal_visit_staff_visit_fk FOREIGN KEY (visit_id) REFERENCES municipal_visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The attendance of the visit: how many came from the visited organisation, per profession.
CREATE TABLE municipal_visit_count (
    visit_id        BIGINT      NOT NULL,
    profession_code VARCHAR(64) NOT NULL,
    attendees       INT         NOT NULL,
    PRIMARY KEY (visit_id, profession_code),
    CONSTRAINT municipal_visit_count_visit_fk FOREIGN KEY (visit_id) REFERENCES municipal_visit (id) ON DELETE CASCADE,
    CONSTRAINT municipal_visit_count_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT municipal_visit_count_positive CHECK (attendees >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Optional record of who came, by name: personal data, editors only, not added to the counts.
CREATE TABLE municipal_visit_attendee (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    visit_id        BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    profession_code VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT municipal_visit_attendee_visit_fk FOREIGN KEY (visit_id) REFERENCES municipal_visit (id) ON DELETE CASCADE,
    CONSTRAINT municipal_visit_attendee_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- What was agreed to do after the visit, by when, and when it was done (editors only).
CREATE TABLE municipal_visit_follow_up (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    visit_id BIGINT       NOT NULL,
    action   VARCHAR(500) NOT NULL,
    due_on   DATE         NOT NULL,
    done_on  DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT municipal_visit_follow_up_visit_fk FOREIGN KEY (visit_id) REFERENCES municipal_visit (id) ON DELETE CASCADE,
    INDEX municipal_visit_follow_up_open (done_on, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- An event whose attendance is known only as counts (a sign-in sheet): a conference, an information session.
CREATE TABLE counted_activity (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    county_code CHAR(2)      NOT NULL,
    -- term code of vocabulary COURSE_KIND (checked by the service)
    kind_code   VARCHAR(64)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    organiser   VARCHAR(300) NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT counted_activity_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT counted_activity_dates CHECK (ends_on >= starts_on),
    INDEX counted_activity_by_county_start (county_code, starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE counted_activity_theme (
    activity_id BIGINT      NOT NULL,
    theme_code  VARCHAR(64) NOT NULL,
    PRIMARY KEY (activity_id, theme_code),
    CONSTRAINT counted_activity_theme_activity_fk FOREIGN KEY (activity_id) REFERENCES counted_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- How many came per municipality or organisation and profession. When an organisation is given its
-- municipality is stored too (from the organisation, or as given when the organisation has none), so reach
-- can count municipalities. Rows with the same municipality, organisation and profession are merged.
CREATE TABLE counted_participation (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id       BIGINT      NOT NULL,
    municipality_code CHAR(4)     NULL,
    organisation_id   BIGINT      NULL,
    profession_code   VARCHAR(64) NOT NULL,
    attendees         INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT counted_participation_activity_fk FOREIGN KEY (activity_id) REFERENCES counted_activity (id) ON DELETE CASCADE,
    CONSTRAINT counted_participation_municipality_fk FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT counted_participation_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT counted_participation_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT counted_participation_positive CHECK (attendees >= 1),
    CONSTRAINT counted_participation_where CHECK (municipality_code IS NOT NULL OR organisation_id IS NOT NULL),
    INDEX counted_participation_by_activity (activity_id),
    INDEX counted_participation_by_municipality (municipality_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
