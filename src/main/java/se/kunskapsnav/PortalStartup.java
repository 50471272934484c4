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
import se.kunskapsnav.platform.PortalConfig;
import se.kunskapsnav.platform.PortalReady;
import se.kunskapsnav.taxonomy.TaxonomyLoader;
import se.kunskapsnav.visits.DemoVisits;
import se.kunskapsnav.webcourse.CourseContentLoader;
import se.kunskapsnav.webcourse.DemoWebCourse;
import se.kunskapsnav.yearlyreport.DemoYearlyReport;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database up to date before the portal serves anything: schema first, then reference data,
 * vocabularies and the web course, then demo mode's mail server, accounts, courses, networks, visits,
 * activities, study groups and the year's follow-up questionnaire; last it fires {@link PortalReady} (search
 * opens its index then, and scheduled jobs may run from then on). A failure stops the deployment with the
 * reason in the log. It sits at the root package, above every feature, because it knows them all: platform
 * depends on no feature.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

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
    Event<PortalReady> ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            migrations.migrate();
            referenceData.load();
            vocabulary.load();
            taxonomy.load();
            webCourse.load();
            materials.load();
            mailer.startDemoServerIfNeeded();
            if (config.demo()) {
                demoAccounts.ensure();
                demoCourses.ensure();
                demoNetworks.ensure();
                demoVisits.ensure();
                demoWebCourse.ensure();
                demoYearlyReport.ensure();
            }
            ready.fire(new PortalReady());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Kunskapsnav cannot start: " + e.getMessage(), e);
            throw e;
        }
    }
}
