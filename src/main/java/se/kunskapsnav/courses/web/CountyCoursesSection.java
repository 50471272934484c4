package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.CourseSeats;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.geography.County;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.web.Faces;

import java.util.List;

/**
 * The county page's section on the county's next courses. It lives here, not in geography, so geography does
 * not depend on courses: the county page includes it and it reads the page's own {@code kod} parameter.
 */
@Named
@RequestScoped
public class CountyCoursesSection {

    /** How many upcoming courses the county page lists before linking to the catalogue. */
    static final int UPCOMING_COURSES = 10;

    @Inject
    CourseService courses;

    @Inject
    GeographyService geography;

    private County county;
    private List<CourseSeats> upcoming;

    private void load() {
        if (upcoming != null) {
            return;
        }
        county = geography.county(Faces.request().getParameter("kod")).map(CountySummary::county)
                .orElse(null);
        upcoming = county == null ? List.of() : courses.upcomingInCounty(county.getCode(), UPCOMING_COURSES);
    }

    public County getCounty() {
        load();
        return county;
    }

    public List<CourseSeats> getUpcoming() {
        load();
        return upcoming;
    }
}
