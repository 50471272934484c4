package se.kunskapsnav.geography;

import se.kunskapsnav.platform.ContentFile;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeLogEntry;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.ContentSource;
import se.kunskapsnav.platform.DatabaseMigrations;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrations, reference data and the change log, inside Payara against the test MariaDB. */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class GeographyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    DatabaseMigrations migrations;

    @Inject
    GeographyService geography;

    @Inject
    ReferenceDataLoader loader;

    @Inject
    ContentSource content;

    @Inject
    ChangeLog changeLog;

    @Test
    void migrationsAreAppliedAndNonePending() {
        MigrationInfoService info = migrations.info();
        assertEquals(0, info.pending().length);
        assertTrue(info.applied().length >= 2);
        assertTrue(Arrays.stream(info.applied()).allMatch(m -> m.getState() == MigrationState.SUCCESS));
        MigrationInfo[] all = info.all();
        assertEquals(all[all.length - 1].getVersion(), info.current().getVersion(), "at the newest migration");
    }

    @Test
    void referenceDataIsInTheDatabase() {
        List<CountySummary> counties = geography.counties();
        assertEquals(21, counties.size());
        assertEquals(290, counties.stream().mapToLong(CountySummary::municipalityCount).sum());
        CountySummary stockholm = geography.county("AB").orElseThrow();
        assertEquals("Stockholms län", stockholm.county().getName());
        assertEquals(26, stockholm.municipalityCount());
        assertEquals("Region Stockholm", stockholm.region().getName());
        assertEquals("0980", geography.county("09").orElseThrow().region().getMunicipalityCode());
        assertEquals(290, geography.allMunicipalities().size());
    }

    @Test
    void municipalitiesAreInSwedishAlphabeticalOrder() {
        List<String> names = geography.municipalities(geography.county("AB").orElseThrow().county()).stream()
                .map(Municipality::getName).toList();
        assertEquals("Botkyrka", names.getFirst());
        assertEquals("Österåker", names.getLast(), "Ö sorts last in Swedish");
    }

    @Test
    void loadingUnchangedFilesChangesNothing() {
        long before = changeLog.lastSequence();
        assertEquals(new SyncResult(0, 0), loader.load());
        assertEquals(before, changeLog.lastSequence());
    }

    @Test
    void aChangedRowIsUpdatedAndLoggedInTheSameTransaction() {
        ReferenceData original = repositoryData();
        long before = changeLog.lastSequence();

        assertEquals(new SyncResult(0, 1), geography.synchronize(renamed(original, "0114", "Väsby")));
        List<ChangeLogEntry> entries = changeLog.entriesAfter(before, 10);
        assertEquals(1, entries.size());
        assertEquals("municipality", entries.getFirst().getEntityKind());
        assertEquals("0114", entries.getFirst().getEntityId());
        assertEquals(ChangeOperation.UPDATE, entries.getFirst().getOperation());

        assertEquals(new SyncResult(0, 1), geography.synchronize(original));
        assertEquals("Upplands Väsby", geography.municipalities(geography.county("01").orElseThrow().county())
                .stream().filter(m -> m.getCode().equals("0114")).findFirst().orElseThrow().getName());
    }

    @Test
    void aFailingLoadLeavesTheDatabaseAsItWas() {
        ReferenceData original = repositoryData();
        long before = changeLog.lastSequence();
        // The rename comes first; the region pointing at a municipality that does not exist fails the
        // transaction at commit, so the rename must not survive either.
        List<RegionRow> badRegions = original.regions().stream()
                .map(r -> r.code().equals("01") ? new RegionRow("01", r.name(), "01", "0000") : r).toList();
        ReferenceData bad = new ReferenceData(original.counties(), badRegions,
                renamed(original, "0114", "Väsby").municipalities());

        assertThrows(RuntimeException.class, () -> geography.synchronize(bad));

        assertEquals(before, changeLog.lastSequence());
        assertEquals(new SyncResult(0, 0), geography.synchronize(original));
    }

    @Test
    void theChangeLogOnlyWritesInsideTheCallersTransaction() {
        assertThrows(TransactionalException.class,
                () -> changeLog.record("municipality", "0114", ChangeOperation.UPDATE));
    }

    private ReferenceData repositoryData() {
        return ReferenceDataParser.parse(file("counties.csv"), file("regions.csv"), file("municipalities.csv"));
    }

    private ContentFile file(String name) {
        return new ContentFile(name, content.read("reference/" + name));
    }

    private static ReferenceData renamed(ReferenceData data, String code, String name) {
        return new ReferenceData(data.counties(), data.regions(), data.municipalities().stream()
                .map(m -> m.code().equals(code)
                        ? new MunicipalityRow(code, name, m.countyCode(), m.group(), m.population()) : m)
                .toList());
    }
}
