-- The county yearly report (årsrapport): each year administrators define a follow-up questionnaire
-- (uppföljningsenkät), each county answers it in one report, submits it (which locks it and freezes a copy of
-- every answer as a version) and an administrator may return it for changes with a reason. The national
-- roll-up reads the submitted reports.

-- One questionnaire per year.
CREATE TABLE yearly_questionnaire (
    year       INT          NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (year),
    CONSTRAINT yearly_questionnaire_year CHECK (year BETWEEN 2000 AND 2099)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The questions of a year, in position order. summary_phrase (yes/no questions only) completes the roll-up's
-- sentence "19 av 21 län <phrase>"; prefill (number questions only) names the figure the portal fills in
-- from recorded participation (YearlyFigure). Once a report of the year has been submitted, questions are
-- only added (checked by the service).
CREATE TABLE yearly_question (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    year           INT           NOT NULL,
    position       INT           NOT NULL,
    type           VARCHAR(16)   NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    summary_phrase VARCHAR(300)  NULL,
    prefill        VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT yearly_question_year_fk FOREIGN KEY (year) REFERENCES yearly_questionnaire (year),
    CONSTRAINT yearly_question_type CHECK (type IN ('YES_NO', 'SCALE', 'NUMBER', 'TEXT')),
    CONSTRAINT yearly_question_prefill CHECK (prefill IS NULL OR (type = 'NUMBER' AND prefill IN
        ('MUNICIPAL_VISITS', 'PERSONS_REACHED', 'MUNICIPALITIES_REACHED', 'ACTIVITIES_HELD',
         'WEBCOURSE_ENROLMENTS'))),
    INDEX yearly_question_by_year (year, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- One county's report of a year. DRAFT until first submitted; SUBMITTED is locked; RETURNED is open for
-- changes again (the reason is on the version that was returned). Who saved last and when.
CREATE TABLE yearly_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    county_code CHAR(2)      NOT NULL,
    year        INT          NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    updated_by  BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT yearly_report_county_fk FOREIGN KEY (county_code) REFERENCES county (code),
    CONSTRAINT yearly_report_year_fk FOREIGN KEY (year) REFERENCES yearly_questionnaire (year),
    CONSTRAINT yearly_report_updated_by_fk FOREIGN KEY (updated_by) REFERENCES account (id),
    CONSTRAINT yearly_report_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED')),
    CONSTRAINT yearly_report_one_per_county_and_year UNIQUE (county_code, year),
    INDEX yearly_report_by_year (year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The report's current answers: the county's answer as text (YES/NO, a scale step, a whole number, free text)
-- and, for questions pre-filled from data, the figure the portal computed when the answer was saved; the
-- county may correct the figure, so both are kept.
CREATE TABLE yearly_answer (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    report_id   BIGINT NOT NULL,
    question_id BIGINT NOT NULL,
    value       TEXT   NULL,
    data_value  BIGINT NULL,
    PRIMARY KEY (id),
    CONSTRAINT yearly_answer_report_fk FOREIGN KEY (report_id) REFERENCES yearly_report (id),
    CONSTRAINT yearly_answer_question_fk FOREIGN KEY (question_id) REFERENCES yearly_question (id),
    CONSTRAINT yearly_answer_one_per_question UNIQUE (report_id, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- Every submission of a report, numbered from 1: who submitted when, and, once returned, who returned it,
-- when and why.
CREATE TABLE yearly_report_version (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    report_id     BIGINT        NOT NULL,
    number        INT           NOT NULL,
    submitted_at  TIMESTAMP(6)  NOT NULL,
    submitted_by  BIGINT        NULL,
    returned_at   TIMESTAMP(6)  NULL,
    returned_by   BIGINT        NULL,
    return_reason VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT yearly_report_version_report_fk FOREIGN KEY (report_id) REFERENCES yearly_report (id),
    CONSTRAINT yearly_report_version_submitted_by_fk FOREIGN KEY (submitted_by) REFERENCES account (id),
    CONSTRAINT yearly_report_version_returned_by_fk FOREIGN KEY (returned_by) REFERENCES account (id),
    CONSTRAINT yearly_report_version_number UNIQUE (report_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

-- The frozen copy of every answer of a version, with the question as it was asked.
CREATE TABLE yearly_report_version_answer (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version_id    BIGINT        NOT NULL,
    question_id   BIGINT        NOT NULL,
    position      INT           NOT NULL,
    question_type VARCHAR(16)   NOT NULL,
    question_text VARCHAR(1000) NOT NULL,
    value         TEXT          NULL,
    data_value    BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT yearly_version_answer_version_fk FOREIGN KEY (version_id) REFERENCES yearly_report_version (id),
    CONSTRAINT yearly_version_answer_question_fk FOREIGN KEY (question_id) REFERENCES yearly_question (id),
    CONSTRAINT yearly_version_answer_one_per_question UNIQUE (version_id, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
