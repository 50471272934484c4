package se.kunskapsnav.geography;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionalException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.PortalStartup;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeLogEntry;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.ContentFile;
import se.kunskapsnav.platform.ContentSource;
import se.kunskapsnav.platform.DatabaseMigrations;
import se.kunskapsnav.platform.JobLease;
import se.kunskapsnav.platform.PortalDataSource;
import se.kunskapsnav.platform.PortalReadiness;
import se.kunskapsnav.reach.web.DenominatorsPage;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.SampleFiles;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrations, reference data and the change log, inside Payara against the test MariaDB. */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class GeographyIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A schema of this test's own, migrated the way the previous release left a database. */
    private static final String PREVIOUS = "kunskapsnav_previous";

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

    @Inject
    PortalReadiness readiness;

    @Inject
    EverySecondJob everySecond;

    @Inject
    BeanManager beanManager;

    @Inject
    PortalStartup startup;

    @Inject
    JobLease lease;

    @Inject
    ClassificationService classifications;

    @Inject
    TestAccounts testAccounts;

    @ArquillianResource
    URL base;

    @Test
    void migrationsAreAppliedAndNonePending() {
        MigrationInfoService info = migrations.info();
        assertEquals(0, info.pending().length);
        assertTrue(info.applied().length >= 2);
        assertTrue(Arrays.stream(info.applied()).allMatch(m -> m.getState() == MigrationState.SUCCESS));
        MigrationInfo newest = Arrays.stream(info.all()).filter(MigrationInfo::isVersioned).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(newest.getVersion(), info.current().getVersion(), "at the newest migration");
        assertTrue(Arrays.stream(info.applied()).anyMatch(m -> m.getScript().equals("R__participation_views.sql")),
                "the repeatable views applied after the versioned migrations");
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

    /**
     * Until V14 the participation views were created in V8, V10 and V13; now they are the repeatable
     * R__participation_views.sql. A database migrated by the previous release has those three files' old
     * checksums and no repeatable migration. Made that way in a schema of its own, it migrates without losing a
     * row and ends with the same views as this test's fresh database.
     */
    @Test
    void aDatabaseMigratedBeforeTheViewsMovedEndsWithTheViewsOfAFreshOne() throws Exception {
        DataSource dataSource = InitialContext.doLookup(PortalDataSource.JNDI_NAME);
        Flyway flyway = migrations.configuration().schemas(PREVIOUS).createSchemas(true).load();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            String fresh = connection.getCatalog();
            try {
                flyway.migrate();
                // the checksums V8, V10 and V13 had when they still created the views (release a35a17c)
                sql.executeUpdate("UPDATE " + PREVIOUS + ".flyway_schema_history SET checksum = CASE version"
                        + " WHEN '8' THEN -1710151544 WHEN '10' THEN 431559231 WHEN '13' THEN 1390437142 END"
                        + " WHERE version IN ('8', '10', '13')");
                sql.executeUpdate("DELETE FROM " + PREVIOUS + ".flyway_schema_history WHERE version IS NULL");
                sql.executeUpdate("INSERT INTO " + PREVIOUS + ".change_log (entity_kind, entity_id, operation,"
                        + " changed_at) VALUES ('course', '1', 'CREATE', NOW(6))");
                assertFalse(flyway.validateWithResult().validationSuccessful, "as the new files see the old database");

                DatabaseMigrations.migrate(flyway);

                assertTrue(flyway.validateWithResult().validationSuccessful);
                assertEquals(views(sql, fresh), views(sql, PREVIOUS));
                assertEquals(4, views(sql, PREVIOUS).size());
                try (ResultSet kept = sql.executeQuery("SELECT COUNT(*) FROM " + PREVIOUS + ".change_log")) {
                    assertTrue(kept.next());
                    assertEquals(1, kept.getInt(1), "nothing lost");
                }
            } finally {
                sql.executeUpdate("DROP DATABASE IF EXISTS " + PREVIOUS);
            }
        }
    }

    /** Each view's definition, its schema's name taken out so two schemas compare. */
    private static Map<String, String> views(Statement sql, String schema) throws SQLException {
        Map<String, String> views = new TreeMap<>();
        try (ResultSet rows = sql.executeQuery("SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = '" + schema + "'")) {
            while (rows.next()) {
                views.put(rows.getString(1), rows.getString(2).replace("`" + schema + "`.", ""));
            }
        }
        return views;
    }

    /**
     * Instances started at once seed one after another: while another instance holds the start-up lease, start-up
     * waits; once that one is done it goes on, finds everything in place and writes nothing twice.
     */
    @Test
    void startUpWaitsWhileAnotherInstanceSeedsAndThenWritesNothingTwice() throws Exception {
        // read over JDBC: the seeding thread shares this request's invocation, and with it the container's
        // entity manager outside transactions, which is closed when the thread ends
        long before = number("SELECT MAX(seq) FROM change_log");
        try {
            sql("INSERT INTO job_lease (name, holder, held_until) VALUES ('startup', 'another-instance',"
                    + " NOW(3) + INTERVAL 1 MINUTE) ON DUPLICATE KEY UPDATE holder = VALUES(holder),"
                    + " held_until = VALUES(held_until)");
            ExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            Future<?> seeding = executor.submit(startup::seed);
            Thread.sleep(2500);
            assertFalse(seeding.isDone(), "waits for the other instance");

            sql("UPDATE job_lease SET held_until = NOW(3) - INTERVAL 1 SECOND WHERE name = 'startup'");
            seeding.get(2, TimeUnit.MINUTES);
            assertEquals(before, number("SELECT MAX(seq) FROM change_log"), "nothing seeded again");
            assertEquals(290, number("SELECT COUNT(*) FROM municipality"));
        } finally {
            sql("UPDATE job_lease SET held_until = NOW(3) - INTERVAL 1 SECOND WHERE name = 'startup'");
        }
    }

    /**
     * Instances started at once migrate one after another: while another instance holds the migrations' lock,
     * migrating waits, and goes on (finding nothing pending) once it is released.
     */
    @Test
    void migratingWaitsWhileAnotherInstanceMigrates() throws Exception {
        DataSource dataSource = InitialContext.doLookup(PortalDataSource.JNDI_NAME);
        try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
            try (ResultSet locked = sql.executeQuery("SELECT GET_LOCK('kunskapsnav-migrations', 0)")) {
                locked.next();
                assertEquals(1, locked.getInt(1), "the test holds the lock");
            }
            ExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
            Future<?> migrating = executor.submit((Runnable) migrations::migrate);
            Thread.sleep(2500);
            assertFalse(migrating.isDone(), "waits for the other instance");

            sql.executeQuery("SELECT RELEASE_LOCK('kunskapsnav-migrations')").close();
            migrating.get(2, TimeUnit.MINUTES);
            assertEquals(0, migrations.info().pending().length, "nothing pending");
        }
    }

    /** A job's run is taken by one instance: not by a second while the first holds it, by anyone once it ran out. */
    @Test
    void aJobLeaseHasOneHolderUntilItRunsOut() throws Exception {
        Duration minute = Duration.ofMinutes(1);
        assertTrue(lease.claim("test-job", minute));
        assertTrue(lease.claim("test-job", minute), "renewed by its holder");
        assertFalse(lease.claim("test-job", "another-instance", minute), "another instance does not run it");

        sql("UPDATE job_lease SET held_until = NOW(3) - INTERVAL 1 SECOND WHERE name = 'test-job'");
        assertTrue(lease.claim("test-job", "another-instance", minute), "taken over once it ran out");
        assertFalse(lease.claim("test-job", minute));
        lease.release("test-job", "another-instance");
        assertTrue(lease.claim("test-job", minute), "free at once when given up");
    }

    /**
     * Municipality groups and populations through the API: a year from XLSX, another from CSV, the first again with
     * populations only (that year's populations replaced, its groups and the other year kept, audited), a bad file
     * that changes nothing, an editor refused. The years are removed afterwards: reach reads them for later years.
     */
    @Test
    void anAdministratorImportsAYearAllOrNothingAndImportingItAgainReplacesOnlyThatYear() throws Exception {
        Api api = new Api(base.toURI());
        String admin = testAccounts.tokenFor("admin@demo.kunskapsnav.se");
        List<Municipality> all = geography.allMunicipalities();
        try {
            HttpResponse<String> first = api.sendFile("PUT", "api/kommungrupper/2003?filnamn=grupper.xlsx", admin,
                    XLSX, xlsx(all));
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(Json.createObjectBuilder().add("year", 2003).add("groups", 290).add("populations", 290)
                    .build(), Api.object(first));
            HttpResponse<String> second = api.sendFile("PUT", "api/kommungrupper/2004", admin, "text/csv",
                    csv("kommunkod;kommungrupp", all.stream().map(m -> m.getCode() + ";A2").toList()));
            assertEquals(200, second.statusCode(), second.body());
            HttpResponse<String> again = api.sendFile("PUT", "api/kommungrupper/2003", admin, "text/csv",
                    csv("kommunkod;folkmängd", all.stream().map(m -> m.getCode() + ";2 000").toList()));
            assertEquals(200, again.statusCode(), again.body());

            MunicipalityClassification of2003 = classifications.forYear(2003);
            assertEquals(MunicipalityGroup.C8, of2003.groups().get("0180"), "2003's groups kept");
            assertEquals(2_000, of2003.populations().get("0180"), "2003's populations replaced");
            MunicipalityClassification of2005 = classifications.forYear(2005);
            assertEquals(2004, of2005.groupYear());
            assertEquals(MunicipalityGroup.A2, of2005.groups().get("2580"));
            assertEquals(2003, of2005.populationYear(), "the nearest earlier year with populations");
            assertEquals(1, number("SELECT COUNT(*) FROM audit_log WHERE entity_kind = 'municipality_classification'"
                    + " AND entity_id = '2003' AND action = 'REPLACE'"));

            List<String> bad = new ArrayList<>(List.of("9999;A1"));
            all.forEach(m -> bad.add(m.getCode() + (m.getCode().equals("0180") ? ";X9" : ";B3")));
            HttpResponse<String> refused = api.sendFile("PUT", "api/kommungrupper/2004", admin, "text/csv",
                    csv("kommunkod;kommungrupp", bad));
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            JsonObject problem = Api.object(refused);
            assertEquals("Filen lästes inte in eftersom den har 2 fel. Inget sparades. Rätta felen och läs in filen igen.",
                    problem.getString("detail"));
            int stockholmLine = 3 + all.stream().map(Municipality::getCode).toList().indexOf("0180");
            assertEquals(List.of("line 2: Rad 2: Okänd kommunkod ”9999”.", "line " + stockholmLine + ": Rad "
                            + stockholmLine + ": Okänd kommungrupp ”X9”. Använd A1, A2, B3, B4, B5, C6, C7, C8 eller C9."),
                    problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                            .map(e -> e.getString("field") + ": " + e.getString("message")).toList());
            assertEquals(MunicipalityGroup.A2, classifications.forYear(2004).groups().get("2580"), "nothing changed");

            HttpResponse<String> editor = api.sendFile("PUT", "api/kommungrupper/2004",
                    testAccounts.tokenFor("redaktor.stockholm@demo.kunskapsnav.se"), "text/csv",
                    csv("kommunkod;kommungrupp", all.stream().map(m -> m.getCode() + ";B3").toList()));
            assertEquals(403, editor.statusCode(), editor.body());
            assertEquals(List.of(2004, 2003), Api.array(api.send("GET", "api/kommungrupper", null, null))
                    .getValuesAs(JsonObject.class).stream().map(y -> y.getInt("year")).toList());
            String template = api.send("GET", "api/kommungrupper/mall.csv", null, null).body();
            assertTrue(template.contains("\r\n0180;Stockholm;;\r\n"), template);
            assertEquals(291, template.split("\r\n").length, "the header and every municipality");
        } finally {
            sql("DELETE FROM municipality_classification WHERE year IN (2003, 2004)");
        }
    }

    private static byte[] csv(String header, List<String> lines) {
        return (header + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** SKR's and SCB's figures as one sheet: a title row, the header, and group C8 and 1 000 people everywhere. */
    private static byte[] xlsx(List<Municipality> municipalities) {
        List<List<Object>> rows = new ArrayList<>(List.of(List.of("Kommungruppsindelning 2003"),
                List.of("Kommunkod", "Kommungrupp 2003", "Folkmängd")));
        municipalities.forEach(m -> rows.add(List.of(Integer.valueOf(m.getCode()), "C8 Landsbygdskommun", 1_000)));
        return SampleFiles.xlsx(rows);
    }

    private static void sql(String statement) throws Exception {
        DataSource dataSource = InitialContext.doLookup(PortalDataSource.JNDI_NAME);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }

    private static long number(String query) throws Exception {
        DataSource dataSource = InitialContext.doLookup(PortalDataSource.JNDI_NAME);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The container starts timers as it deploys, before start-up has migrated the schema; {@link EverySecondJob}
     * (deployed with this test) runs from the first second and notes whether the portal was ready. Without
     * the start-up gate its first runs come while the migrations are still running.
     */
    @Test
    void scheduledJobsRunOnlyAfterStartUp() throws InterruptedException {
        assertTrue(readiness.isReady());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (everySecond.runs() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(everySecond.runs() > 0, "the job runs once the portal is ready");
        assertEquals(0, everySecond.runsBeforeStartUp(), "no run before start-up had finished");
    }

    /**
     * With session replication a view-scoped bean is serialised on one instance and read on another, and CDI does
     * not inject it again. Every view-scoped bean (found through the bean manager, so a new one is covered) must
     * come back with each injected service present and answering; a page then works as before.
     */
    @Test
    void everyViewScopedBeanSurvivesSerialisationWithItsServices() throws Exception {
        List<Bean<?>> views = beanManager.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .filter(bean -> bean.getScope() == ViewScoped.class).toList();
        assertTrue(views.size() >= 30, "found " + views.size());
        for (Bean<?> bean : views) {
            Object copy = throughSerialisation(injected(bean.getBeanClass()));
            List<Field> services = injectedFields(bean.getBeanClass());
            for (Field field : services) {
                Object service = field.get(copy);
                String name = bean.getBeanClass().getSimpleName() + "." + field.getName();
                assertNotNull(service, name + " is gone after deserialisation");
                if (active(scopeOf(field.getType()))) {
                    // reaches the service's instance through the deserialised client proxy
                    assertNotNull(service.toString(), name);
                }
            }
        }
        DenominatorsPage denominators = (DenominatorsPage) throughSerialisation(injected(DenominatorsPage.class));
        assertTrue(denominators.getProfessionOptions().size() > 20, "professions read through the restored bean");
    }

    /** An instance with its dependencies injected, as the view scope makes one (no post-construct: no view). */
    private <T> T injected(Class<T> type) {
        InjectionTarget<T> target = beanManager.getInjectionTargetFactory(beanManager.createAnnotatedType(type))
                .createInjectionTarget(null);
        CreationalContext<T> context = beanManager.createCreationalContext(null);
        T instance = target.produce(context);
        target.inject(instance, context);
        return instance;
    }

    private static Object throughSerialisation(Object bean) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bean);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass description) throws ClassNotFoundException {
                return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
            }
        }) {
            return in.readObject();
        }
    }

    private static List<Field> injectedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private Class<? extends Annotation> scopeOf(Class<?> type) {
        return beanManager.resolve(beanManager.getBeans(type)).getScope();
    }

    /** The view scope is active only while a page is being rendered; this test runs in a plain request. */
    private boolean active(Class<? extends Annotation> scope) {
        try {
            return beanManager.getContext(scope).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
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
