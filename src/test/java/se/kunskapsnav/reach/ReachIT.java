package se.kunskapsnav.reach;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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
import se.kunskapsnav.platform.ChangeLogCache;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.TableExport;
import se.kunskapsnav.reach.charts.MapValue;
import se.kunskapsnav.reach.web.ReachPictures;
import se.kunskapsnav.reach.web.ShownReports;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import javax.naming.InitialContext;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
 * Later tests change it (C attends after all) and import a sign-in list (B again, and 4 counted); the last ones
 * read the public's figures through the API, the CSV file and the visits API.
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

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    @Inject
    ReachService reach;

    @Inject
    ReachUpdater updater;

    @Inject
    ShownReports shownReports;

    @Inject
    ChangeLog changeLog;

    @Inject
    ChangeLogCache changeLogCache;

    @Inject
    AccountService accounts;

    @Inject
    DirectoryService directory;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    /** The fixture's accounts A, B, C; the tests run in order on one deployment. */
    private static List<TestAccounts.Participant> people;
    private static long trainingDay;
    private static long session;

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
            session = countedActivity("Informationstillfälle om SoL", "2012-05-20");
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
        assertEquals("14 personer från 2 kommuner deltog i 3 aktiviteter 2012.",
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
        assertWithinNoise(14, norrbotten.persons(), "14 is no small count, but published with its noise");
        assertTrue(row(norrbotten, Dimension.MUNICIPALITY, "2580").persons().hidden(), "one person from Luleå");
        Figure pitea = row(norrbotten, Dimension.MUNICIPALITY, "2581").persons();
        assertWithinNoise(13, pitea, "B and the 12 counted");

        // the map shows the same: Norrbotten's 14 municipalities, Luleå hidden, Piteå as its row, Kiruna none
        Map<String, MapValue> map = new ReachPictures(norrbotten).municipalityValues();
        assertEquals(14, map.size());
        assertTrue(map.get("2580").suppressed());
        assertEquals("färre än 5", map.get("2580").text());
        assertEquals(pitea.value(), map.get("2581").value());
        assertEquals(0L, map.get("2584").value());
        String drawn = new ReachPictures(norrbotten).picture(Dimension.MUNICIPALITY);
        assertTrue(drawn.contains("aria-label=\"Piteå: " + pitea.value() + " personer\""),
                "Piteå named with its figure");
        assertTrue(drawn.contains("aria-label=\"Luleå: färre än 5 personer\""), "Luleå's figure hidden on the map too");
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

        long positionBefore = reach.figuresPosition();
        updater.rebuild();
        assertTrue(reach.figuresPosition() > positionBefore, "a rebuild moves the position answers' tags carry");
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

    @Test
    @Order(6)
    void thePublicGetsOneSetOfFiguresFromTheServiceTheApiAndTheCsvWithinTheNoiseOfTheExactOnes() throws Exception {
        ReachQuery year = ReachQuery.year(2012, NORRBOTTEN);
        ReachReport exact = reach.report(year, true);
        ReachReport published = reach.report(year);
        HttpResponse<byte[]> file = api().download("uppfoljning/rapport.csv?lan=25&ar=2012", null);
        JsonObject answer = Api.object(api().send("GET", "api/uppfoljning?lan=25&ar=2012", null, null));

        assertFalse(published.exact());
        assertFalse(answer.getBoolean("exact"));
        assertArrayEquals(TableExport.csv(ReachTables.of(published, reach.options())), file.body(),
                "the file is the public report's tables");
        String csv = new String(file.body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nPersoner;" + published.persons().value() + "\r\n"), csv);
        assertTrue(csv.contains("\r\nExakta siffror;Nej, antalen personer är justerade"), csv);
        assertEquals(json(published.persons()), answer.getJsonObject("persons"));
        assertEquals(json(published.participations()), answer.getJsonObject("participations"));
        assertEquals(json(published.registered()), answer.getJsonObject("registered"));
        assertEquals(json(published.attended()), answer.getJsonObject("attended"));
        assertWithinNoise(exact.persons().value(), published.persons(), "persons");
        assertWithinNoise(exact.participations().value(), published.participations(), "participations");
        for (Dimension dimension : ReachTables.BREAKDOWNS) {
            JsonArray rows = answer.getJsonObject("breakdowns").getJsonArray(dimension.name());
            assertEquals(published.rows(dimension).size(), rows.size(), dimension.name());
            for (int i = 0; i < rows.size(); i++) {
                ReachReport.Row row = published.rows(dimension).get(i);
                assertEquals(json(row.persons()), rows.getJsonObject(i).getJsonObject("persons"), row.label());
                assertWithinNoise(row(exact, dimension, row.key()).persons().value(), row.persons(), row.label());
            }
        }
        for (ReachReport.ActivityRow activity : published.activityRows()) {
            ReachReport.ActivityRow exactRow = exact.activityRows().stream()
                    .filter(a -> a.key().equals(activity.key())).findFirst().orElseThrow();
            assertWithinNoise(exactRow.participants().value(), activity.participants(), activity.title());
        }

        // the same persons through other filters give the same figures: everyone here is a social worker, and
        // nothing happened in Norrbotten in the month before or after 2012
        JsonObject socialWorkers = Api.object(api().send("GET", "api/uppfoljning?lan=25&ar=2012&yrke=socialsekreterare",
                null, null));
        JsonObject longer = Api.object(api().send("GET", "api/uppfoljning?lan=25&fran=2011-12-01&till=2013-01-31",
                null, null));
        for (JsonObject other : List.of(socialWorkers, longer)) {
            assertEquals(answer.getJsonObject("persons"), other.getJsonObject("persons"));
            assertEquals(answer.getJsonObject("participations"), other.getJsonObject("participations"));
            assertEquals(answer.getJsonArray("activityRows"), other.getJsonArray("activityRows"));
            assertEquals(answer.getJsonObject("breakdowns").getJsonArray("MUNICIPALITY"),
                    other.getJsonObject("breakdowns").getJsonArray("MUNICIPALITY"));
        }
        assertEquals(answer.getJsonObject("breakdowns"), longer.getJsonObject("breakdowns"));
        JsonObject profession = answer.getJsonObject("breakdowns").getJsonArray("PROFESSION").getJsonObject(0);
        assertEquals("socialsekreterare", profession.getString("key"));
        assertEquals(answer.getJsonObject("persons"), profession.getJsonObject("persons"), "everyone is in the row");

        // an administrator's token reads the exact figures
        JsonObject administrator = Api.object(api().send("GET", "api/uppfoljning?lan=25&ar=2012",
                testAccounts.tokenFor("admin@demo.kunskapsnav.se"), null));
        assertTrue(administrator.getBoolean("exact"));
        assertEquals(json(exact.persons()), administrator.getJsonObject("persons"));
    }

    /** A script fetches the report files with its API key as it asks the JSON API, and gets the same exactness. */
    @Test
    @Order(6)
    void theReportFilesGiveACallerWithAKeyTheirOwnExactFigures() throws Exception {
        ReachReport exact = reach.report(ReachQuery.year(2012, Set.of("24")), true);
        assertTrue(exact.persons().value() < 5, "a small count, hidden from the public: " + exact.persons());
        TestAccounts.Participant editor = testAccounts.create("vasterbotten", 1, true).get(0);
        inTransaction(() -> em.createNativeQuery("INSERT INTO role_grant (account_id, role, county_code, granted_at)"
                + " VALUES (?, 'EDITOR', '24', NOW())").setParameter(1, editor.accountId()).executeUpdate());

        String exactRow = "\r\nPersoner;" + exact.persons().value() + "\r\n";
        String hiddenRow = "\r\nPersoner;färre än 5\r\n";
        String path = "uppfoljning/rapport.csv?lan=24&ar=2012";
        String withKey = new String(api().download(path, editor.token()).body(), StandardCharsets.UTF_8);
        assertTrue(withKey.contains(exactRow), withKey);
        assertTrue(withKey.contains("\r\nExakta siffror;Ja"), withKey);
        String anonymous = new String(api().download(path, null).body(), StandardCharsets.UTF_8);
        assertTrue(anonymous.contains(hiddenRow), anonymous);
        String otherCounty = new String(api().download(path, testAccounts.tokenFor(
                "redaktor.stockholm@demo.kunskapsnav.se")).body(), StandardCharsets.UTF_8);
        assertTrue(otherCounty.contains(hiddenRow), "an editor of Stockholm sees Västerbotten as the public does");
        for (String extension : List.of("xlsx", "pdf")) {
            HttpResponse<byte[]> file = api().download("uppfoljning/rapport." + extension + "?lan=24&ar=2012",
                    editor.token());
            assertEquals(200, file.statusCode(), extension);
            assertTrue(file.body().length > 0, extension);
        }

        HttpResponse<byte[]> badKey = api().download(path, "kn_not-a-key");
        assertEquals(401, badKey.statusCode());
        assertTrue(badKey.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(badKey.headers().firstValue("Set-Cookie").isEmpty(), "a key starts no session");
    }

    @Test
    @Order(7)
    void aCountedActivityReadsAlikeInTheVisitsApiOnItsMunicipalityAndInTheReport() {
        // the information session: 12 social workers from Piteå, a count from a sign-in sheet
        ReachReport published = reach.report(ReachQuery.year(2012, NORRBOTTEN));
        Figure inReport = published.activityRows().stream()
                .filter(a -> a.key().equals("COUNTED_ACTIVITY:" + session)).findFirst().orElseThrow().participants();
        assertWithinNoise(12, inReport, "the session");

        assertEquals(inReport, reach.activityAttendance(session, "25", null, 12));
        assertEquals(inReport, reach.activityAttendance(session, "25", "2581", 12), "all of them from Piteå");
        assertEquals(Figure.exact(0), reach.activityAttendance(session, "25", "2580", 0), "none from Luleå");
        JsonObject activity = Api.object(api().send("GET", "api/aktiviteter/" + session, null, null));
        assertEquals(json(inReport), activity.getJsonObject("totalAttendees"));
        JsonObject forEditor = Api.object(api().send("GET", "api/aktiviteter/" + session,
                testAccounts.tokenFor("admin@demo.kunskapsnav.se"), null));
        assertEquals(json(Figure.exact(12)), forEditor.getJsonObject("totalAttendees"));
    }

    @Test
    @Order(8)
    void whileAChangeIsNotYetInTheFiguresTheReportSaysHowManyRemain() throws Exception {
        awaitPending(count -> count == 0);
        // A change recorded in a transaction still open holds the summary's position before it, so the change
        // committed after it (by another thread) stays counted as remaining until the first one commits.
        transaction.begin();
        try {
            changeLog.record("counted_activity", String.valueOf(session), ChangeOperation.UPDATE);
            em.flush();
            executor.submit(() -> {
                UserTransaction other = InitialContext.doLookup("java:comp/UserTransaction");
                other.begin();
                changeLog.record("counted_activity", String.valueOf(session), ChangeOperation.UPDATE);
                other.commit();
                return null;
            }).get();
            Thread.sleep(1500); // the updater, woken by that commit, has read what it can
            // asked over HTTP, outside this transaction, which would see its own change too
            JsonObject report = Api.object(api().send("GET", "api/uppfoljning?ar=2012&lan=25", null, null));
            assertEquals(1, report.getJsonNumber("pendingChanges").longValue());
            String page = api().send("GET", "uppfoljning?ar=2012&lan=25", null, null).body();
            assertTrue(page.contains("Siffrorna uppdateras – 1 ändring återstår."), page);
        } finally {
            transaction.commit();
        }
        awaitPending(count -> count == 0);
        assertFalse(api().send("GET", "uppfoljning?ar=2012&lan=25", null, null).body().contains("Siffrorna uppdateras"));
    }

    /**
     * Coverage by SKR group and population band for 2012 in Norrbotten, whose reached municipalities are Luleå and
     * Piteå: with no classification a notice; then 2011's, the nearest earlier year, imported through the API:
     * Luleå B3 with 79 000 people, Piteå and Boden B4 with 42 000 and 28 000, the other eleven C8 with 5 000.
     * Municipalities, not persons: the public sees the same exact figures. The year is removed afterwards.
     */
    @Test
    @Order(9)
    void coverageComparesTheMunicipalitiesReachedWithThoseInEachGroupAndBand() throws Exception {
        String report = "api/uppfoljning?ar=2012&lan=25";
        JsonObject none = Api.object(api().send("GET", report, null, null)).getJsonObject("coverage");
        assertTrue(none.isNull("groupYear"));
        assertEquals("Ingen kommungruppsindelning är inläst för 2012 eller tidigare år", none.getString("groupNotice"));
        assertTrue(none.getJsonArray("groups").isEmpty());

        Map<String, String> norrbotten = Map.of("2580", "B3;79000", "2581", "B4;42 000", "2582", "B4;28000");
        StringBuilder file = new StringBuilder("kommunkod;kommungrupp;folkmängd\r\n");
        for (Object code : em.createNativeQuery("SELECT code FROM municipality ORDER BY code").getResultList()) {
            file.append(code).append(';').append(norrbotten.getOrDefault((String) code,
                    ((String) code).startsWith("25") ? "C8;5000" : "A1;1000000")).append("\r\n");
        }
        try {
            HttpResponse<String> imported = api().sendFile("PUT", "api/kommungrupper/2011",
                    testAccounts.tokenFor("admin@demo.kunskapsnav.se"), "text/csv",
                    file.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(200, imported.statusCode(), imported.body());

            JsonObject coverage = Api.object(api().send("GET", report, null, null)).getJsonObject("coverage");
            assertEquals(2011, coverage.getInt("groupYear"));
            assertEquals("SKR:s kommungruppsindelning 2011, den senaste som finns för 2012",
                    coverage.getString("groupNotice"));
            assertEquals(List.of("B3 1/1 100", "B4 1/2 50", "C8 0/11 0"), rows(coverage.getJsonArray("groups")));
            assertEquals(List.of("UP_TO_15000 0/11 0", "UP_TO_30000 0/1 0", "UP_TO_70000 1/1 100",
                    "UP_TO_200000 1/1 100"), rows(coverage.getJsonArray("bands")));
            String csv = new String(api().download("uppfoljning/rapport.csv?lan=25&ar=2012", null).body(),
                    StandardCharsets.UTF_8);
            assertTrue(csv.contains("\r\nTäckning per kommungrupp (SKR:s kommungruppsindelning 2011, den senaste som"
                    + " finns för 2012)\r\nKommungrupp;Nådda kommuner;Kommuner i gruppen;Andel\r\nB3 Större stad;1;1;"
                    + "100 %\r\nB4 Pendlingskommun nära större stad;1;2;50 %\r\nC8 Landsbygdskommun;0;11;0 %\r\n"), csv);
        } finally {
            inTransaction(() -> em.createNativeQuery("DELETE FROM municipality_classification WHERE year = 2011")
                    .executeUpdate());
        }
    }

    /**
     * The page's reports are kept while the figures stay as they are: one report, its pictures drawn once, for
     * every visitor; a change recorded in the log gives a new one, which the page shows.
     */
    @Test
    @Order(10)
    void thePageKeepsAReportAndItsPicturesUntilTheFiguresMove() throws Exception {
        awaitPending(count -> count == 0);
        ReachQuery query = ReachQuery.year(2012, NORRBOTTEN);
        ShownReports.Shown kept = shownReports.report(query);
        assertSame(kept, shownReports.report(query), "the same report, not made again");
        assertSame(kept.pictures().picture(Dimension.MUNICIPALITY), kept.pictures().picture(Dimension.MUNICIPALITY),
                "the map drawn once");
        String keptFigure = "id=\"deltagartillfallen\">" + ReachTables.count(kept.report().participations()) + "<";
        assertTrue(gzippedPage().contains(keptFigure), "the compressed page a browser gets");
        assertTrue(gzippedPage().contains(keptFigure), "and again, kept compressed");

        // ten more at the information session: more than the noise, so the published figure moves
        inTransaction(() -> {
            em.createNativeQuery("UPDATE counted_participation SET attendees = attendees + 10 WHERE activity_id = ?")
                    .setParameter(1, session).executeUpdate();
            changeLog.record("counted_activity", String.valueOf(session), ChangeOperation.UPDATE);
            return null;
        });
        Instant until = Instant.now().plus(FOLLOWING);
        ShownReports.Shown after = shownReports.report(query);
        while (after.report().participations().equals(kept.report().participations())
                && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            after = shownReports.report(query);
        }
        assertNotEquals(kept.report().participations(), after.report().participations(), "the change is shown");
        assertEquals(reach.report(query, false).participations(), after.report().participations(),
                "the report made anew has the same figures");
        String figure = "id=\"deltagartillfallen\">" + ReachTables.count(after.report().participations()) + "<";
        String page = api().send("GET", "uppfoljning?ar=2012&lan=25", null, null).body();
        assertTrue(page.contains(figure), page);
        String compressed = gzippedPage();
        assertTrue(compressed.contains(figure), "the compressed page follows the figures too: " + compressed);
    }

    /**
     * A public answer showing reach figures is kept with the position the figures hold, not only the change log's:
     * while the figures lag a recorded change (the updater waits for a lock this test holds on its position), the
     * anonymous answer is kept with the old figure; the moment the figures follow, the next answer shows the new one,
     * though the change log has not moved since. A caller with a token is never given the kept answer.
     */
    @Test
    @Order(11)
    void aKeptPublicAnswerShowsANewFigureOnceTheFiguresFollow() throws Exception {
        awaitPending(count -> count == 0);
        String path = "api/aktiviteter/" + session;
        HttpResponse<String> first = api().send("GET", path, null, null);
        JsonObject before = Api.object(first).getJsonObject("totalAttendees");
        String admin = testAccounts.tokenFor("admin@demo.kunskapsnav.se");
        long attendees = ((Number) em.createNativeQuery("SELECT SUM(attendees) FROM counted_participation"
                + " WHERE activity_id = ?").setParameter(1, session).getSingleResult()).longValue();
        HttpResponse<String> lagging;
        transaction.begin();
        try {
            em.joinTransaction();
            em.createNativeQuery("SELECT applied_sequence FROM reach_position WHERE id = 1 FOR UPDATE")
                    .getSingleResult();
            // ten more at the information session, committed by another thread while the figures wait
            long recorded = executor.submit(() -> {
                UserTransaction other = InitialContext.doLookup("java:comp/UserTransaction");
                other.begin();
                em.joinTransaction();
                em.createNativeQuery("UPDATE counted_participation SET attendees = attendees + 10"
                        + " WHERE activity_id = ?").setParameter(1, session).executeUpdate();
                changeLog.record("counted_activity", String.valueOf(session), ChangeOperation.UPDATE);
                long position = changeLog.lastSequence();
                other.commit();
                return position;
            }).get();
            Instant seen = Instant.now().plus(FOLLOWING);
            while (changeLogCache.lastSequenceSeen() < recorded && Instant.now().isBefore(seen)) {
                Thread.sleep(50);
            }
            // kept under the log's new position, with the figures as they were
            lagging = awaitKept(path, first.headers().firstValue("ETag").orElseThrow());
            assertEquals(before, Api.object(lagging).getJsonObject("totalAttendees"), "the figures have not followed");
            assertEquals(json(Figure.exact(attendees + 10)), Api.object(api().send("GET", path, admin, null))
                    .getJsonObject("totalAttendees"), "the county's editors read the recorded count, never kept");
        } finally {
            transaction.commit();
        }
        long logPosition = changeLogCache.lastSequenceSeen();
        Instant until = Instant.now().plus(FOLLOWING);
        while (reach.figuresPosition() < logPosition && Instant.now().isBefore(until)) {
            Thread.sleep(50);
        }
        assertTrue(reach.figuresPosition() >= logPosition, "the figures followed the change");

        HttpResponse<String> followed = api().send("GET", path, null, null);
        assertNotEquals(lagging.headers().firstValue("ETag"), followed.headers().firstValue("ETag"));
        JsonObject after = Api.object(followed).getJsonObject("totalAttendees");
        assertEquals(json(reach.activityAttendance(session, "25", null, attendees + 10)), after);
        assertNotEquals(before, after, "ten more is more than the noise");
    }

    /** The anonymous answer at {@code path} once it is served kept (saying its age) under a tag not {@code old}. */
    private HttpResponse<String> awaitKept(String path, String old) throws InterruptedException {
        Instant until = Instant.now().plus(FOLLOWING);
        HttpResponse<String> answer = api().send("GET", path, null, null);
        while ((answer.headers().firstValue("Age").isEmpty() || answer.headers().firstValue("ETag").orElse(old)
                .equals(old)) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            answer = api().send("GET", path, null, null);
        }
        assertTrue(answer.headers().firstValue("Age").isPresent(), "not kept: " + answer.headers().map());
        assertNotEquals(old, answer.headers().firstValue("ETag").orElse(old), "kept under a new tag");
        return answer;
    }

    /** The report page of Norrbotten 2012 as a browser gets it: compressed. */
    private String gzippedPage() throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(base + "uppfoljning?ar=2012&lan=25"))
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals("gzip", answer.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(answer.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> rows(JsonArray rows) {
        return rows.getValuesAs(JsonObject.class).stream().map(row -> row.getString("key") + " "
                + row.getInt("reached") + "/" + row.getInt("total") + " " + row.getInt("percent")).toList();
    }

    private void awaitPending(LongPredicate done) throws InterruptedException {
        Instant until = Instant.now().plus(FOLLOWING);
        while (!done.test(reach.pendingChanges()) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertTrue(done.test(reach.pendingChanges()), "pending changes: " + reach.pendingChanges());
    }

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    /** A shown figure is the count give or take the noise; a count under 5 is never shown. */
    private static void assertWithinNoise(long count, Figure figure, String what) {
        if (count == 0) {
            assertEquals(Figure.exact(0), figure, what);
        } else if (count < Figure.SMALLEST_SHOWN) {
            assertTrue(figure.hidden(), what + ": " + count + " is hidden");
        } else if (!figure.hidden()) {
            assertTrue(Math.abs(figure.value() - count) <= Perturbation.MOST && figure.value() >= Figure.SMALLEST_SHOWN,
                    what + ": " + count + " was published as " + figure.value());
        }
    }

    /** A figure as the API writes it. */
    private static JsonObject json(Figure figure) {
        return figure.hidden() ? Json.createObjectBuilder().addNull("value").add("hidden", true).build()
                : Json.createObjectBuilder().add("value", figure.value()).add("hidden", false).build();
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
        return report.rows(dimension).stream().filter(r -> Objects.equals(key, r.key())).findFirst()
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
