package se.kunskapsnav.yearlyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One county's report of a year: its status and who saved it last. Its answers are {@link Answer} rows, its
 * submissions {@link ReportVersion} rows; both are read by query, never through a collection here.
 */
@Entity
@Table(name = "yearly_report")
public class YearlyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReportStatus status;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected YearlyReport() {
    }

    YearlyReport(String countyCode, int year, Instant now, Long actor) {
        this.countyCode = countyCode;
        this.year = year;
        this.status = ReportStatus.DRAFT;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    void changed(ReportStatus newStatus, Instant now, Long actor) {
        status = newStatus;
        updatedAt = now;
        updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public int getYear() {
        return year;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }
}
