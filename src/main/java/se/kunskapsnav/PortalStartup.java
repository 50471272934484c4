package se.kunskapsnav;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import se.kunskapsnav.accounts.DemoAccounts;
import se.kunskapsnav.courses.DemoCourses;
import se.kunskapsnav.directory.VocabularyLoader;
import se.kunskapsnav.geography.ReferenceDataLoader;
import se.kunskapsnav.materials.MaterialSeedLoader;
import se.kunskapsnav.networks.DemoNetworks;
import se.kunskapsnav.notification.Mailer;
import se.kunskapsnav.platform.DatabaseMigrations;
import se.kunskapsnav.platform.JobLease;
import se.kunskapsnav.platform.PortalConfig;
import se.kunskapsnav.platform.PortalReady;
import se.kunskapsnav.taxonomy.TaxonomyLoader;
import se.kunskapsnav.visits.DemoVisits;
import se.kunskapsnav.webcourse.CourseContentLoader;
import se.kunskapsnav.webcourse.DemoWebCourse;
import se.kunskapsnav.yearlyreport.DemoYearlyReport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database up to date before the portal serves anything: schema first, then reference data,
 * vocabularies and the web course, then demo mode's mail server, accounts, courses, networks, visits,
 * activities, study groups and the year's follow-up questionnaire; last it fires {@link PortalReady} (search
 * opens its index then, and scheduled jobs may run from then on). A failure stops the deployment with the
 * reason in the log. Several instances may start at once: the seeding runs under the lease {@value #LEASE}, one
 * instance after another (each finds what the one before wrote and leaves it); the migrations run under a lock of their own.
 * It sits at the root package, above every feature, because it knows them all: platform
 * depends on no feature.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    static final String LEASE = "startup";
    /**
     * Renewed before each step, so it outlasts the longest step; an instance that dies while seeding holds the
     * others up this long at most.
     */
    static final Duration HOLD = Duration.ofMinutes(5);

    @Inject
    DatabaseMigrations migrations;

    @Inject
    ReferenceDataLoader referenceData;

    @Inject
    VocabularyLoader vocabulary;

    @Inject
    TaxonomyLoader taxonomy;

    @Inject
    CourseContentLoader webCourse;

    @Inject
    MaterialSeedLoader materials;

    @Inject
    PortalConfig config;

    @Inject
    Mailer mailer;

    @Inject
    DemoAccounts demoAccounts;

    @Inject
    DemoCourses demoCourses;

    @Inject
    DemoNetworks demoNetworks;

    @Inject
    DemoVisits demoVisits;

    @Inject
    DemoWebCourse demoWebCourse;

    @Inject
    DemoYearlyReport demoYearlyReport;

    @Inject
    JobLease lease;

    @Inject
    Event<PortalReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            migrations.migrate();
            mailer.startDemoServerIfNeeded();
            seed();
            ready.fire(new PortalReady());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Kunskapsnav cannot start: " + e.getMessage(), e);
            throw e;
        }
    }

    /**
     * Reference data, vocabularies, the web course, national materials and demo content, one start-up at a time
     * (each call holds the lease for itself, so two in one instance wait for each other too).
     */
    public void seed() {
        String holder = UUID.randomUUID().toString();
        awaitLease(holder);
        try {
            List<Runnable> steps = new ArrayList<>(List.of(referenceData::load, vocabulary::load, taxonomy::load,
                    webCourse::load, materials::load));
            if (config.demo()) {
                steps.addAll(List.of(demoAccounts::ensure, demoCourses::ensure, demoNetworks::ensure,
                        demoVisits::ensure, demoWebCourse::ensure, demoYearlyReport::ensure));
            }
            for (Runnable step : steps) {
                if (!lease.claim(LEASE, holder, HOLD)) {
                    throw new IllegalStateException("Lost the start-up lease while seeding");
                }
                step.run();
            }
        } finally {
            lease.release(LEASE, holder);
        }
    }

    private void awaitLease(String holder) {
        boolean told = false;
        while (!lease.claim(LEASE, holder, HOLD)) {
            if (!told) {
                LOG.info("Another instance is seeding the database; waiting for it");
                told = true;
            }
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for another instance's start-up", e);
            }
        }
    }
}
