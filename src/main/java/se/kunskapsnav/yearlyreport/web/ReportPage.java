package se.kunskapsnav.yearlyreport.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.yearlyreport.AnswerRules;
import se.kunskapsnav.yearlyreport.AnswerValue;
import se.kunskapsnav.yearlyreport.Question;
import se.kunskapsnav.yearlyreport.ReportStatus;
import se.kunskapsnav.yearlyreport.ReportVersion;
import se.kunskapsnav.yearlyreport.YearlyReportService;
import se.kunskapsnav.yearlyreport.YearlyReportService.ReportView;
import se.kunskapsnav.yearlyreport.YearlyReportService.VersionView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /uppfoljning/arsrapport/{lan}/{ar}}: a county's yearly report for its editors and administrators. While
 * it may change: every question with its answer, the pre-filled numbers showing today's figures, "save draft"
 * and "submit". Once submitted: the answers, locked. Always: the submitted versions; {@code ?version=N} shows one.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    static final String FORM = "rapport";

    @Inject
    YearlyReportService reports;

    @Inject
    GeographyService geography;

    private String lan;
    private String ar;
    private String version;
    private String countyCode;
    private int year;
    private Integer versionNumber;
    private List<AnswerRow> rows = List.of();
    private List<AnswerRow> versionRows;
    private boolean confirmingSubmit;
    private transient ReportView view;
    private transient VersionView shownVersion;

    /** View action: 404 for an unknown county, year or version; 403 (from the service) for another county. */
    public void load() {
        countyCode = geography.countyCode(lan).orElse(null);
        if (countyCode == null || ar == null || !ar.matches("\\d{4}")) {
            Faces.sendError(404);
            return;
        }
        year = Integer.parseInt(ar);
        try {
            refresh();
            if (version != null && !version.isBlank()) {
                versionNumber = Integer.parseInt(version.trim());
                versionRows = getShownVersion().answers().stream().map(AnswerRow::frozen).toList();
            }
        } catch (NotFoundException | NumberFormatException e) {
            Faces.sendError(404);
        }
    }

    public void save() {
        if (changed(() -> reports.saveAnswers(countyCode, year, answers()), "yearly.report.notSaved")) {
            Faces.message(null, FacesMessage.SEVERITY_INFO, "yearly.report.saved");
            refresh();
        }
    }

    /**
     * "Lämna in rapporten" only asks: every wrong or missing answer is shown at once, and a report that can be
     * submitted gets the confirmation step, whose "Ja, lämna in" submits it.
     */
    public void askToSubmit() {
        confirmingSubmit = changed(() -> reports.checkSubmission(countyCode, year, answers()),
                "yearly.report.submitRefused");
    }

    public void cancelSubmit() {
        confirmingSubmit = false;
    }

    public boolean isConfirmingSubmit() {
        return confirmingSubmit;
    }

    public void submit() {
        confirmingSubmit = false;
        if (changed(() -> reports.submit(countyCode, year, answers()), "yearly.report.submitRefused")) {
            Faces.message(null, FacesMessage.SEVERITY_INFO, "yearly.report.submitted");
            Faces.redirect("/uppfoljning/arsrapport/" + lan + "/" + year);
        }
    }

    /**
     * Runs one step on the report; false when refused: wrong answers at their fields under {@code notDoneKey},
     * any other refusal as the page's message (with the report read again).
     */
    private boolean changed(Runnable step, String notDoneKey) {
        try {
            step.run();
            return true;
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, notDoneKey);
            Faces.fieldErrors(e, components());
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
            refresh();
        }
        return false;
    }

    private void refresh() {
        view = reports.report(countyCode, year);
        List<AnswerRow> fresh = new ArrayList<>();
        for (int i = 0; i < view.questions().size(); i++) {
            Question question = view.questions().get(i);
            AnswerValue saved = view.answers().getOrDefault(question.getId(), new AnswerValue(null, null));
            fresh.add(isEditable()
                    ? AnswerRow.editable(question, i + 1, saved,
                    question.getPrefill() == null ? null : view.figures().get(question.getPrefill()))
                    : AnswerRow.locked(question, i + 1, saved));
        }
        rows = fresh;
    }

    private Map<Long, String> answers() {
        Map<Long, String> answers = new LinkedHashMap<>();
        rows.forEach(row -> answers.put(row.getQuestionId(), row.answerToSave()));
        return answers;
    }

    /** Field {@code answers[<question id>]} to the client id of its input. */
    private Map<String, String> components() {
        Map<String, String> components = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            AnswerRow row = rows.get(i);
            components.put(AnswerRules.field(row.getQuestionId()), FORM + ":fragor:" + i + ":" + row.inputId());
        }
        return components;
    }

    private ReportView view() {
        if (view == null) {
            view = reports.report(countyCode, year);
        }
        return view;
    }

    public ReportStatus getStatus() {
        return view().status();
    }

    public boolean isEditable() {
        return view().status().mayChangeAnswers();
    }

    public boolean isBegun() {
        return view().report() != null;
    }

    public ReportView getView() {
        return view();
    }

    public List<ReportVersion> getVersions() {
        return view().versions();
    }

    /** The version an administrator returned, with the reason, while the report is open again. */
    public ReportVersion getReturnedVersion() {
        return view().returnedVersion().orElse(null);
    }

    public ReportVersion getLatestVersion() {
        List<ReportVersion> versions = view().versions();
        return versions.isEmpty() ? null : versions.getLast();
    }

    public String personName(Long accountId) {
        return reports.personName(accountId);
    }

    public VersionView getShownVersion() {
        if (shownVersion == null && versionNumber != null) {
            // transient: read again when the view has been restored on another instance
            shownVersion = reports.version(countyCode, year, versionNumber);
        }
        return shownVersion;
    }

    public List<AnswerRow> getVersionRows() {
        return versionRows;
    }

    public List<AnswerRow> getRows() {
        return rows;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getLan() {
        return lan;
    }

    public void setLan(String lan) {
        this.lan = lan;
    }

    public String getAr() {
        return ar;
    }

    public void setAr(String ar) {
        this.ar = ar;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }
}
