package se.kunskapsnav.visits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.visits.MunicipalVisit;
import se.kunskapsnav.visits.VisitService;
import se.kunskapsnav.visits.VisitedOrganisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code /admin/kommunbesok}: the visits of one of the editor's counties in a year, newest first. */
@Named
@RequestScoped
public class EditorVisitsPage {

    @Inject
    VisitService visits;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Clock clock;

    private EditorYearAndCounty choice;
    private List<MunicipalVisit> rows;
    private Map<Long, VisitedOrganisation> organisations;

    public EditorYearAndCounty getChoice() {
        if (choice == null) {
            choice = EditorYearAndCounty.of(Faces.request().getParameter("lan"), Faces.request().getParameter("ar"),
                    guard.scope(), vocabularies.counties().keySet(), LocalDate.now(clock));
        }
        return choice;
    }

    public List<MunicipalVisit> getRows() {
        if (rows == null) {
            rows = getChoice().countyCode() == null ? List.of()
                    : visits.visitsOfCounty(getChoice().countyCode(), getChoice().year());
            organisations = visits.organisationsOf(rows);
        }
        return rows;
    }

    public String organisationName(MunicipalVisit visit) {
        getRows();
        VisitedOrganisation organisation = organisations.get(visit.getOrganisationId());
        return organisation == null ? "" : organisation.name();
    }

    public int getTotalAttendees() {
        return getRows().stream().mapToInt(MunicipalVisit::getTotalAttendees).sum();
    }
}
