-- Controlled vocabularies (content/taxonomy/) and employer organisations.
CREATE TABLE profession (
    code VARCHAR(64)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    area VARCHAR(32)  NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE sector (
    code VARCHAR(64)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE organisation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    type              VARCHAR(32)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    county_code       CHAR(2)      NULL,
    municipality_code CHAR(4)      NULL,
    region_code       CHAR(2)      NULL,
    parent_id         BIGINT       NULL,
    status            VARCHAR(16)  NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL,
    -- the municipality or region code, set only on organisations made from reference data,
    -- so each municipality and region has exactly one
    reference_code    VARCHAR(4)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT organisation_from_reference UNIQUE (type, reference_code),
    CONSTRAINT organisation_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT organisation_municipality_fk FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT organisation_region_fk FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT organisation_parent_fk FOREIGN KEY (parent_id) REFERENCES organisation (id),
    INDEX organisation_by_county (county_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
