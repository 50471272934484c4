package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.CourseSeats;
import se.kunskapsnav.courses.CourseService;

import java.util.List;

/** {@code /admin/kurser}: the courses the editor may change, with status and seats. */
@Named
@RequestScoped
public class EditorCoursesPage {

    @Inject
    CourseService courses;

    private List<CourseSeats> rows;

    public List<CourseSeats> getRows() {
        if (rows == null) {
            rows = courses.editableCourses();
        }
        return rows;
    }
}
