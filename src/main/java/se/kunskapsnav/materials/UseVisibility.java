package se.kunskapsnav.materials;

import se.kunskapsnav.courses.CourseStatus;

/**
 * Which of the courses a material is used in the caller is shown: all but drafts, which only their editors see
 * (as the course page itself). Network meetings follow their network's rule for its members' parts
 * ({@code NetworkService.maySeeMemberParts}), since that a meeting used a material tells what it was about;
 * {@link MaterialLinks} applies both.
 */
public final class UseVisibility {

    private UseVisibility() {
    }

    public static boolean showsCourse(CourseStatus status, boolean editsCourse) {
        return status != CourseStatus.DRAFT || editsCourse;
    }
}
