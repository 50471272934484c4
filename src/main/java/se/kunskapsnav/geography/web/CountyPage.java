package se.kunskapsnav.geography.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.CourseSeats;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.platform.web.Faces;

import java.util.List;

/** {@code /lan/{kod}}: one county with its region and municipalities, and its next courses. */
@Named
@RequestScoped
public class CountyPage {

    /** How many upcoming courses the county page lists before linking to the catalogue. */
    static final int UPCOMING_COURSES = 10;

    @Inject
    GeographyService geography;

    @Inject
    CourseService courses;

    private String code;
    private CountySummary summary;
    private List<Municipality> municipalities;
    private List<CourseSeats> upcomingCourses;

    /** View action: finds the county or answers 404. */
    public void load() {
        summary = geography.county(code).orElse(null);
        if (summary == null) {
            Faces.sendError(404);
            return;
        }
        municipalities = geography.municipalities(summary.county());
        upcomingCourses = courses.upcomingInCounty(summary.county().getCode(), UPCOMING_COURSES);
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

    public List<CourseSeats> getUpcomingCourses() {
        return upcomingCourses;
    }
}
