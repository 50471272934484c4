package se.kunskapsnav.networks.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.ScheduledSession;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Profession;
import se.kunskapsnav.directory.Sector;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names for the codes a network carries (counties, professions, sectors, themes) and meeting times in
 * Swedish, read once per request, for every network page and form.
 */
@Named
@RequestScoped
public class NetworkLabels {

    @Inject
    CourseService courses;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    DirectoryService directory;

    private Map<String, String> counties;
    private Map<String, String> themes;
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

    public List<SelectItem> getCountyOptions() {
        return options(counties());
    }

    public List<SelectItem> getThemeOptions() {
        return options(themes());
    }

    public List<SelectItem> getProfessionOptions() {
        return options(professions());
    }

    public List<SelectItem> getSectorOptions() {
        return options(sectors());
    }

    private static List<SelectItem> options(Map<String, String> names) {
        return names.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    public String countyName(String code) {
        return counties().getOrDefault(code, code);
    }

    /** The owning county first, then the co-owners by name. */
    public String owners(Network network) {
        return network.owningCounties().stream().map(this::countyName).collect(Collectors.joining(", "));
    }

    public String professionsOf(Network network) {
        return names(network.getProfessions(), professions());
    }

    public String sectorsOf(Network network) {
        return names(network.getSectors(), sectors());
    }

    public String themesOf(Network network) {
        return names(network.getThemes(), themes());
    }

    public String professionName(String code) {
        return professions().getOrDefault(code, code);
    }

    public String sectorName(String code) {
        return sectors().getOrDefault(code, code);
    }

    private static String names(Collection<String> codes, Map<String, String> names) {
        return names.entrySet().stream().filter(e -> codes.contains(e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining(", "));
    }

    /** "tisdag 3 mars 2026 kl. 09.00–16.00". */
    public String when(ScheduledSession meeting) {
        return SwedishTime.describe(meeting.getStartsAt(), meeting.getEndsAt());
    }

    /** "3 mars 2026". */
    public String date(Instant instant) {
        return SwedishTime.date(instant);
    }

    /** A file's size for people: "812 byte", "34 kB", "1,2 MB". */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return Messages.get("networks.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.get("networks.size.kilobytes", Math.round(bytes / 1024.0));
        }
        return Messages.get("networks.size.megabytes", bytes / (1024.0 * 1024.0));
    }

    /** "3 mars 2026 kl. 09.00". */
    public String dateTime(Instant instant) {
        return SwedishTime.dateTime(instant);
    }
}
