package se.kunskapsnav.yearlyreport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.yearlyreport.ReportStatus;
import se.kunskapsnav.yearlyreport.YearlyReportService;
import se.kunskapsnav.yearlyreport.YearlyReportService.QuestionnaireSummary;

import java.util.List;

/**
 * {@code /uppfoljning/arsrapport}: where the yearly reports are. An editor sees each year's report of each
 * county they edit with its status; an administrator each year with links to the national roll-up and the
 * questionnaire.
 */
@Named
@RequestScoped
public class ReportsPage {

    @Inject
    YearlyReportService reports;

    @Inject
    TenancyGuard guard;

    private List<QuestionnaireSummary> questionnaires;

    /** View action: editors and administrators only. */
    public void check() {
        CountyScope scope = guard.scope();
        if (!scope.administrator() && scope.editorCounties().isEmpty()) {
            throw new AccessDeniedException("editors and administrators only");
        }
    }

    public boolean isAdministrator() {
        return guard.scope().administrator();
    }

    /** The counties whose reports the person writes, in code order. */
    public List<String> getCounties() {
        return guard.scope().editorCounties().stream().sorted().toList();
    }

    public List<QuestionnaireSummary> getQuestionnaires() {
        if (questionnaires == null) {
            questionnaires = reports.questionnaires();
        }
        return questionnaires;
    }

    /** The county's report status in the year; null when it has not begun. */
    public ReportStatus status(String countyCode, int year) {
        return reports.status(countyCode, year);
    }
}
