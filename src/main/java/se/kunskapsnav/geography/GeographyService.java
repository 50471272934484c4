package se.kunskapsnav.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeLogCache;
import se.kunskapsnav.platform.ChangeOperation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Counties, regions and municipalities: reading them, and keeping them in line with the reference files. */
@ApplicationScoped
public class GeographyService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    ChangeLogCache cache;

    /**
     * All counties in SCB code order, each with its region and number of municipalities: read again only when the
     * reference data changed (every county page and list shows them). Shared: nobody may change them.
     */
    public List<CountySummary> counties() {
        return cache.get("geography:counties", Set.of("county", "region", "municipality"), this::readCounties);
    }

    private List<CountySummary> readCounties() {
        Map<String, Region> regions = em.createQuery("select r from Region r", Region.class).getResultStream()
                .collect(Collectors.toMap(Region::getCountyCode, Function.identity()));
        Map<String, Long> municipalityCounts = em.createQuery(
                        "select m.countyCode, count(m) from Municipality m group by m.countyCode", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
        return em.createQuery("select c from County c order by c.code", County.class).getResultStream()
                .map(county -> new CountySummary(county, regions.get(county.getCode()),
                        municipalityCounts.getOrDefault(county.getCode(), 0L)))
                .toList();
    }

    /** County code to name, in SCB code order. */
    public Map<String, String> countyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("select c from County c order by c.code", County.class).getResultStream()
                .forEach(county -> names.put(county.getCode(), county.getName()));
        return names;
    }

    /** The county named by its SCB code ("01") or its letters ("AB", any case). */
    public Optional<CountySummary> county(String codeOrLetters) {
        if (codeOrLetters == null) {
            return Optional.empty();
        }
        return counties().stream().filter(summary -> summary.county().isNamedBy(codeOrLetters.trim())).findFirst();
    }

    /** The SCB code of the county named by its code ("01") or letters ("AB", any case). */
    public Optional<String> countyCode(String codeOrLetters) {
        if (codeOrLetters == null || codeOrLetters.isBlank()) {
            return Optional.empty();
        }
        return county(codeOrLetters).map(summary -> summary.county().getCode());
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Municipality.class, c));
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Region.class, c));
    }

    /**
     * A county's municipalities in Swedish alphabetical order, read again only when the reference data changed,
     * as {@link #counties()} (the county page lists them). Shared: nobody may change them.
     */
    public List<Municipality> municipalities(County county) {
        return cache.get("geography:municipalities:" + county.getCode(), Set.of("county", "municipality"),
                () -> List.copyOf(em.createQuery(
                                "select m from Municipality m where m.countyCode = :county order by m.name",
                                Municipality.class)
                        .setParameter("county", county.getCode())
                        .getResultList()));
    }

    /** All regions in code order. */
    public List<Region> allRegions() {
        return em.createQuery("select r from Region r order by r.code", Region.class).getResultList();
    }

    /** All municipalities in code order. */
    public List<Municipality> allMunicipalities() {
        return em.createQuery("select m from Municipality m order by m.code", Municipality.class).getResultList();
    }

    /**
     * Inserts what is new and updates what changed, in one transaction, logging each change. Rows missing
     * from the files are kept: activities will refer to them (municipalities rarely merge).
     */
    @Transactional
    public SyncResult synchronize(ReferenceData data) {
        Counter counter = new Counter();
        upsert(County.class, "county", data.counties(), CountyRow::code, County::new, County::apply, counter);
        upsert(Municipality.class, "municipality", data.municipalities(), MunicipalityRow::code,
                Municipality::new, Municipality::apply, counter);
        upsert(Region.class, "region", data.regions(), RegionRow::code, Region::new, Region::apply, counter);
        return counter.result();
    }

    private <R, E> void upsert(Class<E> type, String kind, List<R> rows, Function<R, String> code,
                               Function<R, E> create, BiPredicate<E, R> apply, Counter counter) {
        for (R row : rows) {
            E existing = em.find(type, code.apply(row));
            if (existing == null) {
                em.persist(create.apply(row));
                counter.inserted(kind, code.apply(row));
            } else if (apply.test(existing, row)) {
                counter.updated(kind, code.apply(row));
            }
        }
    }

    private final class Counter {
        private int inserted;
        private int updated;

        void inserted(String kind, String code) {
            inserted++;
            changeLog.record(kind, code, ChangeOperation.CREATE);
        }

        void updated(String kind, String code) {
            updated++;
            changeLog.record(kind, code, ChangeOperation.UPDATE);
        }

        SyncResult result() {
            return new SyncResult(inserted, updated);
        }
    }
}
