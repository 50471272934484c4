-- Counties, regions and municipalities, filled from content/reference/ at start-up.
CREATE TABLE county (
    code        CHAR(2)      NOT NULL,
    letter_code VARCHAR(2)   NOT NULL,
    name        VARCHAR(100) NOT NULL,
    short_name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT county_letter_code UNIQUE (letter_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE municipality (
    code        CHAR(4)      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    county_code CHAR(2)      NOT NULL,
    skr_group   CHAR(2)      NULL,
    population  INT          NULL,
    PRIMARY KEY (code),
    CONSTRAINT municipality_county FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT municipality_population CHECK (population IS NULL OR population >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE region (
    code              CHAR(2)      NOT NULL,
    name              VARCHAR(100) NOT NULL,
    county_code       CHAR(2)      NOT NULL,
    municipality_code CHAR(4)      NULL,
    PRIMARY KEY (code),
    CONSTRAINT region_county UNIQUE (county_code),
    CONSTRAINT region_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT region_municipality_fk FOREIGN KEY (municipality_code) REFERENCES municipality (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
