package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseFormat;
import se.kunskapsnav.courses.CourseLevel;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.CourseSession;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Profession;
import se.kunskapsnav.directory.Sector;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names for the codes a course carries (counties, vocabularies, format, level) and its times in Swedish,
 * read once per request, for every course page and form.
 */
@Named
@RequestScoped
public class CourseLabels {

    @Inject
    CourseService courses;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    DirectoryService directory;

    private Map<String, String> counties;
    private Map<String, String> themes;
    private Map<String, String> targetGroups;
    private Map<String, String> kinds;
    private Map<String, String> professions;
    private Map<String, String> sectors;

    public Map<String, String> counties() {
        if (counties == null) {
            counties = courses.countyNames();
        }
        return counties;
    }

    public Map<String, String> themes() {
        if (themes == null) {
            themes = taxonomy.names(TermSet.THEME);
        }
        return themes;
    }

    public Map<String, String> targetGroups() {
        if (targetGroups == null) {
            targetGroups = taxonomy.names(TermSet.TARGET_GROUP);
        }
        return targetGroups;
    }

    public Map<String, String> kinds() {
        if (kinds == null) {
            kinds = taxonomy.names(TermSet.COURSE_KIND);
        }
        return kinds;
    }

    public Map<String, String> professions() {
        if (professions == null) {
            professions = directory.professions().stream().collect(Collectors.toMap(Profession::getCode,
                    Profession::getName, (a, b) -> a, LinkedHashMap::new));
        }
        return professions;
    }

    public Map<String, String> sectors() {
        if (sectors == null) {
            sectors = directory.sectors().stream().collect(Collectors.toMap(Sector::getCode, Sector::getName,
                    (a, b) -> a, LinkedHashMap::new));
        }
        return sectors;
    }

    // ---- options for lists and checkboxes

    public List<SelectItem> getCountyOptions() {
        return options(counties());
    }

    public List<SelectItem> getThemeOptions() {
        return options(themes());
    }

    public List<SelectItem> getTargetGroupOptions() {
        return options(targetGroups());
    }

    public List<SelectItem> getKindOptions() {
        return options(kinds());
    }

    public List<SelectItem> getProfessionOptions() {
        return options(professions());
    }

    public List<SelectItem> getSectorOptions() {
        return options(sectors());
    }

    public List<SelectItem> getFormatOptions() {
        return Arrays.stream(CourseFormat.values()).map(f -> new SelectItem(f.name(), format(f))).toList();
    }

    public List<SelectItem> getLevelOptions() {
        return Arrays.stream(CourseLevel.values())
                .map(l -> new SelectItem(l.name(), Messages.get("courses.level." + l.name()))).toList();
    }

    private static List<SelectItem> options(Map<String, String> names) {
        return names.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    // ---- one course

    public String countyName(String code) {
        return counties().getOrDefault(code, code);
    }

    public String format(CourseFormat format) {
        return Messages.get("courses.format." + format.name());
    }

    /** The organising county first, then the co-organisers. */
    public String organisers(Course course) {
        return course.owningCounties().stream().map(this::countyName).collect(Collectors.joining(", "));
    }

    public String coOrganisers(Course course) {
        return course.getCoOrganisers().stream().map(this::countyName).sorted().collect(Collectors.joining(", "));
    }

    public String themesOf(Course course) {
        return names(course.getThemes(), themes());
    }

    public String targetGroupsOf(Course course) {
        return names(course.getTargetGroups(), targetGroups());
    }

    public String professionsOf(Course course) {
        return names(course.getProfessions(), professions());
    }

    public String sectorsOf(Course course) {
        return names(course.getSectors(), sectors());
    }

    public String kindOf(Course course) {
        return kinds().getOrDefault(course.getKindCode(), course.getKindCode());
    }

    public String professionName(String code) {
        return professions().getOrDefault(code, code);
    }

    private static String names(Collection<String> codes, Map<String, String> names) {
        return names.entrySet().stream().filter(e -> codes.contains(e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining(", "));
    }

    /** "tisdag 3 mars 2026 kl. 09.00–16.00", or from the first session's start to the last one's end. */
    public String when(Course course) {
        return SwedishTime.describe(course.getStartsAt(), course.getEndsAt());
    }

    public String sessionTime(CourseSession session) {
        return SwedishTime.describe(session.getStartsAt(), session.getEndsAt());
    }

    /** "3 mars 2026 kl. 09.00". */
    public String dateTime(Instant instant) {
        return SwedishTime.dateTime(instant);
    }
}
