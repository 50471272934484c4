-- Standing networks of a county, their members and their meetings (nätverksträffar) with agenda, minutes,
-- documents and attendance. A meeting has the same when-and-where columns as a course session.
CREATE TABLE network (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    county_code CHAR(2)       NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    purpose     TEXT          NOT NULL,
    -- open: anyone may apply and an editor approves; closed: editors add the members
    open_to_apply BOOLEAN     NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT network_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    INDEX network_by_county (county_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE network_co_owner (
    network_id  BIGINT  NOT NULL,
    county_code CHAR(2) NOT NULL,
    PRIMARY KEY (network_id, county_code),
    CONSTRAINT network_co_owner_network_fk FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT network_co_owner_county_fk FOREIGN KEY (county_code) REFERENCES county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE network_profession (
    network_id      BIGINT      NOT NULL,
    profession_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (network_id, profession_code),
    CONSTRAINT network_profession_network_fk FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT network_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE network_sector (
    network_id  BIGINT      NOT NULL,
    sector_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (network_id, sector_code),
    CONSTRAINT network_sector_network_fk FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE,
    CONSTRAINT network_sector_fk FOREIGN KEY (sector_code) REFERENCES sector (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE network_theme (
    network_id BIGINT      NOT NULL,
    theme_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (network_id, theme_code),
    CONSTRAINT network_theme_network_fk FOREIGN KEY (network_id) REFERENCES network (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A member is a person with an account (who applied, or whom an editor added by the account's e-mail) or a
-- person an editor recorded by name and e-mail. Organisation, place, profession and sector are copied when
-- the membership starts, as for registrations. live_key is 'a<account id>' or 'e<e-mail>' while the
-- membership is applied for or current, and NULL once it ended: one live membership per person.
CREATE TABLE network_member (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    network_id        BIGINT        NOT NULL,
    account_id        BIGINT        NULL,
    name              VARCHAR(200)  NULL,
    email             VARCHAR(254)  NULL,
    live_key          VARCHAR(260)  NULL,
    status            VARCHAR(16)   NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    municipality_code CHAR(4)       NULL,
    region_code       CHAR(2)       NULL,
    profession_code   VARCHAR(64)   NOT NULL,
    sector_code       VARCHAR(64)   NOT NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    changed_at        TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT network_member_live_once UNIQUE (network_id, live_key),
    CONSTRAINT network_member_network_fk FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT network_member_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT network_member_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX network_member_by_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE network_meeting (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    network_id  BIGINT        NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    starts_at   TIMESTAMP(6)  NOT NULL,
    ends_at     TIMESTAMP(6)  NOT NULL,
    -- the Swedish calendar date of the start, for reach by date and month
    held_on     DATE          NOT NULL,
    place       VARCHAR(200)  NULL,
    address     VARCHAR(300)  NULL,
    online_url  VARCHAR(500)  NULL,
    reminded_at TIMESTAMP(6)  NULL,
    agenda      TEXT          NOT NULL,
    minutes     TEXT          NULL,
    cancelled   BOOLEAN       NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT network_meeting_network_fk FOREIGN KEY (network_id) REFERENCES network (id),
    INDEX network_meeting_by_network (network_id, starts_at),
    INDEX network_meeting_by_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE network_meeting_document (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    meeting_id  BIGINT        NOT NULL,
    file_name   VARCHAR(200)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  INT           NOT NULL,
    content     MEDIUMBLOB    NOT NULL,
    uploaded_at TIMESTAMP(6)  NOT NULL,
    uploaded_by BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT network_meeting_document_meeting_fk FOREIGN KEY (meeting_id) REFERENCES network_meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE network_meeting_attendance (
    member_id  BIGINT       NOT NULL,
    meeting_id BIGINT       NOT NULL,
    present    BOOLEAN      NOT NULL,
    marked_at  TIMESTAMP(6) NOT NULL,
    marked_by  BIGINT       NULL,
    PRIMARY KEY (member_id, meeting_id),
    CONSTRAINT network_meeting_attendance_member_fk FOREIGN KEY (member_id) REFERENCES network_member (id),
    CONSTRAINT network_meeting_attendance_meeting_fk FOREIGN KEY (meeting_id) REFERENCES network_meeting (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
