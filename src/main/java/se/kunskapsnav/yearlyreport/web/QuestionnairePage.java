package se.kunskapsnav.yearlyreport.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.yearlyreport.Question;
import se.kunskapsnav.yearlyreport.QuestionInput;
import se.kunskapsnav.yearlyreport.YearlyReportService;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/uppfoljning/enkater/{ar}}: a year's questions in order, moved up and down, removed (after a
 * confirmation, and only while no report is submitted), and a form that adds one (administrators only).
 */
@Named
@ViewScoped
public class QuestionnairePage implements Serializable {

    static final String FORM = "nyFraga";

    @Inject
    YearlyReportService reports;

    @Inject
    TenancyGuard guard;

    private String ar;
    private int year;
    private String type;
    private String text;
    private String summaryPhrase;
    private String prefill;
    private Long confirmingRemove;
    private transient List<Question> questions;
    private transient Boolean locked;

    /** View action: administrators only; 404 for a year without a questionnaire. */
    public void load() {
        guard.requireAdministrator();
        if (ar == null || !ar.matches("\\d{4}") || reports.questionnaire(Integer.parseInt(ar)).isEmpty()) {
            Faces.sendError(404);
            return;
        }
        year = Integer.parseInt(ar);
    }

    public List<Question> getQuestions() {
        if (questions == null) {
            questions = reports.questions(year);
        }
        return questions;
    }

    /** Reports have been submitted: questions can be added and moved, not removed. */
    public boolean isLocked() {
        if (locked == null) {
            locked = reports.hasSubmissions(year);
        }
        return locked;
    }

    public void add() {
        try {
            reports.addQuestion(year, new QuestionInput(type, text, summaryPhrase, prefill));
            type = null;
            text = null;
            summaryPhrase = null;
            prefill = null;
            Faces.message(null, FacesMessage.SEVERITY_INFO, "yearly.questionnaire.added");
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "yearly.questionnaire.notAdded");
            Faces.fieldErrors(e, Map.of("type", FORM + ":typ", "text", FORM + ":text",
                    "summaryPhrase", FORM + ":sammanfattning", "prefill", FORM + ":forifyllning"));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
        refresh();
    }

    public void moveUp(Question question) {
        move(question, -1);
    }

    public void moveDown(Question question) {
        move(question, 1);
    }

    private void move(Question question, int steps) {
        try {
            reports.move(year, question.getId(), steps);
        } catch (InvalidInputException | NotFoundException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "yearly.questionnaire.changedMeanwhile");
        }
        refresh();
    }

    public void askToRemove(Question question) {
        confirmingRemove = question.getId();
    }

    public void keep() {
        confirmingRemove = null;
    }

    public void remove() {
        try {
            reports.removeQuestion(year, confirmingRemove);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "yearly.questionnaire.removed");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        } catch (NotFoundException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "yearly.questionnaire.changedMeanwhile");
        }
        confirmingRemove = null;
        refresh();
    }

    public boolean isConfirming(Question question) {
        return question.getId().equals(confirmingRemove);
    }

    private void refresh() {
        questions = null;
        locked = null;
    }

    public String getAr() {
        return ar;
    }

    public void setAr(String ar) {
        this.ar = ar;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSummaryPhrase() {
        return summaryPhrase;
    }

    public void setSummaryPhrase(String summaryPhrase) {
        this.summaryPhrase = summaryPhrase;
    }

    public String getPrefill() {
        return prefill;
    }

    public void setPrefill(String prefill) {
        this.prefill = prefill;
    }
}
