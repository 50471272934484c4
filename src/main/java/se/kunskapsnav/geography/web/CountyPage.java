package se.kunskapsnav.geography.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.platform.web.Faces;

import java.util.List;

/**
 * {@code /lan/{kod}}: one county with its region and municipalities. The sections other features own (next
 * courses, visits and activities) are their own includes with their own beans, so geography depends on none.
 */
@Named
@RequestScoped
public class CountyPage {

    @Inject
    GeographyService geography;

    private String code;
    private CountySummary summary;
    private List<Municipality> municipalities;

    /** View action: finds the county or answers 404. */
    public void load() {
        summary = geography.county(code).orElse(null);
        if (summary == null) {
            Faces.sendError(404);
            return;
        }
        municipalities = geography.municipalities(summary.county());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CountySummary getSummary() {
        return summary;
    }

    public List<Municipality> getMunicipalities() {
        return municipalities;
    }
}
