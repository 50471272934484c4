package se.kunskapsnav.taxonomy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Profession;
import se.kunskapsnav.directory.Sector;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.ChangeLogCache;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names for the codes every feature's pages show and offer (counties, professions, sectors, themes, target
 * groups, activity kinds), read from the database only when the change log says they changed
 * ({@link ChangeLogCache}), and at most once per request. It lives here, not in a {@code web} package, because the
 * pages of many features use it and no feature may use another's {@code web}; taxonomy is the lowest feature
 * that sees all three vocabularies (geography's counties, directory's professions and sectors, its own terms).
 */
@Named
@RequestScoped
public class Vocabularies {

    @Inject
    GeographyService geography;

    @Inject
    DirectoryService directory;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    ChangeLogCache cache;

    private Map<String, String> counties;
    private Map<String, String> themes;
    private Map<String, String> targetGroups;
    private Map<String, String> kinds;
    private Map<String, String> professions;
    private Map<String, String> sectors;

    /** County code to name, in code order. */
    public Map<String, String> counties() {
        if (counties == null) {
            counties = cache.get("vocabulary:county", Set.of("county"), () -> frozen(geography.countyNames()));
        }
        return counties;
    }

    public Map<String, String> themes() {
        if (themes == null) {
            themes = terms(TermSet.THEME);
        }
        return themes;
    }

    public Map<String, String> targetGroups() {
        if (targetGroups == null) {
            targetGroups = terms(TermSet.TARGET_GROUP);
        }
        return targetGroups;
    }

    public Map<String, String> kinds() {
        if (kinds == null) {
            kinds = terms(TermSet.COURSE_KIND);
        }
        return kinds;
    }

    public Map<String, String> professions() {
        if (professions == null) {
            professions = cache.get("vocabulary:profession", Set.of("profession"), () -> frozen(directory.professions()
                    .stream().collect(Collectors.toMap(Profession::getCode, Profession::getName, (a, b) -> a,
                            LinkedHashMap::new))));
        }
        return professions;
    }

    public Map<String, String> sectors() {
        if (sectors == null) {
            sectors = cache.get("vocabulary:sector", Set.of("sector"), () -> frozen(directory.sectors().stream()
                    .collect(Collectors.toMap(Sector::getCode, Sector::getName, (a, b) -> a, LinkedHashMap::new))));
        }
        return sectors;
    }

    private Map<String, String> terms(TermSet vocabulary) {
        return cache.get("vocabulary:" + vocabulary, Set.of("term"), () -> frozen(taxonomy.names(vocabulary)));
    }

    /** Shared by every request until the vocabulary changes: nobody may change it. */
    private static Map<String, String> frozen(Map<String, String> names) {
        return Collections.unmodifiableMap(names);
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

    private static List<SelectItem> options(Map<String, String> names) {
        return names.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    // ---- one code

    public String countyName(String code) {
        return counties().getOrDefault(code, code);
    }

    public String professionName(String code) {
        return professions().getOrDefault(code, code);
    }

    /** The names of the given codes, in the vocabulary's order, joined by commas. */
    public static String names(Collection<String> codes, Map<String, String> names) {
        return names.entrySet().stream().filter(e -> codes.contains(e.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.joining(", "));
    }
}
