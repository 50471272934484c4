package se.kunskapsnav.courses;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A training, conference or other course a county (with any co-organisers) offers. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "summary", nullable = false, length = 500)
    private String summary;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "kind_code", nullable = false, length = 64)
    private String kindCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 16)
    private CourseLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    private CourseFormat format;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "registration_opens_at", nullable = false)
    private Instant registrationOpensAt;

    @Column(name = "registration_closes_at", nullable = false)
    private Instant registrationClosesAt;

    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "follows_up_course_id")
    private Long followsUpCourseId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "recurs_yearly", nullable = false)
    private boolean recursYearly;

    /** Seats reserved per municipality (per county for a national course), or null ({@link SeatQuota}). */
    @Column(name = "seat_quota")
    private Integer seatQuota;

    /** The last Swedish date the seats are reserved. */
    @Column(name = "seat_quota_until")
    private LocalDate seatQuotaUntil;

    /** Set once the unused reserved seats went to the waiting list after {@link #seatQuotaUntil}. */
    @Column(name = "seat_quota_released", nullable = false)
    private boolean seatQuotaReleased;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The Swedish date of the first session, for reach by date. */
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "revision", nullable = false)
    private long revision;

    @ElementCollection
    @CollectionTable(name = "course_co_organiser", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "county_code")
    private Set<String> coOrganisers = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_profession", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "profession_code")
    private Set<String> professions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_sector", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "sector_code")
    private Set<String> sectors = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_theme", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "course_target_group", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "target_group_code")
    private Set<String> targetGroups = new LinkedHashSet<>();

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CourseSession> sessions = new ArrayList<>();

    protected Course() {
    }

    Course(Instant createdAt) {
        this.createdAt = createdAt;
        this.status = CourseStatus.DRAFT;
    }

    /**
     * Takes over a checked input. Sessions are matched by position, so a session keeps its id (and its
     * attendance) when its time or place changes.
     */
    void apply(ValidCourse valid, Instant now) {
        CourseInput input = valid.input();
        title = input.title();
        summary = input.summary();
        description = input.description();
        kindCode = input.kindCode();
        countyCode = input.countyCode();
        level = input.level();
        format = input.format();
        capacity = input.capacity();
        registrationOpensAt = valid.registrationOpens();
        registrationClosesAt = valid.registrationCloses();
        requiresApproval = input.requiresApproval();
        contactName = input.contactName();
        contactEmail = input.contactEmail();
        followsUpCourseId = input.followsUpCourseId();
        recursYearly = input.recursYearly();
        seriesId = input.seriesId();
        if (!Objects.equals(seatQuotaUntil, input.seatQuotaUntil())) {
            seatQuotaReleased = false;
        }
        seatQuota = input.seatQuota();
        seatQuotaUntil = input.seatQuotaUntil();
        replace(coOrganisers, input.coOrganisers());
        replace(professions, input.professions());
        replace(sectors, input.sectors());
        replace(themes, input.themes());
        replace(targetGroups, input.targetGroups());
        while (sessions.size() > input.sessions().size()) {
            sessions.removeLast();
        }
        for (int i = 0; i < input.sessions().size(); i++) {
            if (i == sessions.size()) {
                sessions.add(new CourseSession(this, i));
            }
            sessions.get(i).schedule(input.sessions().get(i), valid.sessionTimes().get(i));
        }
        startsAt = valid.firstStart();
        startsOn = SwedishTime.zoned(startsAt).toLocalDate();
        endsAt = valid.lastEnd();
        updatedAt = now;
    }

    private static void replace(Set<String> target, List<String> codes) {
        target.retainAll(codes);
        target.addAll(codes);
    }

    /** The unused reserved seats went to the waiting list. */
    void quotaReleased() {
        seatQuotaReleased = true;
    }

    /** Whether seats are reserved per municipality or county on the Swedish date {@code today}. */
    public boolean hasSeatQuotaOn(LocalDate today) {
        return SeatQuota.isActive(seatQuota, seatQuotaUntil, today);
    }

    void changeStatus(CourseStatus newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    /** The sessions whose attendance can be marked at {@code now}: those that have begun. */
    public List<CourseSession> sessionsStartedBy(Instant now) {
        return sessions.stream().filter(session -> session.hasStarted(now)).toList();
    }

    /** The input that would recreate this course, for the edit form and for copying. */
    public CourseInput toInput() {
        return new CourseInput(title, summary, description, kindCode, countyCode, List.copyOf(coOrganisers), level,
                format, List.copyOf(professions), List.copyOf(sectors), List.copyOf(themes),
                List.copyOf(targetGroups), sessions.stream().map(CourseSession::toInput).toList(), capacity,
                SwedishTime.local(registrationOpensAt), SwedishTime.local(registrationClosesAt), requiresApproval,
                contactName, contactEmail, followsUpCourseId, recursYearly, seriesId, seatQuota, seatQuotaUntil);
    }

    /** The organising county and the co-organisers: editors of any of them may change the course. */
    public Set<String> owningCounties() {
        Set<String> owners = new LinkedHashSet<>();
        owners.add(countyCode);
        owners.addAll(coOrganisers);
        return owners;
    }

    public boolean isRegistrationOpen(Instant now) {
        return status == CourseStatus.PUBLISHED && !now.isBefore(registrationOpensAt)
                && now.isBefore(registrationClosesAt);
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getKindCode() {
        return kindCode;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public int getCapacity() {
        return capacity;
    }

    public Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public ZonedDateTime getRegistrationOpens() {
        return SwedishTime.zoned(registrationOpensAt);
    }

    public ZonedDateTime getRegistrationCloses() {
        return SwedishTime.zoned(registrationClosesAt);
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public Long getFollowsUpCourseId() {
        return followsUpCourseId;
    }

    /** The course series this course is a run of, or null. */
    public Long getSeriesId() {
        return seriesId;
    }

    public boolean isRecursYearly() {
        return recursYearly;
    }

    public Integer getSeatQuota() {
        return seatQuota;
    }

    public LocalDate getSeatQuotaUntil() {
        return seatQuotaUntil;
    }

    public boolean isSeatQuotaReleased() {
        return seatQuotaReleased;
    }

    public CourseStatus getStatus() {
        return status;
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

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Raised by every change; a save names the revision it was made from ({@code platform.Revisions}). */
    public long getRevision() {
        return revision;
    }

    public Set<String> getCoOrganisers() {
        return Set.copyOf(coOrganisers);
    }

    public Set<String> getProfessions() {
        return Set.copyOf(professions);
    }

    public Set<String> getSectors() {
        return Set.copyOf(sectors);
    }

    public Set<String> getThemes() {
        return Set.copyOf(themes);
    }

    public Set<String> getTargetGroups() {
        return Set.copyOf(targetGroups);
    }

    public List<CourseSession> getSessions() {
        return List.copyOf(sessions);
    }
}
