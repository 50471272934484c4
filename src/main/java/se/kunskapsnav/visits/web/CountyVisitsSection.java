package se.kunskapsnav.visits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.reach.ReachService;
import se.kunskapsnav.reach.ReachTables;
import se.kunskapsnav.visits.CountedActivity;
import se.kunskapsnav.visits.CountedActivityService;
import se.kunskapsnav.visits.MunicipalVisit;
import se.kunskapsnav.visits.VisitService;
import se.kunskapsnav.visits.VisitedOrganisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The county page's section on municipal visits and count-only activities of a year ({@code ?ar=}, this year by
 * default), with their attendance as the follow-up reports show it to the viewer. It lives here, not in geography, so
 * geography does not depend on visits: the county page includes it and it reads the page's own {@code kod} parameter.
 */
@Named
@RequestScoped
public class CountyVisitsSection {

    @Inject
    VisitService visits;

    @Inject
    CountedActivityService activities;

    @Inject
    GeographyService geography;

    @Inject
    ReachService reach;

    @Inject
    Clock clock;

    private String countyCode;
    private int year;
    private List<MunicipalVisit> visitRows;
    private Map<Long, VisitedOrganisation> organisations;
    private List<CountedActivity> activityRows;

    private void load() {
        if (visitRows != null) {
            return;
        }
        countyCode = geography.countyCode(String.valueOf(Faces.request().getParameter("kod"))).orElse(null);
        year = VisitLabels.yearAsked(Faces.request().getParameter("ar"), LocalDate.now(clock));
        visitRows = countyCode == null ? List.of() : visits.visitsOfCounty(countyCode, year);
        organisations = visits.organisationsOf(visitRows);
        activityRows = countyCode == null ? List.of() : activities.activitiesOfCounty(countyCode, year);
    }

    public int getYear() {
        load();
        return year;
    }

    public boolean isHasPreviousYear() {
        return getYear() > VisitLabels.FIRST_YEAR;
    }

    public boolean isHasNextYear() {
        return getYear() <= LocalDate.now(clock).getYear();
    }

    public List<MunicipalVisit> getVisits() {
        load();
        return visitRows;
    }

    public List<CountedActivity> getActivities() {
        load();
        return activityRows;
    }

    public VisitedOrganisation organisation(MunicipalVisit visit) {
        load();
        return organisations.get(visit.getOrganisationId());
    }

    /** A visit's attendance as the viewer may see it: exact for the county's editors, else as reports publish it. */
    public String visitAttendance(MunicipalVisit visit) {
        return ReachTables.count(reach.visitAttendance(visit.getId(), visit.getCountyCode(),
                visit.getTotalAttendees()));
    }

    public String activityAttendance(CountedActivity activity) {
        return ReachTables.count(reach.activityAttendance(activity.getId(), activity.getCountyCode(), null,
                activity.getTotalAttendees()));
    }
}
