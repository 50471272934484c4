package se.kunskapsnav.history.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.kunskapsnav.history.HistoricalCsv;
import se.kunskapsnav.history.HistoricalImportService;
import se.kunskapsnav.history.HistoricalImportService.ImportSummary;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.Uploads;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.visits.ParticipationCsv.LineError;
import se.kunskapsnav.visits.ParticipationImportException;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/historik}: a county's historical imports. Its editors (administrators: any county's) upload a
 * sign-in list, see every problem of a refused file next to the file field, list earlier imports and undo one.
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

    static final String FILE_FIELD = "historik:fil";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm",
            Locale.of("sv")).withZone(ClockProducer.SWEDEN);

    @Inject
    HistoricalImportService service;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    private String lan;
    private String countyCode;
    private List<String> importErrors = List.of();
    private Long confirmingUndo;
    private transient Part file;
    private transient List<ImportSummary> imports;

    /** Chooses the county: the one asked for if the person may edit it, else their first. */
    public void load() {
        List<String> counties = getCounties();
        if (counties.isEmpty()) {
            Faces.sendError(403);
            return;
        }
        countyCode = counties.contains(lan) ? lan : counties.getFirst();
    }

    /** The counties the person may import for, in code order: an editor's own, every county for administrators. */
    public List<String> getCounties() {
        CountyScope scope = guard.scope();
        return vocabularies.counties().keySet().stream().filter(scope::mayEdit).sorted().toList();
    }

    public String countyName(String code) {
        return vocabularies.countyName(code);
    }

    public List<ImportSummary> getImports() {
        if (imports == null && countyCode != null) {
            imports = service.imports(countyCode);
        }
        return imports;
    }

    /** Reads the uploaded file: imported whole, or every problem listed at the file field. */
    public void importFile() {
        importErrors = List.of();
        if (file == null || file.getSize() == 0) {
            Faces.message(FILE_FIELD, FacesMessage.SEVERITY_ERROR, "history.page.chooseFile");
            return;
        }
        byte[] content = Uploads.upTo(HistoricalCsv.MAX_BYTES, file);
        try {
            ImportSummary summary = service.importFile(countyCode, file.getSubmittedFileName(), content);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "history.page.imported", summary.fileName(),
                    summary.activities(), summary.participants());
            Faces.redirect("/admin/historik?lan=" + countyCode);
        } catch (ParticipationImportException e) {
            importErrors = e.errors().stream().map(LineError::message).toList();
            long lines = e.errors().stream().map(LineError::line).distinct().count();
            if (e.isWholeFile()) {
                Faces.message(FILE_FIELD, FacesMessage.SEVERITY_ERROR, "participation.import.fileRefused");
            } else {
                Faces.message(FILE_FIELD, FacesMessage.SEVERITY_ERROR, "participation.import.linesRefused", lines);
            }
        }
    }

    public void askToUndo(long importId) {
        confirmingUndo = importId;
    }

    public void keep() {
        confirmingUndo = null;
    }

    public void undo() {
        ImportSummary undone = getConfirming();
        try {
            service.undo(confirmingUndo);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "history.page.undone",
                    undone == null ? "" : undone.fileName());
        } catch (NotFoundException e) {
            Faces.message(null, FacesMessage.SEVERITY_INFO, "history.page.alreadyUndone");
        }
        Faces.redirect("/admin/historik?lan=" + countyCode);
    }

    /** The import waiting for the person to confirm its undoing, or null. */
    public ImportSummary getConfirming() {
        if (confirmingUndo == null) {
            return null;
        }
        return getImports().stream().filter(i -> i.id() == confirmingUndo).findFirst().orElse(null);
    }

    public String when(ImportSummary summary) {
        return WHEN.format(summary.importedAt());
    }

    /** The days the import's activities were held: one day, or the first and last. */
    public String period(ImportSummary summary) {
        if (summary.firstDay() == null) {
            return "";
        }
        return summary.firstDay().equals(summary.lastDay()) ? summary.firstDay().toString()
                : summary.firstDay() + "\u2013" + summary.lastDay();
    }

    /** The kinds an activity may have (value the code, label the name), for the list of valid values. */
    public List<SelectItem> getKindOptions() {
        return service.kinds().entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    public String getLan() {
        return lan;
    }

    public void setLan(String lan) {
        this.lan = lan;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public List<String> getImportErrors() {
        return importErrors;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
