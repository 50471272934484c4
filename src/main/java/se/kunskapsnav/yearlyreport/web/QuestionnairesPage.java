package se.kunskapsnav.yearlyreport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.yearlyreport.YearlyReportService;
import se.kunskapsnav.yearlyreport.YearlyReportService.QuestionnaireSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/uppfoljning/enkater}: every year's questionnaire with its questions and submitted reports, and a
 * form that creates one, empty or with the latest earlier year's questions (administrators only).
 */
@Named
@RequestScoped
public class QuestionnairesPage {

    static final String FORM = "nyEnkat";

    @Inject
    YearlyReportService reports;

    @Inject
    TenancyGuard guard;

    @Inject
    Clock clock;

    private List<QuestionnaireSummary> questionnaires;
    private String year;
    private boolean copyQuestions = true;

    /** View action: administrators only. */
    public void check() {
        guard.requireAdministrator();
        if (year == null) {
            year = String.valueOf(LocalDate.now(clock).getYear());
        }
    }

    public List<QuestionnaireSummary> getQuestionnaires() {
        if (questionnaires == null) {
            questionnaires = reports.questionnaires();
        }
        return questionnaires;
    }

    public void create() {
        Map<String, String> problems = new HashMap<>();
        Integer chosen = TextInput.wholeNumber(year, "year", "yearly.year.invalid", problems);
        try {
            if (chosen == null) {
                throw new InvalidInputException(problems.isEmpty() ? Map.of("year", "validation.required") : problems);
            }
            Integer copyFrom = copyQuestions ? latestBefore(chosen) : null;
            reports.createQuestionnaire(chosen, copyFrom);
            Faces.message(null, FacesMessage.SEVERITY_INFO, copyFrom == null ? "yearly.questionnaires.created"
                    : "yearly.questionnaires.createdCopy", String.valueOf(chosen), String.valueOf(copyFrom));
            Faces.redirect("/admin/uppfoljning/enkater/" + chosen);
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("year", FORM + ":ar", "copyQuestionsFrom", FORM + ":kopiera"));
        } catch (RefusedException e) {
            Faces.message(FORM + ":ar", FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /** The latest year before {@code year} that has a questionnaire, or null. */
    private Integer latestBefore(int year) {
        return getQuestionnaires().stream().map(QuestionnaireSummary::year).filter(y -> y < year).findFirst()
                .orElse(null);
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public boolean isCopyQuestions() {
        return copyQuestions;
    }

    public void setCopyQuestions(boolean copyQuestions) {
        this.copyQuestions = copyQuestions;
    }
}
