-- Leases that let one portal instance of many do a piece of work: start-up seeding, and each scheduled job
-- per run. An instance holds a lease by one atomic update (JobLease); held_until is in the database's clock, so
-- the instances' clocks never have to agree.
CREATE TABLE job_lease (
    name       VARCHAR(64)  NOT NULL,
    holder     VARCHAR(64)  NOT NULL,
    held_until DATETIME(3)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
