-- Themes, target groups and course kinds (content/taxonomy/), courses, their sessions, registrations
-- with the waiting list, attendance, and the mail outbox that sends mail only after commit.
CREATE TABLE term (
    vocabulary VARCHAR(32)  NOT NULL,
    code       VARCHAR(64)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (vocabulary, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE course (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    county_code            CHAR(2)       NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    summary                VARCHAR(500)  NOT NULL,
    description            TEXT          NOT NULL,
    kind_code              VARCHAR(64)   NOT NULL,
    level                  VARCHAR(16)   NOT NULL,
    format                 VARCHAR(16)   NOT NULL,
    capacity               INT           NOT NULL,
    registration_opens_at  TIMESTAMP(6)  NOT NULL,
    registration_closes_at TIMESTAMP(6)  NOT NULL,
    requires_approval      BOOLEAN       NOT NULL,
    contact_name           VARCHAR(200)  NOT NULL,
    contact_email          VARCHAR(254)  NOT NULL,
    follows_up_course_id   BIGINT        NULL,
    recurs_yearly          BOOLEAN       NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    -- first session start and last session end, kept with the sessions, for sorting and filtering
    starts_at              TIMESTAMP(6)  NOT NULL,
    ends_at                TIMESTAMP(6)  NOT NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    updated_at             TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT course_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT course_follows_up_fk FOREIGN KEY (follows_up_course_id) REFERENCES course (id),
    INDEX course_by_status_start (status, starts_at),
    INDEX course_by_county_start (county_code, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Co-organising counties; editors of any of them may change the course.
CREATE TABLE course_co_organiser (
    course_id   BIGINT  NOT NULL,
    county_code CHAR(2) NOT NULL,
    PRIMARY KEY (course_id, county_code),
    CONSTRAINT course_co_organiser_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT course_co_organiser_county_fk FOREIGN KEY (county_code) REFERENCES county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE course_profession (
    course_id       BIGINT      NOT NULL,
    profession_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (course_id, profession_code),
    CONSTRAINT course_profession_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT course_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE course_sector (
    course_id   BIGINT      NOT NULL,
    sector_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (course_id, sector_code),
    CONSTRAINT course_sector_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT course_sector_fk FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Themes and target groups (term codes of vocabulary THEME and TARGET_GROUP; checked by the service).
CREATE TABLE course_theme (
    course_id  BIGINT      NOT NULL,
    theme_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (course_id, theme_code),
    CONSTRAINT course_theme_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE course_target_group (
    course_id         BIGINT      NOT NULL,
    target_group_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (course_id, target_group_code),
    CONSTRAINT course_target_group_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE course_session (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    course_id   BIGINT        NOT NULL,
    position    INT           NOT NULL,
    starts_at   TIMESTAMP(6)  NOT NULL,
    ends_at     TIMESTAMP(6)  NOT NULL,
    place       VARCHAR(200)  NULL,
    address     VARCHAR(300)  NULL,
    online_url  VARCHAR(500)  NULL,
    reminded_at TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT course_session_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    INDEX course_session_by_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One row per registration. The participant's organisation, workplace, profession and sector are copied
-- from the profile when registering: reach counts what was true then. live_account_id equals account_id
-- while the registration is live (not cancelled) and is NULL otherwise, so the unique key allows one live
-- registration per person and course. The waiting list is in id order: first come, first served.
CREATE TABLE registration (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    course_id         BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    live_account_id   BIGINT        NULL,
    status            VARCHAR(24)   NOT NULL,
    note              VARCHAR(500)  NULL,
    organisation_id   BIGINT        NOT NULL,
    municipality_code CHAR(4)       NULL,
    region_code       CHAR(2)       NULL,
    profession_code   VARCHAR(64)   NOT NULL,
    sector_code       VARCHAR(64)   NOT NULL,
    registered_at     TIMESTAMP(6)  NOT NULL,
    changed_at        TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT registration_live_once UNIQUE (course_id, live_account_id),
    CONSTRAINT registration_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT registration_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT registration_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX registration_by_course_status (course_id, status, id),
    INDEX registration_by_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE attendance (
    registration_id BIGINT       NOT NULL,
    session_id      BIGINT       NOT NULL,
    present         BOOLEAN      NOT NULL,
    marked_at       TIMESTAMP(6) NOT NULL,
    marked_by       BIGINT       NULL,
    PRIMARY KEY (registration_id, session_id),
    CONSTRAINT attendance_registration_fk FOREIGN KEY (registration_id) REFERENCES registration (id),
    CONSTRAINT attendance_session_fk FOREIGN KEY (session_id) REFERENCES course_session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Mail written in the transaction that caused it and sent after commit; a rolled-back change leaves no row.
CREATE TABLE mail_outbox (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    recipient    VARCHAR(254)  NOT NULL,
    subject      VARCHAR(300)  NOT NULL,
    body         TEXT          NOT NULL,
    attachment_name VARCHAR(100) NULL,
    attachment_type VARCHAR(100) NULL,
    attachment   MEDIUMBLOB    NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    claimed_at   TIMESTAMP(6)  NULL,
    -- which sending pass holds the row: rows are claimed in batches by one atomic update
    claimed_by   CHAR(36)      NULL,
    sent_at      TIMESTAMP(6)  NULL,
    attempts     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX mail_outbox_pending (sent_at, id),
    INDEX mail_outbox_claim (claimed_by)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
