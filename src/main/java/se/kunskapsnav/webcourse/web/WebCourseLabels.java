package se.kunskapsnav.webcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.directory.OrganisationOptions;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.platform.Dates;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.WebCourseService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Names for what the web course pages show: modules by code, places and organisations of study groups, and
 * dates in Swedish; and the choices of the study group forms.
 */
@Named
@RequestScoped
public class WebCourseLabels {

    @Inject
    WebCourseService webCourse;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    @Inject
    Vocabularies vocabularies;

    public String getCourseTitle() {
        return webCourse.content().title();
    }

    /** "Modul 2: Våldets former", or the code of a module no longer in the course. */
    public String moduleTitle(String code) {
        return webCourse.content().module(code).map(WebCourseLabels::title).orElse(code);
    }

    static String title(CourseModule module) {
        return Messages.get("webcourse.moduleTitle", module.number(), module.title());
    }

    public String organisationName(Long id) {
        return directory.organisation(id).map(Organisation::getName).orElse("");
    }

    public String municipalityName(String code) {
        return code == null ? "" : geography.municipality(code).map(Municipality::getName).orElse(code);
    }

    public String professionName(String code) {
        return vocabularies.professionName(code);
    }

    public String sectorName(String code) {
        return vocabularies.sectors().getOrDefault(code, code);
    }

    /** "3 mars 2026". */
    public String date(LocalDate date) {
        return Dates.swedish(date);
    }

    /** "3 mars 2026 kl. 09.00". */
    public String dateTime(Instant instant) {
        return SwedishTime.dateTime(instant);
    }

    // ---- choices of the study group forms

    /** Every module of the course, for the session plan. */
    public List<SelectItem> getModuleOptions() {
        return webCourse.content().modules().stream().map(m -> new SelectItem(m.code(), title(m))).toList();
    }

    /** The municipalities of a county. */
    public List<SelectItem> municipalityOptions(String countyCode) {
        if (countyCode == null || countyCode.isBlank()) {
            return List.of();
        }
        return geography.county(countyCode).map(summary -> geography.municipalities(summary.county()).stream()
                .map(m -> new SelectItem(m.getCode(), m.getName())).toList()).orElse(List.of());
    }

    /** The active organisations of a county, then the national ones. */
    public List<SelectItem> organisationOptions(String countyCode) {
        List<String> counties = countyCode == null || countyCode.isBlank() ? List.of() : List.of(countyCode);
        return OrganisationOptions.byCounty(counties, vocabularies::countyName, directory);
    }
}
