package se.kunskapsnav.reach;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.reach.charts.MapValue;
import se.kunskapsnav.reach.web.ReachPictures;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reach from the rows features write to the report, through the views, the summary tables the updater keeps
 * from the change log, and the summary in memory. The fixture is Norrbotten's (25) year 2012, which nothing
 * else uses, so every figure is worked out by hand:
 * <ul>
 * <li>a training day on honour-related violence co-organised with Västerbotten (24): persons A (Luleå) and
 * B (Piteå) attended, C (Luleå) did not come;</li>
 * <li>a course-leader training: A attended again;</li>
 * <li>an information session counted from a sign-in sheet: 12 social workers from Piteå.</li>
 * </ul>
 * So 2012 in Norrbotten: 14 persons (A, B, 12), 15 participations, 3 activities, 2 of 14 municipalities.
 * Later tests change it (C attends after all) and import a sign-in list (B again, and 4 counted).
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReachIT {

    private static final Set<String> NORRBOTTEN = Set.of("25");
    private static final Duration FOLLOWING = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestAccounts testAccounts;

    @Inject
    ReachService reach;

    @Inject
    ReachUpdater updater;

    @Inject
    ChangeLog changeLog;

    @Inject
    AccountService accounts;

    @Inject
    DirectoryService directory;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    /** The fixture's accounts A, B, C; the tests run in order on one deployment. */
    private static List<TestAccounts.Participant> people;
    private static long trainingDay;

    @Test
    @Order(1)
    void theSummaryFollowsWhatIsRecordedAndCountsEachPersonOnce() throws Exception {
        people = testAccounts.create("reach", 3, true);
        long lulea = directory.municipalityOrganisation("2580").orElseThrow().getId();
        long pitea = directory.municipalityOrganisation("2581").orElseThrow().getId();
        inTransaction(() -> {
            trainingDay = course("Hedersrelaterat våld och förtryck, Norrbotten", "utbildningsdag", "2012-03-15");
            em.createNativeQuery("INSERT INTO course_co_organiser (course_id, county_code) VALUES (?, '24')")
                    .setParameter(1, trainingDay).executeUpdate();
            em.createNativeQuery("INSERT INTO course_theme (course_id, theme_code) VALUES (?, 'hedersrelaterat-vald')")
                    .setParameter(1, trainingDay).executeUpdate();
            registration(trainingDay, people.get(0).accountId(), "ATTENDED", lulea, "2580");
            registration(trainingDay, people.get(1).accountId(), "ATTENDED", pitea, "2581");
            registration(trainingDay, people.get(2).accountId(), "NO_SHOW", lulea, "2580");
            long leaders = course("Kursledarutbildning, Norrbotten", "kursledarutbildning", "2012-10-01");
            registration(leaders, people.get(0).accountId(), "ATTENDED", lulea, "2580");
            long session = countedActivity("Informationstillfälle om SoL", "2012-05-20");
            em.createNativeQuery("INSERT INTO counted_participation (activity_id, municipality_code, organisation_id,"
                            + " profession_code, attendees) VALUES (?, '2581', ?, 'socialsekreterare', 12)")
                    .setParameter(1, session).setParameter(2, pitea).executeUpdate();
            changeLog.record("course", String.valueOf(trainingDay), ChangeOperation.CREATE);
            changeLog.record("course", String.valueOf(leaders), ChangeOperation.CREATE);
            changeLog.record("counted_activity", String.valueOf(session), ChangeOperation.CREATE);
            return null;
        });

        // nobody calls the updater: it is woken by the commit
        ReachReport report = awaitReport(NORRBOTTEN, r -> r.persons().value() == 14);
        assertEquals(15, report.participations().value(), "A twice, B once, 12 counted");
        assertEquals(3, report.activities());
        assertEquals(2, report.scopeMunicipalitiesReached(), "Luleå and Piteå");
        assertEquals(14, report.municipalitiesInScope());
        assertEquals(14, report.municipalityShare(), "2 of 14 municipalities: 14 %");
        assertEquals(3, report.registered().value(), "A, B and C held seats");
        assertEquals(2, report.attended().value());
        assertEquals("14 personer från 2 kommuner, 0 regioner och 0 organisationer deltog i 3 aktiviteter 2012.",
                report.sentence());
        ReachReport.ActivityRow day = report.activityRows().stream()
                .filter(row -> row.key().equals("COURSE:" + trainingDay)).findFirst().orElseThrow();
        assertEquals(3, day.registered().value());
        assertEquals(2, day.participants().value());
        assertEquals(2, day.municipalities());
        assertEquals(List.of("Hedersrelaterat våld och förtryck"),
                report.rows(Dimension.THEME).stream().map(ReachReport.Row::label).toList());
        assertEquals(14, row(report, Dimension.PROFESSION, "socialsekreterare").persons().value(),
                "A and B are registered as social workers, and 12 counted; C did not come");

        ReachReport coOrganiser = reach.report(ReachQuery.year(2012, Set.of("24")), true);
        assertEquals(2, coOrganiser.persons().value(), "the co-organised training day counts for Västerbotten too");
    }

    @Test
    @Order(2)
    void smallCountsAreHiddenFromThePublicAndEditorsOfOtherCounties() {
        // no one is logged in here: the public's view
        ReachReport publicView = reach.report(ReachQuery.year(2012, Set.of("24")));

        assertFalse(publicView.exact());
        assertTrue(publicView.persons().hidden());
        assertNull(publicView.persons().shown());
        assertTrue(publicView.sentence().startsWith("färre än 5 personer från 2 kommuner"), publicView.sentence());
        assertTrue(publicView.activityRows().get(0).participants().hidden());
        ReachReport norrbotten = reach.report(ReachQuery.year(2012, NORRBOTTEN));
        assertEquals(14, norrbotten.persons().shown(), "14 is no small count");
        assertTrue(row(norrbotten, Dimension.MUNICIPALITY, "2580").persons().hidden(), "one person from Luleå");

        // the map shows the same: Norrbotten's 14 municipalities, Luleå hidden, Piteå 13, Kiruna none
        Map<String, MapValue> map = new ReachPictures(norrbotten).municipalityValues();
        assertEquals(14, map.size());
        assertTrue(map.get("2580").suppressed());
        assertEquals("färre än 5", map.get("2580").text());
        assertEquals(13L, map.get("2581").value());
        assertEquals(0L, map.get("2584").value());
        assertTrue(new ReachPictures(norrbotten).municipalityMap().contains("Piteå"));
    }

    @Test
    @Order(3)
    void anErasedPersonStillCountsOnceAndAChangedAttendanceIsFollowed() throws Exception {
        accounts.erase(people.get(0).accountId());
        inTransaction(() -> {
            Object registration = em.createNativeQuery("SELECT id FROM registration WHERE course_id = ? AND account_id = ?")
                    .setParameter(1, trainingDay).setParameter(2, people.get(2).accountId()).getSingleResult();
            em.createNativeQuery("UPDATE registration SET status = 'ATTENDED' WHERE id = ?")
                    .setParameter(1, registration).executeUpdate();
            changeLog.record("registration", String.valueOf(registration), ChangeOperation.UPDATE);
            return null;
        });

        ReachReport report = awaitReport(NORRBOTTEN, r -> r.attended().value() == 3);
        assertEquals(15, report.persons().value(), "C came after all; A, erased, is still one person");
        assertEquals(16, report.participations().value());
    }

    @Test
    @Order(4)
    void sharesOfStoredTotalsAndARebuildThatAgreesWithTheFollowedSummary() throws Exception {
        inTransaction(() -> em.createNativeQuery("INSERT INTO reach_denominator (county_code, year, label,"
                        + " organisation_type, total, changed_at) VALUES ('25', 2012, 'Personal i kommunerna',"
                        + " 'MUNICIPALITY', 60, ?)")
                .setParameter(1, Timestamp.from(Instant.now())).executeUpdate());
        ReachReport followed = reach.report(ReachQuery.year(2012, NORRBOTTEN), true);
        ReachReport.Share share = followed.shares().stream()
                .filter(s -> s.label().equals("Personal i kommunerna")).findFirst().orElseThrow();
        assertEquals(15, share.reached().value(), "everyone came from a municipality");
        assertEquals(25, share.percent(), "15 of 60");

        updater.rebuild();
        ReachReport rebuilt = reach.report(ReachQuery.year(2012, NORRBOTTEN), true);
        assertEquals(followed.persons(), rebuilt.persons());
        assertEquals(followed.participations(), rebuilt.participations());
        assertEquals(followed.rows(Dimension.PROFESSION), rebuilt.rows(Dimension.PROFESSION));
        assertEquals(followed.activityRows(), rebuilt.activityRows());
        ReachReport country = reach.report(new ReachQuery(Set.of(), LocalDate.of(2000, 1, 1),
                LocalDate.of(2030, 12, 31), Set.of(), Set.of(), Set.of(), Set.of()), true);
        assertTrue(country.persons().value() >= rebuilt.persons().value());
    }

    @Test
    @Order(5)
    void importedSignInListsCountWithTheRecordedParticipationAndTheirPersonKeysJoinIt() throws Exception {
        long pitea = directory.municipalityOrganisation("2581").orElseThrow().getId();
        inTransaction(() -> {
            em.createNativeQuery("INSERT INTO historical_import (county_code, file_name, imported_at, imported_by,"
                            + " line_count) VALUES ('25', 'narvarolista-2012.csv', NOW(6), ?, 2)")
                    .setParameter(1, people.get(1).accountId()).executeUpdate();
            long file = lastId();
            em.createNativeQuery("INSERT INTO historical_activity (import_id, county_code, kind_code, title, held_on)"
                    + " VALUES (?, '25', 'utbildningsdag', 'Barn som upplever våld, Norrbotten', '2012-11-20')")
                    .setParameter(1, file).executeUpdate();
            long activity = lastId();
            // B again (their account's key, as the import gives an address that belongs to an account) and 4 counted
            em.createNativeQuery("INSERT INTO historical_participation (activity_id, person_key, organisation_id,"
                            + " municipality_code, profession_code, participants)"
                            + " VALUES (?, SHA2(CONCAT('account:', ?), 256), ?, '2581', 'socialsekreterare', 1),"
                            + " (?, NULL, ?, '2581', 'socialsekreterare', 4)")
                    .setParameter(1, activity).setParameter(2, people.get(1).accountId()).setParameter(3, pitea)
                    .setParameter(4, activity).setParameter(5, pitea).executeUpdate();
            changeLog.record("historical_activity", String.valueOf(activity), ChangeOperation.CREATE);
            return null;
        });

        ReachReport report = awaitReport(NORRBOTTEN, r -> r.activities() == 4);
        assertEquals(19, report.persons().value(), "B was counted already; the 4 counted are new");
        assertEquals(21, report.participations().value());
    }

    private ReachReport awaitReport(Set<String> counties, Predicate<ReachReport> ready) throws InterruptedException {
        Instant until = Instant.now().plus(FOLLOWING);
        ReachReport report = reach.report(ReachQuery.year(2012, counties), true);
        while (!ready.test(report) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            report = reach.report(ReachQuery.year(2012, counties), true);
        }
        assertTrue(ready.test(report), "the summary did not follow within " + FOLLOWING + ": " + report.sentence());
        return report;
    }

    private static ReachReport.Row row(ReachReport report, Dimension dimension, String key) {
        return report.rows(dimension).stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + dimension + " row " + key));
    }

    private long course(String title, String kind, String day) {
        em.createNativeQuery("INSERT INTO course (county_code, title, summary, description, kind_code, level, format,"
                        + " capacity, registration_opens_at, registration_closes_at, requires_approval, contact_name,"
                        + " contact_email, recurs_yearly, status, starts_at, ends_at, created_at, updated_at, starts_on)"
                        + " VALUES ('25', ?, 'Sammanfattning', 'Beskrivning', ?, 'REGIONAL', 'ON_SITE', 50,"
                        + " '2012-01-01', '2012-01-02', FALSE, 'Kontakt', 'kontakt@example.se', FALSE, 'COMPLETED',"
                        + " ?, ?, NOW(6), NOW(6), ?)")
                .setParameter(1, title).setParameter(2, kind).setParameter(3, day + " 09:00:00")
                .setParameter(4, day + " 16:00:00").setParameter(5, day).executeUpdate();
        return lastId();
    }

    private void registration(long course, long account, String status, long organisation, String municipality) {
        em.createNativeQuery("INSERT INTO registration (course_id, account_id, status, organisation_id,"
                        + " municipality_code, profession_code, sector_code, registered_at, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'socialsekreterare', 'socialtjanst', NOW(6), NOW(6))")
                .setParameter(1, course).setParameter(2, account).setParameter(3, status)
                .setParameter(4, organisation).setParameter(5, municipality).executeUpdate();
    }

    private long countedActivity(String title, String day) {
        em.createNativeQuery("INSERT INTO counted_activity (county_code, kind_code, title, organiser, starts_on,"
                        + " ends_on, created_at, updated_at) VALUES ('25', 'informationstillfalle', ?,"
                        + " 'Länsstyrelsen', ?, ?, NOW(6), NOW(6))")
                .setParameter(1, title).setParameter(2, day).setParameter(3, day).executeUpdate();
        return lastId();
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            em.joinTransaction();
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
