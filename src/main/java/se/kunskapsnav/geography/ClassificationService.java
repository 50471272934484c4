package se.kunskapsnav.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TenancyGuard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * SKR's municipality groups and SCB's populations per year: administrators import a year from a file, all or
 * nothing; importing a year again replaces that year's groups (or populations) and nothing else. Reach reads
 * the classification that holds for a report's year.
 */
@ApplicationScoped
public class ClassificationService {

    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    static final String KIND = "municipality_classification";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    /**
     * Imports a year's groups and/or populations (whichever columns the file has) for every municipality.
     *
     * @throws ClassificationImportException with every problem when the file is refused; nothing is stored then
     */
    @Transactional
    public ClassificationYear importFile(Integer year, String fileName, byte[] content) {
        guard.requireAdministrator();
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.of("ar", "classification.year");
        }
        ClassificationFile.Result read = ClassificationFile.parse(content, municipalityNames());
        if (!read.isValid()) {
            throw new ClassificationImportException(read.errors());
        }
        boolean replaced = years().stream().anyMatch(known -> known.year() == year);
        if (read.hasGroups()) {
            store(year, "skr_group", read.lines(), line -> line.group().name());
        }
        if (read.hasPopulation()) {
            store(year, "population", read.lines(), ClassificationFile.Line::population);
        }
        changeLog.record(KIND, String.valueOf(year), replaced ? ChangeOperation.UPDATE : ChangeOperation.CREATE);
        ClassificationYear stored = years().stream().filter(known -> known.year() == year).findFirst().orElseThrow();
        List<String> columns = new ArrayList<>();
        if (read.hasGroups()) {
            columns.add(ClassificationFile.GROUP);
        }
        if (read.hasPopulation()) {
            columns.add(ClassificationFile.POPULATION);
        }
        audit.record(KIND, year, replaced ? "REPLACE" : "IMPORT", null, FileNames.clean(fileName) + ": "
                + String.join(" och ", columns) + " för " + read.lines().size() + " kommuner");
        return stored;
    }

    /** One statement per column: each municipality's value of the year, inserted or replaced. */
    private void store(int year, String column, List<ClassificationFile.Line> lines,
                       Function<ClassificationFile.Line, Object> value) {
        Query insert = em.createNativeQuery("INSERT INTO municipality_classification (year, municipality_code, "
                + column + ") VALUES " + String.join(", ", Collections.nCopies(lines.size(), "(?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE " + column + " = VALUES(" + column + ")");
        int position = 1;
        for (ClassificationFile.Line line : lines) {
            insert.setParameter(position++, year);
            insert.setParameter(position++, line.code());
            insert.setParameter(position++, value.apply(line));
        }
        insert.executeUpdate();
    }

    /** The imported years, newest first. */
    public List<ClassificationYear> years() {
        List<?> rows = em.createNativeQuery("SELECT year, COUNT(skr_group), COUNT(population)"
                + " FROM municipality_classification GROUP BY year ORDER BY year DESC").getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new ClassificationYear(((Number) c[0]).intValue(), ((Number) c[1]).longValue(),
                    ((Number) c[2]).longValue());
        }).toList();
    }

    /**
     * The groups and populations that hold for {@code year}: each from the nearest imported year at or before it.
     * Read from the database for every call (two small queries each), so every instance sees an import at once.
     */
    public MunicipalityClassification forYear(int year) {
        Integer groupYear = nearestYear("skr_group", year);
        Integer populationYear = nearestYear("population", year);
        Map<String, MunicipalityGroup> groups = new HashMap<>();
        Map<String, Integer> populations = new HashMap<>();
        if (groupYear != null) {
            values("skr_group", groupYear).forEach((code, group) ->
                    groups.put(code, MunicipalityGroup.valueOf((String) group)));
        }
        if (populationYear != null) {
            values("population", populationYear).forEach((code, population) ->
                    populations.put(code, ((Number) population).intValue()));
        }
        return new MunicipalityClassification(groupYear, groups, populationYear, populations);
    }

    /** The template to fill in: every municipality's code and name, the group and population columns empty. */
    public byte[] template() {
        return ClassificationFile.template(municipalityNames());
    }

    private Integer nearestYear(String column, int year) {
        Object found = em.createNativeQuery("SELECT MAX(year) FROM municipality_classification WHERE year <= ? AND "
                + column + " IS NOT NULL").setParameter(1, year).getSingleResult();
        return found == null ? null : ((Number) found).intValue();
    }

    private Map<String, Object> values(String column, int year) {
        Map<String, Object> values = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT municipality_code, " + column
                + " FROM municipality_classification WHERE year = ? AND " + column + " IS NOT NULL")
                .setParameter(1, year).getResultList()) {
            Object[] c = (Object[]) row;
            values.put((String) c[0], c[1]);
        }
        return values;
    }

    private Map<String, String> municipalityNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT code, name FROM municipality ORDER BY code").getResultList()) {
            Object[] c = (Object[]) row;
            names.put((String) c[0], (String) c[1]);
        }
        return names;
    }
}
