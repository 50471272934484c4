package se.kunskapsnav.yearlyreport;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.RefusedException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportStatusTest {

    @Test
    void aDraftIsChangedAndSubmittedAndThenLocked() {
        assertDoesNotThrow(ReportStatus.DRAFT::requireMayChangeAnswers);
        ReportStatus submitted = ReportStatus.DRAFT.submit();
        assertEquals(ReportStatus.SUBMITTED, submitted);
        RefusedException locked = assertThrows(RefusedException.class, submitted::requireMayChangeAnswers);
        assertEquals("yearly.report.locked", locked.messageKey());
        assertEquals("yearly.report.alreadySubmitted",
                assertThrows(RefusedException.class, submitted::submit).messageKey());
    }

    @Test
    void onlyASubmittedReportIsReturnedAndAReturnedOneOpensAgain() {
        ReportStatus returned = ReportStatus.SUBMITTED.returnForChanges();
        assertEquals(ReportStatus.RETURNED, returned);
        assertDoesNotThrow(returned::requireMayChangeAnswers);
        assertEquals(ReportStatus.SUBMITTED, returned.submit());
        assertEquals("yearly.report.notSubmitted",
                assertThrows(RefusedException.class, ReportStatus.DRAFT::returnForChanges).messageKey());
        assertThrows(RefusedException.class, ReportStatus.RETURNED::returnForChanges);
    }
}
