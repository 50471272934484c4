package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One meeting of a course: when, and where or at which link. */
@Entity
@Table(name = "course_session")
public class CourseSession extends ScheduledSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    // lazy: the course is there already when its sessions are read (a list reads them in one query for all its
    // courses, and without a shared cache each session would read its course again)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "position", nullable = false)
    private int position;

    protected CourseSession() {
    }

    CourseSession(Course course, int position) {
        this.course = course;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getPosition() {
        return position;
    }
}
