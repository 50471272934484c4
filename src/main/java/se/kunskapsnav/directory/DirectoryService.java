package se.kunskapsnav.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.geography.Region;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.TextInput;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Professions, sectors and employer organisations. */
@ApplicationScoped
public class DirectoryService {

    private static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    GeographyService geography;

    @Inject
    Clock clock;

    @Inject
    TenancyGuard guard;

    @Inject
    AuditLog audit;

    public List<Profession> professions() {
        return em.createQuery("select p from Profession p order by p.name", Profession.class).getResultList();
    }

    public List<Sector> sectors() {
        return em.createQuery("select s from Sector s order by s.name", Sector.class).getResultList();
    }

    public Optional<Profession> profession(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Profession.class, c));
    }

    public Optional<Sector> sector(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Sector.class, c));
    }

    public Optional<Organisation> organisation(Long id) {
        return Optional.ofNullable(id).map(i -> em.find(Organisation.class, i));
    }

    /** The organisations with these ids, in one query (those that do not exist are left out). */
    public List<Organisation> organisationsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The organisation of a municipality, made from reference data. */
    public Optional<Organisation> municipalityOrganisation(String municipalityCode) {
        return em.createQuery("select o from Organisation o where o.type = :type and o.municipalityCode = :code",
                        Organisation.class)
                .setParameter("type", OrganisationType.MUNICIPALITY)
                .setParameter("code", municipalityCode)
                .getResultStream().findFirst();
    }

    /** The organisation of a region, made from reference data. */
    public Optional<Organisation> regionOrganisation(String regionCode) {
        return em.createQuery("select o from Organisation o where o.type = :type and o.regionCode = :code",
                        Organisation.class)
                .setParameter("type", OrganisationType.REGION)
                .setParameter("code", regionCode)
                .getResultStream().findFirst();
    }

    /** Active organisations of a county (with the national ones when {@code countyCode} is null), by name. */
    public List<Organisation> organisations(String countyCode) {
        String where = countyCode == null ? "o.countyCode is null" : "o.countyCode = :county";
        var query = em.createQuery("select o from Organisation o where " + where
                + " and o.status = :active order by o.name", Organisation.class)
                .setParameter("active", OrganisationStatus.ACTIVE);
        if (countyCode != null) {
            query.setParameter("county", countyCode);
        }
        return query.getResultList();
    }

    /** Every active organisation of the directory, national ones included, by name. */
    public List<Organisation> activeOrganisations() {
        return em.createQuery("select o from Organisation o where o.status = :active order by o.name, o.id",
                        Organisation.class)
                .setParameter("active", OrganisationStatus.ACTIVE)
                .getResultList();
    }

    /** An organisation named by a person at sign-up; it waits for an editor's review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation addPendingOrganisation(String name, String countyCode) {
        Organisation organisation = new Organisation(OrganisationType.OTHER, name, countyCode, null, null, null,
                OrganisationStatus.PENDING_REVIEW, clock.instant());
        em.persist(organisation);
        em.flush();
        changeLog.record("organisation", organisation.getId().toString(), ChangeOperation.CREATE);
        return organisation;
    }

    /** An editor adds an organisation (NGO, city district, agency) to one of their counties. */
    @Transactional
    public Organisation addOrganisation(OrganisationInput given) {
        OrganisationInput input = normalised(given);
        if (geography.countyCode(input.countyCode()).isPresent()) {
            guard.requireMayEdit(input.countyCode());
        }
        validate(input);
        Organisation organisation = new Organisation(input.type(), input.name().trim(), input.countyCode(),
                input.municipalityCode(), null, input.parentId(), OrganisationStatus.ACTIVE, clock.instant());
        em.persist(organisation);
        em.flush();
        changeLog.record("organisation", organisation.getId().toString(), ChangeOperation.CREATE);
        audit.record("organisation", organisation.getId(), "CREATE", organisation.getCountyCode(),
                organisation.getName());
        return organisation;
    }

    /** An editor of the organisation's county changes it (and approves it if it was pending review). */
    @Transactional
    public Organisation changeOrganisation(long id, OrganisationInput given) {
        OrganisationInput input = normalised(given);
        Organisation organisation = organisation(id)
                .orElseThrow(() -> InvalidInputException.of("id", "validation.unknownOrganisation"));
        guard.requireMayEdit(organisation.getCountyCode());
        if (organisation.getType().isFromReferenceData()) {
            throw InvalidInputException.of("type", "organisation.fromReferenceData");
        }
        validate(input);
        if (!Objects.equals(input.countyCode(), organisation.getCountyCode())) {
            throw InvalidInputException.of("countyCode", "organisation.countyFixed");
        }
        organisation.change(input.type(), input.name().trim(), input.municipalityCode(), input.parentId());
        organisation.approve();
        changeLog.record("organisation", organisation.getId().toString(), ChangeOperation.UPDATE);
        audit.record("organisation", organisation.getId(), "UPDATE", organisation.getCountyCode(),
                organisation.getName());
        return organisation;
    }

    /** The county as its SCB code (letters are accepted too), an empty municipality as none. */
    private OrganisationInput normalised(OrganisationInput input) {
        String county = geography.countyCode(input.countyCode()).orElse(input.countyCode());
        String municipality = input.municipalityCode() == null || input.municipalityCode().isBlank()
                ? null : input.municipalityCode().trim();
        return new OrganisationInput(input.type(), input.name(), county, municipality, input.parentId());
    }

    private void validate(OrganisationInput input) {
        Map<String, String> problems = new LinkedHashMap<>();
        TextInput.required(input.name(), MAX_NAME, "name", problems);
        if (input.type() == null || input.type().isFromReferenceData()) {
            problems.put("type", "organisation.typeNotAllowed");
        }
        if (geography.countyCode(input.countyCode()).isEmpty()) {
            problems.put("countyCode", "validation.unknownCounty");
        }
        if (input.municipalityCode() != null && geography.municipality(input.municipalityCode())
                .filter(m -> m.getCountyCode().equals(input.countyCode())).isEmpty()) {
            problems.put("municipalityCode", "validation.unknownWorkplace");
        }
        if (input.parentId() != null && organisation(input.parentId()).isEmpty()) {
            problems.put("parentId", "validation.unknownOrganisation");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Inserts new and updates changed professions and sectors, logging each change. */
    @Transactional
    public int synchronize(Vocabulary vocabulary) {
        return upsert(Profession.class, "profession", vocabulary.professions(), Profession::new, Profession::apply)
                + upsert(Sector.class, "sector", vocabulary.sectors(), Sector::new, Sector::apply);
    }

    /**
     * Makes sure every municipality and region has its organisation in the directory, named as in the
     * reference data; answers how many were created or renamed.
     */
    @Transactional
    public int ensurePublicOrganisations() {
        Map<String, Organisation> existing = em.createQuery(
                        "select o from Organisation o where o.type in :types", Organisation.class)
                .setParameter("types", List.of(OrganisationType.MUNICIPALITY, OrganisationType.REGION))
                .getResultStream()
                .collect(Collectors.toMap(o -> o.getType() + ":" + o.getReferenceCode(), Function.identity()));
        int changes = 0;
        for (Municipality municipality : geography.allMunicipalities()) {
            changes += ensure(existing.get(OrganisationType.MUNICIPALITY + ":" + municipality.getCode()),
                    () -> new Organisation(OrganisationType.MUNICIPALITY, municipality.getName(),
                            municipality.getCountyCode(), municipality.getCode(), null, null,
                            OrganisationStatus.ACTIVE, clock.instant()),
                    municipality.getName());
        }
        for (Region region : geography.allRegions()) {
            changes += ensure(existing.get(OrganisationType.REGION + ":" + region.getCode()),
                    () -> new Organisation(OrganisationType.REGION, region.getName(), region.getCountyCode(), null,
                            region.getCode(), null, OrganisationStatus.ACTIVE, clock.instant()),
                    region.getName());
        }
        return changes;
    }

    private int ensure(Organisation existing, Supplier<Organisation> create, String name) {
        if (existing == null) {
            Organisation organisation = create.get();
            em.persist(organisation);
            em.flush();
            changeLog.record("organisation", organisation.getId().toString(), ChangeOperation.CREATE);
            return 1;
        }
        if (!existing.getName().equals(name)) {
            existing.rename(name);
            changeLog.record("organisation", existing.getId().toString(), ChangeOperation.UPDATE);
            return 1;
        }
        return 0;
    }

    private <E> int upsert(Class<E> type, String kind, List<VocabularyRow> rows, Function<VocabularyRow, E> create,
                           BiPredicate<E, VocabularyRow> apply) {
        int changes = 0;
        for (VocabularyRow row : rows) {
            E existing = em.find(type, row.code());
            if (existing == null) {
                em.persist(create.apply(row));
                changeLog.record(kind, row.code(), ChangeOperation.CREATE);
                changes++;
            } else if (apply.test(existing, row)) {
                changeLog.record(kind, row.code(), ChangeOperation.UPDATE);
                changes++;
            }
        }
        return changes;
    }
}
