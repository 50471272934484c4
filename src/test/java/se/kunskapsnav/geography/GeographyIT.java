package se.kunskapsnav.geography;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.faces.view.ViewScoped;
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
import se.kunskapsnav.platform.ContentFile;
import se.kunskapsnav.platform.ContentSource;
import se.kunskapsnav.platform.DatabaseMigrations;
import se.kunskapsnav.platform.PortalReadiness;
import se.kunskapsnav.reach.web.DenominatorsPage;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Migrations, reference data and the change log, inside Payara against the test MariaDB. */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class GeographyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal().addClass(EverySecondJob.class);
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
