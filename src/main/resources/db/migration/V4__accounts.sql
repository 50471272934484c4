-- People, their roles, one-time tokens (e-mail verification, password reset) and API tokens.
-- An erased account keeps its id (the pseudonymous key) and its statistics facts; personal data is nulled.
CREATE TABLE account (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    email                       VARCHAR(254) NULL,
    email_verified_at           TIMESTAMP(6) NULL,
    password_hash               VARCHAR(512) NULL,
    name                        VARCHAR(200) NULL,
    profession_code             VARCHAR(64)  NOT NULL,
    sector_code                 VARCHAR(64)  NOT NULL,
    organisation_id             BIGINT       NOT NULL,
    workplace_municipality_code CHAR(4)      NULL,
    workplace_region_code       CHAR(2)      NULL,
    created_at                  TIMESTAMP(6) NOT NULL,
    last_login_at               TIMESTAMP(6) NULL,
    session_version             INT          NOT NULL DEFAULT 0,
    erased_at                   TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT account_email UNIQUE (email),
    CONSTRAINT account_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT account_sector_fk FOREIGN KEY (sector_code) REFERENCES sector (code),
    CONSTRAINT account_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT account_municipality_fk FOREIGN KEY (workplace_municipality_code) REFERENCES municipality (code),
    CONSTRAINT account_region_fk FOREIGN KEY (workplace_region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE role_grant (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    county_code CHAR(2)      NULL,
    granted_by  BIGINT       NULL,
    granted_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT role_grant_once UNIQUE (account_id, role, county_code),
    CONSTRAINT role_grant_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT role_grant_county_fk FOREIGN KEY (county_code) REFERENCES county (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE one_time_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    purpose    VARCHAR(32)  NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    expires_at TIMESTAMP(6) NOT NULL,
    used_at    TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT one_time_token_hash UNIQUE (token_hash),
    CONSTRAINT one_time_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    last_used_at TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT api_token_hash UNIQUE (token_hash),
    CONSTRAINT api_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Failed logins per e-mail address, whether or not an account has it, so a lock says nothing about
-- which addresses have accounts. The address is stored hashed.
CREATE TABLE login_throttle (
    email_hash   CHAR(64)     NOT NULL,
    failures     INT          NOT NULL,
    locked_until TIMESTAMP(6) NULL,
    PRIMARY KEY (email_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Who created, changed or deleted what. Never passwords or tokens.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    entity_kind VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    actor_id    BIGINT       NULL,
    county_code CHAR(2)      NULL,
    detail      VARCHAR(500) NULL,
    at          TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX audit_log_by_county (county_code, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
