-- The materials library: materials with their tags and links, the files of each material in versions, the
-- content-addressed file store's index, and downloads counted per material and month.

-- owner_county_code null: a national material (administrators edit it).
-- visibility PUBLIC, LOGGED_IN or NETWORK (members of network_id, and the network's editors).
-- seed_key: the folder of content/material/ a national material was loaded from.
CREATE TABLE material (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    title             VARCHAR(200)  NOT NULL,
    summary           TEXT          NOT NULL,
    type              VARCHAR(32)   NOT NULL,
    owner_county_code CHAR(2)       NULL,
    published_on      DATE          NOT NULL,
    version_label     VARCHAR(40)   NULL,
    visibility        VARCHAR(16)   NOT NULL,
    network_id        BIGINT        NULL,
    external_url      VARCHAR(1000) NULL,
    retired_at        TIMESTAMP(6)  NULL,
    seed_key          VARCHAR(100)  NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT material_owner_fk FOREIGN KEY (owner_county_code) REFERENCES county (code),
    CONSTRAINT material_network_fk FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT material_seed_once UNIQUE (seed_key),
    INDEX material_by_published (retired_at, published_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE material_theme (
    material_id BIGINT      NOT NULL,
    theme_code  VARCHAR(64) NOT NULL,
    PRIMARY KEY (material_id, theme_code),
    CONSTRAINT material_theme_material_fk FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE material_target_group (
    material_id       BIGINT      NOT NULL,
    target_group_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (material_id, target_group_code),
    CONSTRAINT material_target_group_material_fk FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- the audience: the professions a material is written for
CREATE TABLE material_profession (
    material_id     BIGINT      NOT NULL,
    profession_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (material_id, profession_code),
    CONSTRAINT material_profession_material_fk FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE,
    CONSTRAINT material_profession_fk FOREIGN KEY (profession_code) REFERENCES profession (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE material_language (
    material_id   BIGINT      NOT NULL,
    language_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (material_id, language_code),
    CONSTRAINT material_language_material_fk FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- where a material is used: courses, network meetings, web-course modules
CREATE TABLE material_course (
    material_id BIGINT NOT NULL,
    course_id   BIGINT NOT NULL,
    PRIMARY KEY (material_id, course_id),
    INDEX material_course_by_course (course_id),
    CONSTRAINT material_course_material_fk FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE,
    CONSTRAINT material_course_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE material_meeting (
    material_id BIGINT NOT NULL,
    meeting_id  BIGINT NOT NULL,
    PRIMARY KEY (material_id, meeting_id),
    INDEX material_meeting_by_meeting (meeting_id),
    CONSTRAINT material_meeting_material_fk FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE,
    CONSTRAINT material_meeting_meeting_fk FOREIGN KEY (meeting_id) REFERENCES network_meeting (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE material_module (
    material_id BIGINT      NOT NULL,
    module_code VARCHAR(60) NOT NULL,
    PRIMARY KEY (material_id, module_code),
    INDEX material_module_by_module (module_code),
    CONSTRAINT material_module_material_fk FOREIGN KEY (material_id) REFERENCES material (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The file store's index: one row per distinct content, named by its SHA-256 (hex). The file itself lives
-- in the store directory under that name. text_status: EXTRACTED, NO_TEXT (images, films) or FAILED.
CREATE TABLE stored_file (
    sha256         CHAR(64)     NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    media_type     VARCHAR(150) NOT NULL,
    text_status    VARCHAR(16)  NOT NULL,
    extracted_text MEDIUMTEXT   NULL,
    stored_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- A file of a material; its versions follow (replacing the file adds a version, the old ones are kept).
CREATE TABLE material_file (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    material_id BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT material_file_material_fk FOREIGN KEY (material_id) REFERENCES material (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

CREATE TABLE material_file_version (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    file_id     BIGINT       NOT NULL,
    version_no  INT          NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    uploaded_at TIMESTAMP(6) NOT NULL,
    uploaded_by BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT material_file_version_once UNIQUE (file_id, version_no),
    CONSTRAINT material_file_version_file_fk FOREIGN KEY (file_id) REFERENCES material_file (id),
    CONSTRAINT material_file_version_stored_fk FOREIGN KEY (sha256) REFERENCES stored_file (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- month: the first day of the Swedish calendar month of the downloads
CREATE TABLE material_download (
    material_id BIGINT NOT NULL,
    month       DATE   NOT NULL,
    downloads   BIGINT NOT NULL,
    PRIMARY KEY (material_id, month),
    CONSTRAINT material_download_material_fk FOREIGN KEY (material_id) REFERENCES material (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
