package se.kunskapsnav.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.Years;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recording municipal visits and reading them: a county's visits of a year, a municipality's visits. Every
 * change is checked by {@link VisitRules}, guarded by the county tenancy guard, logged in the change log and
 * the audit log. Which fields a reader may see is the callers' business ({@link #mayEdit}).
 */
@ApplicationScoped
public class VisitService {

    static final String ENTITY = "municipal_visit";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    DirectoryService directory;

    @Inject
    CourseService courses;

    // ---- reading

    /** A visit; its existence is public. */
    public MunicipalVisit visit(long id) {
        return NotFoundException.requireFound(em.find(MunicipalVisit.class, id), "municipal visit " + id);
    }

    /** Whether the current person may change the visit and see its notes, staff, attendees and follow-ups. */
    public boolean mayEdit(MunicipalVisit visit) {
        return guard.scope().mayEdit(visit.getCountyCode());
    }

    public boolean mayEdit(String countyCode) {
        return guard.scope().mayEdit(countyCode);
    }

    /** A county's visits in a year (every county's when {@code countyCode} is null), newest first. */
    public List<MunicipalVisit> visitsOfCounty(String countyCode, int year) {
        return em.createQuery("""
                        select v from MunicipalVisit v
                        where (:county is null or v.countyCode = :county) and v.visitedOn >= :from and v.visitedOn <= :to
                        order by v.visitedOn desc, v.id desc""", MunicipalVisit.class)
                .setParameter("county", countyCode)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                // what a list row shows: one query per collection, not one per visit
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "v.themes")
                .setHint("eclipselink.batch", "v.counts")
                .getResultList();
    }

    /** Every visit to a municipality or one of its city districts, newest first. */
    public List<MunicipalVisit> visitsOfMunicipality(String municipalityCode) {
        return visitsOfMunicipality(municipalityCode, Years.FIRST_DAY, Years.LAST_DAY);
    }

    /** The visits of one year to a municipality or one of its city districts, newest first. */
    public List<MunicipalVisit> visitsOfMunicipality(String municipalityCode, int year) {
        return visitsOfMunicipality(municipalityCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private List<MunicipalVisit> visitsOfMunicipality(String municipalityCode, LocalDate from, LocalDate to) {
        return em.createQuery("""
                        select v from MunicipalVisit v
                        where exists (select o from Organisation o
                                      where o.id = v.organisationId and o.municipalityCode = :code)
                          and v.visitedOn >= :from and v.visitedOn <= :to
                        order by v.visitedOn desc, v.id desc""", MunicipalVisit.class)
                .setParameter("code", municipalityCode)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The organisations a visit of these counties can go to: municipalities, city districts and regions. */
    public List<VisitedOrganisation> visitableOrganisations(Collection<String> countyCodes) {
        return countyCodes.stream().sorted()
                .flatMap(county -> directory.organisations(county).stream())
                .map(VisitedOrganisation::of)
                .filter(VisitedOrganisation::isVisitable)
                .sorted(Comparator.comparing(VisitedOrganisation::countyCode)
                        .thenComparing(o -> o.type().ordinal()).thenComparing(VisitedOrganisation::name))
                .toList();
    }

    /** The visited organisations of some visits, by id. */
    public Map<Long, VisitedOrganisation> organisationsOf(Collection<MunicipalVisit> visits) {
        Map<Long, VisitedOrganisation> organisations = new LinkedHashMap<>();
        directory.organisationsById(visits.stream().map(MunicipalVisit::getOrganisationId).distinct().toList())
                .forEach(o -> organisations.put(o.getId(), VisitedOrganisation.of(o)));
        return organisations;
    }

    // ---- changing

    @Transactional
    public MunicipalVisit create(VisitInput input) {
        VisitedOrganisation organisation = organisation(input.organisationId());
        requireMayEditCountyOf(organisation);
        VisitInput valid = VisitRules.check(input, courses.knownCodes(), organisation);
        MunicipalVisit visit = new MunicipalVisit(clock.instant());
        visit.apply(valid, organisation.countyCode(), clock.instant());
        em.persist(visit);
        em.flush();
        logged(visit, organisation, ChangeOperation.CREATE, "CREATE");
        return visit;
    }

    /** Replaces every fact of the visit, its rows included. */
    @Transactional
    public MunicipalVisit update(long id, VisitInput input) {
        MunicipalVisit visit = lockedForEditing(id);
        VisitedOrganisation organisation = organisation(input.organisationId());
        requireMayEditCountyOf(organisation);
        VisitInput valid = VisitRules.check(input, courses.knownCodes(), organisation);
        visit.clearRows();
        em.flush();
        visit.apply(valid, organisation.countyCode(), clock.instant());
        logged(visit, organisation, ChangeOperation.UPDATE, "UPDATE");
        return visit;
    }

    @Transactional
    public void delete(long id) {
        MunicipalVisit visit = lockedForEditing(id);
        VisitedOrganisation organisation = organisation(visit.getOrganisationId());
        em.remove(visit);
        logged(visit, organisation, ChangeOperation.DELETE, "DELETE");
    }

    /** Deletes the visit's notes and named attendees once they are no longer needed; the counts stay. */
    @Transactional
    public MunicipalVisit forgetPersonalData(long id) {
        MunicipalVisit visit = lockedForEditing(id);
        visit.forgetPersonalData(clock.instant());
        logged(visit, organisation(visit.getOrganisationId()), ChangeOperation.UPDATE, "ERASE_PERSONAL_DATA");
        return visit;
    }

    private MunicipalVisit lockedForEditing(long id) {
        MunicipalVisit visit = NotFoundException.requireFound(
                em.find(MunicipalVisit.class, id, LockModeType.PESSIMISTIC_WRITE), "municipal visit " + id);
        guard.requireMayEdit(visit.getCountyCode());
        return visit;
    }

    /** The guard first, whenever the organisation names a county; an unknown one is a field error. */
    private void requireMayEditCountyOf(VisitedOrganisation organisation) {
        if (organisation != null && organisation.countyCode() != null) {
            guard.requireMayEdit(organisation.countyCode());
        }
    }

    private VisitedOrganisation organisation(Long id) {
        return id == null ? null : directory.organisation(id).map(VisitedOrganisation::of).orElse(null);
    }

    private void logged(MunicipalVisit visit, VisitedOrganisation organisation, ChangeOperation operation,
                        String action) {
        changeLog.record(ENTITY, visit.getId().toString(), operation);
        audit.record(ENTITY, visit.getId(), action, visit.getCountyCode(),
                (organisation == null ? "" : organisation.name() + ", ") + visit.getVisitedOn());
    }

    /**
     * The organisation a visit goes to as a request names it: its id, or a municipality code, which means the
     * municipality's own organisation (made from reference data). An unknown municipality is a field error.
     */
    public Long visitedOrganisationId(Long organisationId, String municipalityCode) {
        if (organisationId != null || municipalityCode == null || municipalityCode.isBlank()) {
            return organisationId;
        }
        return directory.municipalityOrganisation(municipalityCode.strip()).map(Organisation::getId)
                .orElseThrow(() -> InvalidInputException.of("municipalityCode", "participation.unknownMunicipality"));
    }
}
