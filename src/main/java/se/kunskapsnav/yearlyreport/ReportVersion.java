package se.kunskapsnav.yearlyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One submission of a report, numbered from 1, with a frozen copy of every answer ({@link VersionAnswer});
 * once an administrator returns it, who did, when and why.
 */
@Entity
@Table(name = "yearly_report_version")
public class ReportVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "returned_by")
    private Long returnedBy;

    @Column(name = "return_reason", length = 2000)
    private String returnReason;

    protected ReportVersion() {
    }

    ReportVersion(long reportId, int number, Instant submittedAt, Long submittedBy) {
        this.reportId = reportId;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    void returned(Instant at, Long by, String reason) {
        returnedAt = at;
        returnedBy = by;
        returnReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getReportId() {
        return reportId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public Long getReturnedBy() {
        return returnedBy;
    }

    public String getReturnReason() {
        return returnReason;
    }
}
