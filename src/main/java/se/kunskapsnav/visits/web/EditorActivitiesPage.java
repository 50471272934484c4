package se.kunskapsnav.visits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.visits.CountedActivity;
import se.kunskapsnav.visits.CountedActivityService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code /admin/aktiviteter}: the count-only activities of one of the editor's counties in a year. */
@Named
@RequestScoped
public class EditorActivitiesPage {

    @Inject
    CountedActivityService activities;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Clock clock;

    private EditorYearAndCounty choice;
    private List<CountedActivity> rows;

    public EditorYearAndCounty getChoice() {
        if (choice == null) {
            choice = EditorYearAndCounty.of(Faces.request().getParameter("lan"), Faces.request().getParameter("ar"),
                    guard.scope(), vocabularies.counties().keySet(), LocalDate.now(clock));
        }
        return choice;
    }

    public List<CountedActivity> getRows() {
        if (rows == null) {
            rows = getChoice().countyCode() == null ? List.of()
                    : activities.activitiesOfCounty(getChoice().countyCode(), getChoice().year());
        }
        return rows;
    }
}
