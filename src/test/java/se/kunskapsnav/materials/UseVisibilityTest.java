package se.kunskapsnav.materials;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.courses.CourseStatus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UseVisibilityTest {

    @Test
    void aDraftCourseIsShownOnlyToItsEditorsAndEveryOtherCourseToAll() {
        assertFalse(UseVisibility.showsCourse(CourseStatus.DRAFT, false));
        assertTrue(UseVisibility.showsCourse(CourseStatus.DRAFT, true));
        for (CourseStatus status : new CourseStatus[] {CourseStatus.PUBLISHED, CourseStatus.COMPLETED,
                CourseStatus.CANCELLED}) {
            assertTrue(UseVisibility.showsCourse(status, false), status.name());
            assertTrue(UseVisibility.showsCourse(status, true), status.name());
        }
    }
}
