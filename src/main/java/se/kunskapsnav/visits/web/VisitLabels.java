package se.kunskapsnav.visits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.Dates;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.visits.CountedActivity;
import se.kunskapsnav.visits.VisitKind;
import se.kunskapsnav.visits.VisitedOrganisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Names for the codes visits and activities carry, options for their forms, dates in Swedish. */
@Named
@RequestScoped
public class VisitLabels {

    static final int FIRST_YEAR = 2015;

    /** The vocabularies' names, read once per request for every page. */
    @Inject
    Vocabularies vocabularies;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    @Inject
    Clock clock;

    private final Map<Long, String> organisations = new LinkedHashMap<>();

    // ---- options

    public List<SelectItem> getVisitKindOptions() {
        return Arrays.stream(VisitKind.values()).map(k -> new SelectItem(k.name(), Messages.get(k.messageKey())))
                .toList();
    }

    /** Municipalities grouped by county, for participation rows. */
    public List<SelectItem> getMunicipalityOptions() {
        List<SelectItem> groups = new ArrayList<>();
        for (CountySummary county : geography.counties()) {
            SelectItemGroup group = new SelectItemGroup(county.county().getName());
            group.setSelectItems(geography.municipalities(county.county()).stream()
                    .map(m -> new SelectItem(m.getCode(), m.getName() + " (" + m.getCode() + ")"))
                    .toArray(SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }

    /** The year a page was asked for ({@code ar}) if it lies from {@value #FIRST_YEAR} to next year, else this year. */
    static int yearAsked(String asked, LocalDate today) {
        if (asked != null && asked.matches("\\d{4}")) {
            int year = Integer.parseInt(asked);
            if (year >= FIRST_YEAR && year <= today.getYear() + 1) {
                return year;
            }
        }
        return today.getYear();
    }

    /** This year and the next, then back to {@value #FIRST_YEAR}. */
    public List<Integer> getYears() {
        int next = LocalDate.now(clock).getYear() + 1;
        return IntStream.iterate(next, y -> y >= FIRST_YEAR, y -> y - 1).boxed().toList();
    }

    // ---- one row

    public String kind(VisitKind kind) {
        return kind == null ? "" : Messages.get(kind.messageKey());
    }

    public String themesOf(Collection<String> codes) {
        return Vocabularies.names(codes, vocabularies.themes());
    }

    public String kindName(String code) {
        return vocabularies.kinds().getOrDefault(code, code);
    }

    public String professionName(String code) {
        return code == null ? "" : vocabularies.professions().getOrDefault(code, code);
    }

    public String countyName(String code) {
        return vocabularies.counties().getOrDefault(code, code);
    }
    public String organisationName(Long id) {
        if (id == null) {
            return "";
        }
        return organisations.computeIfAbsent(id, key -> directory.organisation(key).map(Organisation::getName)
                .orElse(String.valueOf(key)));
    }

    /** "Solna (kommun)". */
    public String organisationLabel(VisitedOrganisation organisation) {
        return organisation.name() + " (" + Messages.get(organisation.type().messageKey()).toLowerCase() + ")";
    }

    public String date(LocalDate date) {
        return Dates.swedish(date);
    }

    public String when(CountedActivity activity) {
        return Dates.span(activity.getStartsOn(), activity.getEndsOn());
    }
}
