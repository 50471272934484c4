package se.kunskapsnav.reach.api;

import jakarta.json.bind.annotation.JsonbNillable;
import se.kunskapsnav.reach.Coverage;
import se.kunskapsnav.reach.Denominator;
import se.kunskapsnav.reach.Dimension;
import se.kunskapsnav.reach.Figure;
import se.kunskapsnav.reach.ReachOptions;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.ReachTables;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reach API answers. A count of people is a {@link CountDto}: {@code {"value": 12, "hidden": false}},
 * or {@code {"value": null, "hidden": true}} when it is 1–4 and the caller may not see it exactly (the page
 * says "färre än 5"). Counts of places and activities are plain numbers: they never point out a person.
 * {@code @JsonbNillable} on the type makes Yasson write null values of it, and null properties of its type
 * ({@code "registered": null} for an activity that is not a course), instead of leaving them out.
 */
public final class ReachDtos {

    private ReachDtos() {
    }

    /** A count of people; {@code value} is null exactly when {@code hidden} is true. */
    @JsonbNillable
    public record CountDto(Long value, boolean hidden) {

        static CountDto of(Figure figure) {
            return figure == null ? null : new CountDto(figure.shown(), figure.hidden());
        }
    }

    /** What the report covers: county codes (empty for the whole country), the period and the narrowing. */
    public record QueryDto(List<String> counties, LocalDate from, LocalDate to, List<String> kinds,
                           List<String> themes, List<String> professions, List<String> series) {
    }

    public record RowDto(String key, String label, CountDto persons, CountDto participations, Long municipalities,
                         Long organisations) {
    }

    public record ActivityDto(String key, String title, String kind, LocalDate heldOn, String county,
                              CountDto registered, CountDto participants, long municipalities) {
    }

    public record ShareDto(long denominatorId, String county, int year, String label, long total, CountDto reached,
                           Integer percent) {
    }

    /** A group's or band's municipalities: reached, in it (in the report's scope), and the percent reached. */
    public record CoverageRowDto(String key, String label, long reached, long total, Integer percent) {
    }

    /**
     * Coverage by SKR group and population band. {@code groupYear} is the year of the groups used (the report's
     * year or the nearest earlier one imported), null when none was imported; {@code groupNotice} says it in
     * Swedish. Likewise for populations. Nullable, so that a missing year is written as null.
     */
    @JsonbNillable
    public record CoverageDto(int reportYear, Integer groupYear, String groupNotice, List<CoverageRowDto> groups,
                              Integer populationYear, String populationNotice, List<CoverageRowDto> bands) {

        static CoverageDto of(Coverage c) {
            return new CoverageDto(c.reportYear(), c.groupYear(), c.groupNotice(), rows(c.groups()),
                    c.populationYear(), c.populationNotice(), rows(c.bands()));
        }

        private static List<CoverageRowDto> rows(List<Coverage.Row> rows) {
            return rows.stream().map(r -> new CoverageRowDto(r.key(), r.label(), r.reached(), r.total(), r.percent()))
                    .toList();
        }
    }

    public record ReportDto(QueryDto query, boolean exact, String scope, String period, String sentence,
                            CountDto persons, CountDto participations, long activities, long municipalitiesReached,
                            long municipalitiesInScope, long scopeMunicipalitiesReached, Integer municipalityShare,
                            long regionsReached, long organisationsReached, long otherOrganisations,
                            CountDto registered, CountDto attended, CountDto enrolled, CountDto completed,
                            Map<String, List<RowDto>> breakdowns, List<ActivityDto> activityRows,
                            List<ShareDto> shares, CoverageDto coverage, long pendingChanges) {

        /** {@code pendingChanges}: recorded changes the figures do not hold yet (0 once they are current). */
        static ReportDto of(ReachReport r, long pendingChanges) {
            var q = r.query();
            QueryDto query = new QueryDto(q.counties().stream().sorted().toList(), q.from(), q.to(),
                    q.kinds().stream().sorted().toList(), q.themes().stream().sorted().toList(),
                    q.professions().stream().sorted().toList(), q.series().stream().sorted().toList());
            Map<String, List<RowDto>> breakdowns = new LinkedHashMap<>();
            for (Dimension dimension : ReachTables.BREAKDOWNS) {
                boolean places = ReachTables.countsMunicipalities(dimension);
                boolean organisations = dimension == Dimension.ORGANISATION_TYPE;
                breakdowns.put(dimension.name(), r.rows(dimension).stream()
                        .map(row -> new RowDto(row.key(), row.label(), CountDto.of(row.persons()),
                                CountDto.of(row.participations()), places ? row.municipalities() : null,
                                organisations ? row.organisations() : null))
                        .toList());
            }
            return new ReportDto(query, r.exact(), r.scope(), r.period(), r.sentence(), CountDto.of(r.persons()),
                    CountDto.of(r.participations()), r.activities(), r.municipalitiesReached(),
                    r.municipalitiesInScope(), r.scopeMunicipalitiesReached(), r.municipalityShare(),
                    r.regionsReached(), r.organisationsReached(), r.otherOrganisations(), CountDto.of(r.registered()),
                    CountDto.of(r.attended()), CountDto.of(r.enrolled()), CountDto.of(r.completed()), breakdowns,
                    r.activityRows().stream().map(a -> new ActivityDto(a.key(), a.title(), a.kind(), a.heldOn(),
                            a.county(), CountDto.of(a.registered()), CountDto.of(a.participants()),
                            a.municipalities())).toList(),
                    r.shares().stream().map(s -> new ShareDto(s.denominatorId(), s.county(), s.year(), s.label(),
                            s.total(), CountDto.of(s.reached()), s.percent())).toList(),
                    CoverageDto.of(r.coverage()), pendingChanges);
        }
    }

    /** One choice of a form: its code and name. */
    public record OptionDto(String code, String name) {
    }

    public record OptionsDto(List<OptionDto> counties, List<OptionDto> kinds, List<OptionDto> themes,
                             List<OptionDto> professions, List<OptionDto> series) {

        static OptionsDto of(ReachOptions options) {
            return new OptionsDto(list(options.counties()), list(options.kinds()), list(options.themes()),
                    list(options.professions()), list(options.series()));
        }

        private static List<OptionDto> list(Map<String, String> names) {
            return names.entrySet().stream().map(e -> new OptionDto(e.getKey(), e.getValue())).toList();
        }
    }

    public record DenominatorDto(long id, String county, int year, String label, String organisationType,
                                 String profession, long total) {

        static DenominatorDto of(Denominator d) {
            return new DenominatorDto(d.id(), d.countyCode(), d.year(), d.label(), d.organisationType(),
                    d.professionCode(), d.total());
        }
    }

    /** A stored total to save: {@code county} by code or letters, {@code organisationType} and/or {@code profession}. */
    public record DenominatorRequest(String county, Integer year, String label, String organisationType,
                                     String profession, Integer total) {
    }
}
