package se.kunskapsnav.courses;

/** A course and how its seats stand. */
public record CourseSeats(Course course, Seats seats) {

    // Jakarta EL 5 reads bean getters, not record accessors.

    public Course getCourse() {
        return course;
    }

    public Seats getSeats() {
        return seats;
    }
}
