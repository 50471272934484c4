package se.kunskapsnav.yearlyreport;

import se.kunskapsnav.platform.RefusedException;

/**
 * Where a county's yearly report stands, and the moves between: a DRAFT (or a RETURNED report) may be changed
 * and submitted; a SUBMITTED report is locked until an administrator returns it; only a submitted report can
 * be returned.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED;

    public String messageKey() {
        return "yearly.status." + name();
    }

    public boolean mayChangeAnswers() {
        return this != SUBMITTED;
    }

    /** Refused with a Swedish reason when the answers are locked. */
    public void requireMayChangeAnswers() {
        if (!mayChangeAnswers()) {
            throw new RefusedException("yearly.report.locked");
        }
    }

    /** The status after submitting; refused when already submitted. */
    public ReportStatus submit() {
        if (this == SUBMITTED) {
            throw new RefusedException("yearly.report.alreadySubmitted");
        }
        return SUBMITTED;
    }

    /** The status after an administrator returns the report for changes; only a submitted report can be. */
    public ReportStatus returnForChanges() {
        if (this != SUBMITTED) {
            throw new RefusedException("yearly.report.notSubmitted");
        }
        return RETURNED;
    }
}
