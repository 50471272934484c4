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
import se.kunskapsnav.yearlyreport.NationalTable;
import se.kunskapsnav.yearlyreport.ReportStatus;
import se.kunskapsnav.yearlyreport.RollUp;
import se.kunskapsnav.yearlyreport.YearlyReportService;
import se.kunskapsnav.yearlyreport.YearlyReportService.NationalView;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /uppfoljning/nationellt/{ar}}: the year across the counties for administrators: which have submitted,
 * each question rolled up over the submitted reports, the export, and returning a report with a reason.
 */
@Named
@ViewScoped
public class NationalPage implements Serializable {

    static final String FORM = "aterlamna";

    @Inject
    YearlyReportService reports;

    @Inject
    TenancyGuard guard;

    private String ar;
    private int year;
    private String returnCounty;
    private String reason;
    private transient NationalView view;

    /** View action: administrators only; 404 for a year without a questionnaire. */
    public void load() {
        guard.requireAdministrator();
        if (ar == null || !ar.matches("\\d{4}")) {
            Faces.sendError(404);
            return;
        }
        year = Integer.parseInt(ar);
        try {
            view();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    private NationalView view() {
        if (view == null) {
            view = reports.national(year);
        }
        return view;
    }

    public void returnReport() {
        try {
            if (returnCounty == null || returnCounty.isBlank()) {
                throw InvalidInputException.of("county", "yearly.national.chooseCounty");
            }
            reports.returnForChanges(returnCounty, year, reason);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "yearly.national.returned",
                    view().countyNames().getOrDefault(returnCounty, returnCounty));
            returnCounty = null;
            reason = null;
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("county", FORM + ":lan", "reason", FORM + ":skal"));
        } catch (RefusedException e) {
            Faces.message(FORM + ":lan", FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
        view = null;
    }

    public List<String> getCounties() {
        return List.copyOf(view().countyNames().keySet());
    }

    public String countyName(String code) {
        return view().countyNames().getOrDefault(code, code);
    }

    /** "Stockholms län, Skåne län" for the counties that gave an answer. */
    public String countyNames(List<String> codes) {
        return codes.stream().map(this::countyName).collect(Collectors.joining(", "));
    }

    public ReportStatus status(String code) {
        NationalTable.CountyStatus status = view().statuses().get(code);
        return status == null ? null : status.status();
    }

    public Instant submittedAt(String code) {
        NationalTable.CountyStatus status = view().statuses().get(code);
        return status == null ? null : status.submittedAt();
    }

    /** The counties whose report is submitted, which an administrator may return. */
    public List<String> getSubmittedCounties() {
        return view().rollUp().submittedCounties();
    }

    public RollUp.Result getRollUp() {
        return view().rollUp();
    }

    public String getAr() {
        return ar;
    }

    public void setAr(String ar) {
        this.ar = ar;
    }

    public String getReturnCounty() {
        return returnCounty;
    }

    public void setReturnCounty(String returnCounty) {
        this.returnCounty = returnCounty;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
