-- Check-in at the door: one random code per registration, shown as a QR code to the person and scanned by the
-- organiser's tablet. The code is 16 random bytes and says nothing about the person; it is valid only for the
-- course of its registration.
CREATE TABLE checkin_token (
    registration_id BIGINT       NOT NULL,
    course_id       BIGINT       NOT NULL,
    token           BINARY(16)   NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (registration_id),
    CONSTRAINT checkin_token_unique UNIQUE (token),
    CONSTRAINT checkin_token_registration_fk FOREIGN KEY (registration_id) REFERENCES registration (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;
