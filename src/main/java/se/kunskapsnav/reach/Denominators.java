package se.kunskapsnav.reach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The totals counties store to measure reach against: read by anyone with the report, changed by the county's editors. */
@ApplicationScoped
public class Denominators {

    private static final String COLUMNS = "id, county_code, year, label, organisation_type, profession_code, total";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    /** The totals of the given counties (all for none) in the years from {@code first} to {@code last}. */
    public List<Denominator> within(Set<String> counties, int first, int last) {
        String where = counties.isEmpty() ? "" : " AND county_code IN (" + placeholders(counties.size()) + ")";
        var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM reach_denominator WHERE year BETWEEN ? AND ?"
                + where + " ORDER BY county_code, year, label");
        query.setParameter(1, first);
        query.setParameter(2, last);
        int position = 3;
        for (String county : counties.stream().sorted().toList()) {
            query.setParameter(position++, county);
        }
        return rows(query.getResultList());
    }

    @Transactional
    public Denominator save(long id, String countyCode, Integer year, String label, String organisationType,
                            String professionCode, Integer total) {
        if (id != 0) {
            guard.requireMayEdit(find(id).countyCode());
        }
        Denominator checked = DenominatorRules.check(id, countyCode, year, label, organisationType, professionCode,
                total, codes("SELECT code FROM county"), codes("SELECT code FROM profession"));
        guard.requireMayEdit(checked.countyCode());
        boolean taken = !em.createNativeQuery("SELECT id FROM reach_denominator WHERE county_code = ? AND year = ?"
                        + " AND label = ? AND id <> ?")
                .setParameter(1, checked.countyCode()).setParameter(2, checked.year())
                .setParameter(3, checked.label()).setParameter(4, id).getResultList().isEmpty();
        if (taken) {
            throw InvalidInputException.of("benamning", "reach.denominator.labelTaken");
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (id == 0) {
            em.createNativeQuery("INSERT INTO reach_denominator (county_code, year, label, organisation_type,"
                            + " profession_code, total, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .setParameter(1, checked.countyCode()).setParameter(2, checked.year())
                    .setParameter(3, checked.label()).setParameter(4, checked.organisationType())
                    .setParameter(5, checked.professionCode()).setParameter(6, checked.total())
                    .setParameter(7, now).setParameter(8, guard.currentAccountId()).executeUpdate();
            id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        } else {
            em.createNativeQuery("UPDATE reach_denominator SET county_code = ?, year = ?, label = ?,"
                            + " organisation_type = ?, profession_code = ?, total = ?, changed_at = ?, changed_by = ?"
                            + " WHERE id = ?")
                    .setParameter(1, checked.countyCode()).setParameter(2, checked.year())
                    .setParameter(3, checked.label()).setParameter(4, checked.organisationType())
                    .setParameter(5, checked.professionCode()).setParameter(6, checked.total())
                    .setParameter(7, now).setParameter(8, guard.currentAccountId()).setParameter(9, id)
                    .executeUpdate();
        }
        changeLog.record("reach_denominator", String.valueOf(id),
                checked.id() == 0 ? ChangeOperation.CREATE : ChangeOperation.UPDATE);
        audit.record("reach_denominator", id, checked.id() == 0 ? "CREATE" : "UPDATE", checked.countyCode(),
                checked.year() + " " + checked.label() + ": " + checked.total());
        return find(id);
    }

    @Transactional
    public void delete(long id) {
        Denominator denominator = find(id);
        guard.requireMayEdit(denominator.countyCode());
        em.createNativeQuery("DELETE FROM reach_denominator WHERE id = ?").setParameter(1, id).executeUpdate();
        changeLog.record("reach_denominator", String.valueOf(id), ChangeOperation.DELETE);
        audit.record("reach_denominator", id, "DELETE", denominator.countyCode(), denominator.label());
    }

    /** A stored total for its county's editors and administrators to change; 403 for anyone else. */
    public Denominator forEditing(long id) {
        Denominator denominator = find(id);
        guard.requireMayEdit(denominator.countyCode());
        return denominator;
    }

    public Denominator find(long id) {
        List<Denominator> found = rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM reach_denominator WHERE id = ?")
                .setParameter(1, id).getResultList());
        return NotFoundException.requireFound(found.isEmpty() ? null : found.get(0),
                Messages.get("reach.denominator.notFound"));
    }

    private Set<String> codes(String sql) {
        Set<String> codes = new HashSet<>();
        for (Object code : em.createNativeQuery(sql).getResultList()) {
            codes.add((String) code);
        }
        return codes;
    }

    private static List<Denominator> rows(List<?> rows) {
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new Denominator(((Number) c[0]).longValue(), (String) c[1], ((Number) c[2]).intValue(),
                    (String) c[3], (String) c[4], (String) c[5], ((Number) c[6]).longValue());
        }).toList();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
