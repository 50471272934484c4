package se.kunskapsnav.webcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A lesson a person has read, with the hash of the text they read. */
@Entity
@Table(name = "webcourse_lesson_read")
@IdClass(LessonRead.Key.class)
public class LessonRead {

    /** The composite key: enrolment, module and lesson. */
    public record Key(Long enrolmentId, String moduleCode, String lessonCode) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Id
    @Column(name = "module_code", length = 60)
    private String moduleCode;

    @Id
    @Column(name = "lesson_code", length = 60)
    private String lessonCode;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected LessonRead() {
    }

    LessonRead(long enrolmentId, String moduleCode, Lesson lesson, Instant now) {
        this.enrolmentId = enrolmentId;
        this.moduleCode = moduleCode;
        this.lessonCode = lesson.code();
        read(lesson, now);
    }

    /** Read again: the latest text read is what counts. */
    void read(Lesson lesson, Instant now) {
        contentHash = lesson.contentHash();
        readAt = now;
    }

    public LessonRef ref() {
        return new LessonRef(moduleCode, lessonCode);
    }

    public String getContentHash() {
        return contentHash;
    }
}
