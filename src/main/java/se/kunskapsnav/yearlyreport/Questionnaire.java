package se.kunskapsnav.yearlyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The follow-up questionnaire of one year; its questions are {@link Question} rows of the same year. */
@Entity
@Table(name = "yearly_questionnaire")
public class Questionnaire {

    @Id
    @Column(name = "year")
    private Integer year;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Questionnaire() {
    }

    Questionnaire(int year, Instant now) {
        this.year = year;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public int getYear() {
        return year;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
