-- The web course: the content versions loaded from content/webbkurs/, enrolments and progress on the
-- individual track, and study groups with their course leader, members, counts and sessions (group track).

-- Each distinct version of the content the portal has started with, and the parts it had, so a lesson
-- read or a quiz passed can be told apart from a later text of the same lesson.
CREATE TABLE webcourse_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    content_hash CHAR(64)     NOT NULL,
    loaded_at    TIMESTAMP(6) NOT NULL,
    modules      INT          NOT NULL,
    lessons      INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT webcourse_version_once UNIQUE (content_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- part_code is a lesson's code, or 'quiz' for the module's quiz
CREATE TABLE webcourse_part (
    version_id   BIGINT       NOT NULL,
    module_code  VARCHAR(60)  NOT NULL,
    part_code    VARCHAR(60)  NOT NULL,
    position     INT          NOT NULL,
    title        VARCHAR(300) NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    PRIMARY KEY (version_id, module_code, part_code),
    CONSTRAINT webcourse_part_version_fk FOREIGN KEY (version_id) REFERENCES webcourse_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A study group led by a course leader. county_code is the municipality's county, kept for tenancy and reach.
-- open: members may join by the invitation link; max_members: optional limit on members (not on counts).
CREATE TABLE study_group (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    name              VARCHAR(200) NOT NULL,
    leader_account_id BIGINT       NOT NULL,
    organisation_id   BIGINT       NOT NULL,
    municipality_code CHAR(4)      NOT NULL,
    county_code       CHAR(2)      NOT NULL,
    max_members       INT          NULL,
    open_to_join      BOOLEAN      NOT NULL,
    invitation_code   CHAR(32)     NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    formed_on         DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT study_group_invitation_once UNIQUE (invitation_code),
    CONSTRAINT study_group_leader_fk FOREIGN KEY (leader_account_id) REFERENCES account (id),
    CONSTRAINT study_group_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT study_group_municipality_fk FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT study_group_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT study_group_max_members CHECK (max_members IS NULL OR max_members BETWEEN 1 AND 500),
    INDEX study_group_by_leader (leader_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A member is a person with an account (who joined by the link) or a person the leader recorded, with or
-- without a name. Organisation, place, profession and sector are copied when the membership starts.
-- live_key is 'a<account id>' while an account's membership is current, NULL otherwise: a person is in at
-- most one study group at a time.
CREATE TABLE study_group_member (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    group_id          BIGINT       NOT NULL,
    account_id        BIGINT       NULL,
    name              VARCHAR(200) NULL,
    live_key          VARCHAR(40)  NULL,
    status            VARCHAR(16)  NOT NULL,
    organisation_id   BIGINT       NOT NULL,
    municipality_code CHAR(4)      NULL,
    region_code       CHAR(2)      NULL,
    profession_code   VARCHAR(64)  NOT NULL,
    sector_code       VARCHAR(64)  NOT NULL,
    joined_at         TIMESTAMP(6) NOT NULL,
    joined_on         DATE         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT study_group_member_live_once UNIQUE (live_key),
    CONSTRAINT study_group_member_group_fk FOREIGN KEY (group_id) REFERENCES study_group (id),
    CONSTRAINT study_group_member_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT study_group_member_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT study_group_member_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT study_group_member_sector_fk FOREIGN KEY (sector_code) REFERENCES sector (code),
    INDEX study_group_member_by_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Participants the leader counted without recording them one by one, per profession.
CREATE TABLE study_group_count (
    group_id        BIGINT      NOT NULL,
    profession_code VARCHAR(64) NOT NULL,
    participants    INT         NOT NULL,
    PRIMARY KEY (group_id, profession_code),
    CONSTRAINT study_group_count_group_fk FOREIGN KEY (group_id) REFERENCES study_group (id) ON DELETE CASCADE,
    CONSTRAINT study_group_count_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT study_group_count_positive CHECK (participants BETWEEN 1 AND 500)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE study_group_session (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    group_id   BIGINT       NOT NULL,
    planned_on DATE         NOT NULL,
    held       BOOLEAN      NOT NULL DEFAULT FALSE,
    held_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT study_group_session_group_fk FOREIGN KEY (group_id) REFERENCES study_group (id),
    INDEX study_group_session_by_group (group_id, planned_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The modules a session plans to take up, and whether the leader marked each covered.
CREATE TABLE study_group_session_module (
    session_id  BIGINT      NOT NULL,
    module_code VARCHAR(60) NOT NULL,
    covered     BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (session_id, module_code),
    CONSTRAINT study_group_session_module_fk FOREIGN KEY (session_id) REFERENCES study_group_session (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE study_group_attendance (
    session_id BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    present    BOOLEAN      NOT NULL,
    marked_at  TIMESTAMP(6) NOT NULL,
    marked_by  BIGINT       NOT NULL,
    PRIMARY KEY (session_id, member_id),
    CONSTRAINT study_group_attendance_session_fk FOREIGN KEY (session_id) REFERENCES study_group_session (id)
        ON DELETE CASCADE,
    CONSTRAINT study_group_attendance_member_fk FOREIGN KEY (member_id) REFERENCES study_group_member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A person taking the course (either track). Organisation, place, profession and sector are copied at
-- enrolment for the figures, as for registrations.
CREATE TABLE webcourse_enrolment (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    account_id           BIGINT       NOT NULL,
    enrolled_at          TIMESTAMP(6) NOT NULL,
    enrolled_on          DATE         NOT NULL,
    completed_at         TIMESTAMP(6) NULL,
    completed_on         DATE         NULL,
    completed_version_id BIGINT       NULL,
    organisation_id      BIGINT       NOT NULL,
    municipality_code    CHAR(4)      NULL,
    region_code          CHAR(2)      NULL,
    profession_code      VARCHAR(64)  NOT NULL,
    sector_code          VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT webcourse_enrolment_once UNIQUE (account_id),
    CONSTRAINT webcourse_enrolment_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT webcourse_enrolment_version_fk FOREIGN KEY (completed_version_id) REFERENCES webcourse_version (id),
    CONSTRAINT webcourse_enrolment_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The lessons read: the hash is of the text as it was read, so a changed lesson is told apart.
CREATE TABLE webcourse_lesson_read (
    enrolment_id BIGINT       NOT NULL,
    module_code  VARCHAR(60)  NOT NULL,
    lesson_code  VARCHAR(60)  NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    read_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (enrolment_id, module_code, lesson_code),
    CONSTRAINT webcourse_lesson_read_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES webcourse_enrolment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every quiz attempt; answers are the chosen answer's position per question, e.g. '0,2,1,3'.
CREATE TABLE webcourse_quiz_attempt (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id  BIGINT       NOT NULL,
    module_code   VARCHAR(60)  NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    answers       VARCHAR(200) NOT NULL,
    right_answers INT          NOT NULL,
    questions     INT          NOT NULL,
    passed        BOOLEAN      NOT NULL,
    answered_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT webcourse_quiz_attempt_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES webcourse_enrolment (id),
    INDEX webcourse_quiz_attempt_by_module (enrolment_id, module_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
