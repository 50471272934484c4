-- Course series: the one canonical entry for a course that runs every year under several names ("BAS",
-- "VINR bas"). A course belongs to at most one series; reach breaks down by it. Owned by a county like courses.
CREATE TABLE course_series (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    county_code CHAR(2)       NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    kind_code   VARCHAR(64)   NOT NULL,
    level       VARCHAR(16)   NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    updated_at  TIMESTAMP(6)  NOT NULL,
    revision    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT course_series_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT course_series_name_unique UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE course_series_alias (
    series_id BIGINT       NOT NULL,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (series_id, alias),
    CONSTRAINT course_series_alias_series_fk FOREIGN KEY (series_id) REFERENCES course_series (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE course_series_theme (
    series_id  BIGINT      NOT NULL,
    theme_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (series_id, theme_code),
    CONSTRAINT course_series_theme_series_fk FOREIGN KEY (series_id) REFERENCES course_series (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- No ON DELETE: a series some course uses cannot be deleted.
ALTER TABLE course ADD COLUMN series_id BIGINT NULL,
    ADD CONSTRAINT course_series_fk FOREIGN KEY (series_id) REFERENCES course_series (id);

-- The series an activity of an earlier year was a run of (the historical import's optional serie column).
ALTER TABLE historical_activity ADD COLUMN series_id BIGINT NULL,
    ADD CONSTRAINT historical_activity_series_fk FOREIGN KEY (series_id) REFERENCES course_series (id);

-- Reach breaks down by series: the summary keeps each activity's series (courses and historical activities).
ALTER TABLE reach_activity ADD COLUMN series_id BIGINT NULL;
