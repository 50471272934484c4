package se.kunskapsnav.visits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.geography.County;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.reach.ReachService;
import se.kunskapsnav.reach.ReachTables;
import se.kunskapsnav.visits.CountedActivityService;
import se.kunskapsnav.visits.MunicipalVisit;
import se.kunskapsnav.visits.MunicipalityParticipation;
import se.kunskapsnav.visits.VisitService;
import se.kunskapsnav.visits.VisitedOrganisation;

import java.util.List;
import java.util.Map;

/**
 * {@code /kommuner/{kod}}: one municipality, the county's visits to it (and its city districts) and the
 * count-only activities people from it took part in, with attendance as the follow-up reports show it to the
 * viewer.
 */
@Named
@RequestScoped
public class MunicipalityPage {

    @Inject
    GeographyService geography;

    @Inject
    VisitService visits;

    @Inject
    CountedActivityService activities;

    @Inject
    ReachService reach;

    private String code;
    private Municipality municipality;
    private County county;
    private List<MunicipalVisit> visitRows;
    private Map<Long, VisitedOrganisation> organisations;
    private List<MunicipalityParticipation> activityRows;

    /** View action: finds the municipality or answers 404. */
    public void load() {
        municipality = code == null ? null : geography.municipality(code).orElse(null);
        if (municipality == null) {
            Faces.sendError(404);
            return;
        }
        county = geography.county(municipality.getCountyCode()).map(c -> c.county()).orElseThrow();
        visitRows = visits.visitsOfMunicipality(municipality.getCode());
        organisations = visits.organisationsOf(visitRows);
        activityRows = activities.activitiesOfMunicipality(municipality.getCode());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public County getCounty() {
        return county;
    }

    public List<MunicipalVisit> getVisits() {
        return visitRows;
    }

    public List<MunicipalityParticipation> getActivities() {
        return activityRows;
    }

    public VisitedOrganisation organisation(MunicipalVisit visit) {
        return organisations.get(visit.getOrganisationId());
    }

    /** A visit's attendance as the viewer may see it: exact for the county's editors, else as reports publish it. */
    public String visitAttendance(MunicipalVisit visit) {
        return ReachTables.count(reach.visitAttendance(visit.getId(), visit.getCountyCode(),
                visit.getTotalAttendees()));
    }

    /** How many came from this municipality to an activity, likewise. */
    public String activityAttendance(MunicipalityParticipation row) {
        return ReachTables.count(reach.activityAttendance(row.activity().getId(), row.activity().getCountyCode(),
                municipality.getCode(), row.attendees()));
    }
}
