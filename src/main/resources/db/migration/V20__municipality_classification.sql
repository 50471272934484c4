-- SKR's municipality groups and SCB's population per year, imported by administrators (geography owns them).
-- Importing a year again replaces that year's groups or populations; reach compares coverage by them.
CREATE TABLE municipality_classification (
    year              SMALLINT NOT NULL,
    municipality_code CHAR(4)  NOT NULL,
    skr_group         CHAR(2)  NULL,
    population        INT      NULL,
    PRIMARY KEY (year, municipality_code),
    CONSTRAINT municipality_classification_municipality_fk FOREIGN KEY (municipality_code)
        REFERENCES municipality (code),
    CONSTRAINT municipality_classification_population CHECK (population IS NULL OR population >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
