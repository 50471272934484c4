package se.kunskapsnav.geography.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import se.kunskapsnav.geography.ClassificationError;
import se.kunskapsnav.geography.ClassificationFile;
import se.kunskapsnav.geography.ClassificationImportException;
import se.kunskapsnav.geography.ClassificationService;
import se.kunskapsnav.geography.ClassificationYear;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.Uploads;
import se.kunskapsnav.platform.web.Faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /admin/kommungrupper}: administrators import a year's SKR municipality groups and/or SCB populations
 * from CSV or XLSX, see every problem of a refused file at the file field, and the years imported.
 */
@Named
@ViewScoped
public class ClassificationPage implements Serializable {

    static final String YEAR_FIELD = "kommungrupper:ar";
    static final String FILE_FIELD = "kommungrupper:fil";

    @Inject
    ClassificationService service;

    @Inject
    TenancyGuard guard;

    private String year;
    private List<String> importErrors = List.of();
    private transient Part file;
    private transient List<ClassificationYear> years;

    public void load() {
        if (!guard.scope().administrator()) {
            Faces.sendError(403);
        }
    }

    public List<ClassificationYear> getYears() {
        if (years == null) {
            years = service.years();
        }
        return years;
    }

    /** Reads the uploaded file: stored whole, or every problem listed at the file field. */
    public void importFile() {
        importErrors = List.of();
        Integer givenYear = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        boolean chosen = file != null && file.getSize() > 0;
        if (givenYear == null) {
            Faces.message(YEAR_FIELD, FacesMessage.SEVERITY_ERROR, "classification.year");
        }
        if (!chosen) {
            Faces.message(FILE_FIELD, FacesMessage.SEVERITY_ERROR, "classification.page.chooseFile");
        }
        if (givenYear == null || !chosen) {
            return;
        }
        byte[] content = Uploads.upTo(ClassificationFile.MAX_BYTES, file);
        try {
            ClassificationYear stored = service.importFile(givenYear, file.getSubmittedFileName(), content);
            Faces.message(null, FacesMessage.SEVERITY_INFO, "classification.page.imported", String.valueOf(stored.year()),
                    stored.groups(), stored.populations());
            Faces.redirect("/admin/kommungrupper");
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("ar", YEAR_FIELD));
        } catch (ClassificationImportException e) {
            importErrors = e.errors().stream().map(ClassificationError::message).toList();
            Faces.message(FILE_FIELD, FacesMessage.SEVERITY_ERROR, "classification.refused", e.errors().size());
        }
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
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
