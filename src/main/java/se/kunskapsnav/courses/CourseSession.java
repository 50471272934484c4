package se.kunskapsnav.courses;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

/** One meeting of a course: when, and where or at which link. */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "address", length = 300)
    private String address;

    @Column(name = "online_url", length = 500)
    private String onlineUrl;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected CourseSession() {
    }

    CourseSession(Course course, int position) {
        this.course = course;
        this.position = position;
    }

    void apply(SessionInput input, TimeSpan times) {
        startsAt = times.start();
        endsAt = times.end();
        place = input.place();
        address = input.address();
        onlineUrl = input.onlineUrl();
    }

    void reminded(Instant at) {
        remindedAt = at;
    }

    public SessionInput toInput() {
        return new SessionInput(SwedishTime.local(startsAt), SwedishTime.local(endsAt), place, address, onlineUrl);
    }

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
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

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZonedDateTime getStart() {
        return SwedishTime.zoned(startsAt);
    }

    public ZonedDateTime getEnd() {
        return SwedishTime.zoned(endsAt);
    }

    public String getPlace() {
        return place;
    }

    public String getAddress() {
        return address;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
