package se.kunskapsnav.courses.web;

import se.kunskapsnav.platform.NotFoundException;

/** Course ids as they come in a URL: anything but a number names no course. */
final class CourseIds {

    private CourseIds() {
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("course " + id);
        }
    }
}
