-- One row per course that every change deciding its seats writes first (RegistrationService): registering,
-- cancelling, approving, promoting from the waiting list, cancelling or completing the course. Writing it, not
-- only locking it, is what makes the decision safe on a Galera cluster whose nodes all take writes: a
-- SELECT … FOR UPDATE holds only on its own node, while two writes of the same row on two nodes fail Galera's
-- certification and one of them runs again. A row of its own, beside the course row, means an editor changing
-- the course's text does not collide with the registrations waiting their turn.
CREATE TABLE course_seat_lock (
    course_id BIGINT NOT NULL,
    claims    BIGINT NOT NULL,
    PRIMARY KEY (course_id),
    CONSTRAINT fk_course_seat_lock_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_swedish_ci;

INSERT INTO course_seat_lock (course_id, claims) SELECT id, 0 FROM course;
