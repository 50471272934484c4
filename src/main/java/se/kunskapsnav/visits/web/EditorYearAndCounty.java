package se.kunskapsnav.visits.web;

import se.kunskapsnav.platform.CountyScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The county and year an editor's list shows, from the request's {@code lan} and {@code ar}: one of the
 * counties the person edits (the first when none or another is asked for), this year when none is given.
 */
public record EditorYearAndCounty(String countyCode, int year, List<String> counties) {

    static EditorYearAndCounty of(String county, String year, CountyScope scope, Collection<String> allCounties,
                                  LocalDate today) {
        List<String> counties = new ArrayList<>(scope.administrator() ? allCounties
                : scope.editorCounties().stream().sorted().toList());
        String chosen = counties.contains(county) ? county : counties.stream().findFirst().orElse(null);
        return new EditorYearAndCounty(chosen, VisitLabels.yearAsked(year, today), counties);
    }
}
