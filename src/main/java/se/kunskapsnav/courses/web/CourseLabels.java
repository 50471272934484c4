package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseFormat;
import se.kunskapsnav.courses.CourseLevel;
import se.kunskapsnav.courses.CourseSession;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a course says in Swedish: its format, level, organisers, vocabularies and times, for the course pages
 * and forms. The names of the shared vocabularies come from {@link Vocabularies}.
 */
@Named
@RequestScoped
public class CourseLabels {

    @Inject
    Vocabularies vocabularies;

    public List<SelectItem> getFormatOptions() {
        return Arrays.stream(CourseFormat.values()).map(f -> new SelectItem(f.name(), format(f))).toList();
    }

    public List<SelectItem> getLevelOptions() {
        return Arrays.stream(CourseLevel.values())
                .map(l -> new SelectItem(l.name(), Messages.get("courses.level." + l.name()))).toList();
    }

    public String format(CourseFormat format) {
        return Messages.get("courses.format." + format.name());
    }

    /** The organising county first, then the co-organisers. */
    public String organisers(Course course) {
        return course.owningCounties().stream().map(vocabularies::countyName).collect(Collectors.joining(", "));
    }

    public String coOrganisers(Course course) {
        return course.getCoOrganisers().stream().map(vocabularies::countyName).sorted()
                .collect(Collectors.joining(", "));
    }

    public String themesOf(Course course) {
        return Vocabularies.names(course.getThemes(), vocabularies.themes());
    }

    public String targetGroupsOf(Course course) {
        return Vocabularies.names(course.getTargetGroups(), vocabularies.targetGroups());
    }

    public String professionsOf(Course course) {
        return Vocabularies.names(course.getProfessions(), vocabularies.professions());
    }

    public String sectorsOf(Course course) {
        return Vocabularies.names(course.getSectors(), vocabularies.sectors());
    }

    public String kindOf(Course course) {
        return vocabularies.kinds().getOrDefault(course.getKindCode(), course.getKindCode());
    }

    /**
     * "tisdag 3 mars 2026 kl. 09.00–16.00"; a course of several sessions lists them ("4 tillfällen: tisdag 2 februari
     * 2026 kl. 09.00–12.00; …"), since one span from the first start to the last end reads as one long session.
     */
    public String when(Course course) {
        List<CourseSession> sessions = course.getSessions();
        if (sessions.size() < 2) {
            return SwedishTime.describe(course.getStartsAt(), course.getEndsAt());
        }
        return Messages.get("courses.list.sessions", sessions.size(),
                sessions.stream().map(this::sessionTime).collect(Collectors.joining("; ")));
    }

    public String sessionTime(CourseSession session) {
        return SwedishTime.describe(session.getStartsAt(), session.getEndsAt());
    }

    /** "3 mars 2026 kl. 09.00". */
    public String dateTime(Instant instant) {
        return SwedishTime.dateTime(instant);
    }
}
