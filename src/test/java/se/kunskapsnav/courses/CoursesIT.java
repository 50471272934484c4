package se.kunskapsnav.courses;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.accounts.TestAccounts.Participant;
import se.kunskapsnav.notification.DemoMailServer;
import se.kunskapsnav.notification.DemoMailServer.ReceivedFile;
import se.kunskapsnav.notification.DemoMailServer.ReceivedMail;
import se.kunskapsnav.platform.PortalDataSource;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.CrossCountyWrites;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.Mailbox;
import se.kunskapsnav.testsupport.StaleEdits;
import se.kunskapsnav.testsupport.TestDatabase;

import javax.imageio.ImageIO;
import javax.sql.DataSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Courses over the API as scripts and people's clients use it, with the demo SMTP server receiving the
 * mail: publishing, registration with the waiting list (also under 200 simultaneous requests), approval,
 * cancellation, attendance, certificates, exports, calendars, bad input and tenancy.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class CoursesIT {

    private static final String STOCKHOLM_EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String SKANE_EDITOR = "redaktor.skane@demo.kunskapsnav.se";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    @Inject
    AccountService accounts;

    @Inject
    DemoMailServer mailServer;

    @Inject
    Reminders reminders;

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationBatch batches;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    // ---- the waiting list

    @Test
    void aFullCourseKeepsAFairWaitingListAndPromotesWithMailWhenASeatIsFreed() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 1, false, inDays(20), 1).build());
        List<Participant> people = testAccounts.create("kö", 3, true);

        JsonObject first = register(course, people.get(0), "Vegetarisk kost");
        JsonObject second = register(course, people.get(1), null);
        JsonObject third = register(course, people.get(2), null);
        assertEquals("CONFIRMED", first.getString("status"));
        assertEquals("WAITLISTED", second.getString("status"));
        assertEquals(1, second.getInt("queuePosition"));
        assertEquals(2, third.getInt("queuePosition"));
        assertTrue(accounts.personalData(people.get(0).accountId()).held().stream().anyMatch(
                e -> e.kind().equals("registration") && "Vegetarisk kost".equals(e.detail())), "download my data");

        // the registrations' transactions, which held the course's seat lock, composed no mail: each stored the
        // event, and the mail with its files was written when sent
        for (JsonObject registration : List.of(first, second, third)) {
            assertTrue(storedAsEvent(registration.getInt("id")), "mail of registration " + registration);
        }
        Mailbox mailbox = new Mailbox(mailServer);
        ReceivedMail confirmation = mailbox.one(people.get(0).email(), "Bekräftelse");
        assertEquals("kurs-" + course + ".ics", confirmation.attachmentName());
        String ics = confirmation.attachmentText();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
        // an invitation calendars accept: iTIP REQUEST from the course's contact to the registrant
        assertTrue(confirmation.attachmentType().startsWith("text/calendar; method=REQUEST; charset=UTF-8"),
                confirmation.attachmentType());
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nMETHOD:REQUEST\r\n"), ics);
        assertTrue(unfolded.contains(
                "\r\nORGANIZER;CN=\"Sara Utvecklingsledare\":mailto:sara@lansstyrelsen.example.se\r\n"), ics);
        assertTrue(unfolded.contains("PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:" + people.get(0).email() + "\r\n"), ics);
        String uid = "UID:anmalan-" + first.getInt("id") + "@kunskapsnav.test\r\n";
        assertTrue(unfolded.contains(uid), ics);
        assertTrue(mailbox.one(people.get(2).email(), "Du står på väntelistan").body().contains("nummer 2"));

        assertEquals(0, seats(course).getInt("free"));
        assertEquals(2, seats(course).getInt("waiting"));

        assertEquals(200, api().send("DELETE", "api/anmalningar/" + first.getInt("id"), people.get(0).token(), null)
                .statusCode());
        assertEquals("CONFIRMED", status(second, people.get(1)));
        // the cancellation takes the invitation back: the same UID, a higher SEQUENCE
        ReceivedMail cancellation = mailbox.one(people.get(0).email(), "Avbokning bekräftad");
        assertTrue(cancellation.attachmentType().startsWith("text/calendar; method=CANCEL; charset=UTF-8"),
                cancellation.attachmentType());
        String cancelled = cancellation.attachmentText().replace("\r\n ", "");
        assertTrue(cancelled.contains("\r\nMETHOD:CANCEL\r\n") && cancelled.contains(uid), cancelled);
        assertTrue(sequence(cancelled) > sequence(unfolded), cancelled);
        assertEquals(1, Api.object(api().send("GET", "api/anmalningar/" + third.getInt("id"), people.get(2).token(),
                null)).getInt("queuePosition"));
        assertTrue(mailbox.one(people.get(1).email(), "Du har fått en plats").attachmentText()
                .contains("BEGIN:VEVENT"));

        // lowering below the seats taken is refused and changes nothing
        HttpResponse<String> lowered = api().send("PUT", "api/kurser/" + course, editor,
                course("01", 0, false, inDays(20), 1).build().toString());
        assertEquals(400, lowered.statusCode(), lowered.body());
        assertTrue(lowered.body().contains("redan är tagna"), lowered.body());
        assertEquals(1, seats(course).getInt("capacity"));

        // raising the capacity promotes the next in line at once
        HttpResponse<String> raised = api().send("PUT", "api/kurser/" + course, editor,
                course("01", 2, false, inDays(20), 1).build().toString());
        assertEquals(200, raised.statusCode(), raised.body());
        assertEquals("CONFIRMED", status(third, people.get(2)));
        assertEquals(0, seats(course).getInt("waiting"));
    }

    /** Two editors change the same course: the second, made from what both read, is refused (409), not saved over. */
    @Test
    void aChangeMadeFromAnOutdatedCourseIsRefusedNotWrittenOver() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 10, false, inDays(25), 1).build());
        new StaleEdits(api(), editor).assertRefused("api/kurser/" + course,
                course("01", 12, false, inDays(25), 1), course("01", 15, false, inDays(25), 1));
        assertEquals(12, seats(course).getInt("capacity"));
    }

    @Test
    void approvalStillAppliesWhenSomeoneIsPromoted() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 1, true, inDays(25), 1).build());
        List<Participant> people = testAccounts.create("godkann", 2, true);
        JsonObject first = register(course, people.get(0), null);
        JsonObject second = register(course, people.get(1), null);
        assertEquals("AWAITING_APPROVAL", first.getString("status"));
        assertEquals("WAITLISTED", second.getString("status"));

        assertEquals(200, api().send("POST", "api/anmalningar/" + first.getInt("id") + "/avsla", editor, null)
                .statusCode());
        assertEquals("AWAITING_APPROVAL", status(second, people.get(1)), "promoted, but still to be approved");
        assertEquals(200, api().send("POST", "api/anmalningar/" + second.getInt("id") + "/godkann", editor, null)
                .statusCode());
        assertEquals("CONFIRMED", status(second, people.get(1)));
        Mailbox mailbox = new Mailbox(mailServer);
        mailbox.one(people.get(0).email(), "Din anmälan har inte godkänts");
        mailbox.one(people.get(1).email(), "En plats har reserverats åt dig");
        assertTrue(mailbox.one(people.get(1).email(), "Din anmälan är godkänd").attachmentText()
                .contains("END:VCALENDAR"));
    }

    @Test
    void twoHundredSimultaneousRegistrationsFillFiftySeatsExactlyAndTenCancellationsPromoteTheFirstTen()
            throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 50, false, inDays(40), 1).build());
        List<Participant> people = testAccounts.create("samtidig", 200, true);
        long claimsBefore = claims(course);

        List<JsonObject> answers = registerAllAtOnce(course, people);

        assertEquals(50, answers.stream().filter(a -> a.getString("status").equals("CONFIRMED")).count());
        List<Integer> positions = answers.stream().filter(a -> a.getString("status").equals("WAITLISTED"))
                .map(a -> a.getInt("queuePosition")).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, 150).boxed().toList(), positions);

        List<Participant> confirmed = new ArrayList<>();
        List<Long> waitingInQueueOrder = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            JsonObject answer = answers.get(i);
            if (answer.getString("status").equals("CONFIRMED")) {
                confirmed.add(people.get(i));
            }
        }
        answers.stream().filter(a -> a.getString("status").equals("WAITLISTED"))
                .sorted((a, b) -> Integer.compare(a.getInt("queuePosition"), b.getInt("queuePosition")))
                .forEach(a -> waitingInQueueOrder.add((long) a.getInt("id")));

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertTrue(claims(course) - claimsBefore < 200, "registrations arriving together took the lock together");
            assertEquals(200, count(sql, "select count(distinct recipient) from mail_outbox where event_subject in"
                    + " (select id from registration where course_id = " + course + ")"), "one mail each");
            assertEquals(200, count(sql, "select count(*) from mail_outbox where event_subject in"
                    + " (select id from registration where course_id = " + course + ")"));
        }
        Set<String> emails = people.stream().map(Participant::email).collect(Collectors.toSet());
        new Mailbox(mailServer).await(m -> emails.contains(m.to()), 200);
        assertEquals(200, mailServer.received().stream().filter(m -> emails.contains(m.to())).count(),
                "every mail sent, once");

        List<Participant> leaving = confirmed.subList(0, 10);
        cancelAllAtOnce(leaving.stream().map(people::indexOf).toList(), people, answers);

        JsonArray registrations = Api.array(api().send("GET", "api/kurser/" + course + "/anmalningar", editor, null));
        List<Long> nowConfirmed = registrations.stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("status").equals("CONFIRMED")).map(r -> (long) r.getInt("id")).toList();
        assertEquals(50, nowConfirmed.size());
        assertTrue(nowConfirmed.containsAll(waitingInQueueOrder.subList(0, 10)), "the first ten were promoted");
        assertFalse(nowConfirmed.contains(waitingInQueueOrder.get(10)), "the eleventh still waits");
        assertEquals(140, seats(course).getInt("waiting"));
    }

    /**
     * Registrations decided together in one transaction ({@link RegistrationBatch}) get what each would have got
     * alone in its turn: the last seat, then places in line; a person twice among them, or already registered, is
     * refused without taking a place; one lock take, one change-log entry, one mail each.
     */
    @Test
    void registrationsDecidedTogetherAreAnsweredAsIfOneAfterAnother() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 2, false, inDays(45), 1).build());
        List<Participant> people = testAccounts.create("tillsammans", 5, true);
        register(course, people.get(0), null);
        long claimsBefore = claims(course);
        List<Participant> arriving = List.of(people.get(1), people.get(2), people.get(1), people.get(3),
                people.get(0), people.get(4));

        List<RegistrationBatch.Outcome> outcomes = batches.register(course, arriving.stream()
                .map(p -> new RegistrationBatch.Applicant(p.accountId(), p.email(),
                        accounts.account(p.accountId()).profile(), null)).toList());
        assertEquals(claimsBefore + 1, claims(course), "one lock take for the batch");

        assertEquals(List.of("CONFIRMED", "WAITLISTED 1", "already", "WAITLISTED 2", "already", "WAITLISTED 3"),
                outcomes.stream().map(o -> o.refusal() != null
                        ? ((RefusedException) o.refusal()).messageKey().replace("registration.", "")
                        : o.registered().registration().getStatus()
                        + (o.registered().queuePosition() > 0 ? " " + o.registered().queuePosition() : ""))
                        .toList());
        long firstId = outcomes.getFirst().registered().registration().getId();
        assertEquals("CONFIRMED", status(firstId, people.get(1)), "the answer's id is the row's");
        assertEquals(409, api().send("POST", "api/kurser/" + course + "/anmalningar", people.get(2).token(), "{}")
                .statusCode(), "registered by the batch");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertEquals(5, count(sql, "select count(*) from registration where course_id = " + course));
            assertEquals(1, count(sql, "select count(*) from change_log where entity_kind = 'registration' and"
                    + " cast(entity_id as unsigned) in (select id from registration where course_id = " + course
                    + " and account_id <> " + people.get(0).accountId() + ")"), "one entry for the batch");
        }
        Mailbox mailbox = new Mailbox(mailServer);
        mailbox.one(people.get(1).email(), "Bekräftelse");
        for (Participant waiting : List.of(people.get(2), people.get(3), people.get(4))) {
            mailbox.one(waiting.email(), "Du står på väntelistan");
        }
        assertEquals(2, mailServer.received().stream().filter(m -> m.to().equals(people.get(0).email())
                || m.to().equals(people.get(1).email())).count(), "one mail each, none for a refusal");
    }

    // ---- seat quotas (Stockholm county has 26 municipalities)

    @Test
    void aMunicipalityWhoseReservedSeatIsUsedWaitsWithItsPlaceWhileOthersKeepTheirs() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        // 26 reserved seats for 26 municipalities would leave 1 of 27 unreserved; 2 per municipality do not fit
        assertFieldError(api().send("POST", "api/kurser", editor,
                        course("01", 27, false, inDays(20), 1).add("seatQuota", 2)
                                .add("seatQuotaUntil", inDays(10).toString()).build().toString()),
                "seatQuota", "får inte vara fler än kursens platser");
        long course = publishedCourse(editor, course("01", 27, false, inDays(20), 1).add("seatQuota", 1)
                .add("seatQuotaUntil", inDays(10).toString()).build());
        JsonObject shown = Api.object(api().send("GET", "api/kurser/" + course, null, null));
        assertEquals(1, shown.getInt("seatQuota"));
        assertEquals(inDays(10).toString(), shown.getString("seatQuotaUntil"));
        String page = api().send("GET", "kurser/" + course, null, null).body();
        assertTrue(page.contains("1 plats är reserverad för varje kommun i länet till och med "
                + SwedishTime.date(inDays(10))), page);

        List<Participant> stockholm = testAccounts.create("kvot", 4, true);
        Participant solna = testAccounts.createIn("0184", "kvot.solna", 1, true).getFirst();
        JsonObject reserved = register(course, stockholm.get(0), null);
        JsonObject unreserved = register(course, stockholm.get(1), null);
        JsonObject waiting = register(course, stockholm.get(2), null);
        assertEquals("CONFIRMED", reserved.getString("status"));
        assertEquals("CONFIRMED", unreserved.getString("status"), "the one unreserved seat");
        assertEquals("WAITLISTED", waiting.getString("status"));
        assertEquals(1, waiting.getInt("queuePosition"));
        assertTrue(waiting.getBoolean("waitsForReservedSeats"));
        String waitingMail = new Mailbox(mailServer).one(stockholm.get(2).email(), "Du står på väntelistan").body();
        assertTrue(waitingMail.contains("nummer 1 på väntelistan") && waitingMail.contains(
                "De lediga platserna är reserverade för kommuner i länet"), "the mail says why: " + waitingMail);
        assertEquals(25, seats(course).getInt("free"), "the other municipalities' seats stay free");
        JsonObject ownSeat = register(course, solna, null);
        assertEquals("CONFIRMED", ownSeat.getString("status"), "Solna's reserved seat, although someone waits");
        assertFalse(ownSeat.getBoolean("waitsForReservedSeats"));

        // Solna's cancelled seat goes back to Solna's reserve, not to the waiting Stockholm person
        assertEquals(200, api().send("DELETE", "api/anmalningar/" + ownSeat.getInt("id"), solna.token(), null)
                .statusCode());
        assertEquals("WAITLISTED", status(waiting, stockholm.get(2)));
        // a Stockholm seat freed goes to the first in line (Stockholm now holds only its reserved seat's worth)
        assertEquals(200, api().send("DELETE", "api/anmalningar/" + reserved.getInt("id"),
                stockholm.get(0).token(), null).statusCode());
        assertEquals("CONFIRMED", status(waiting, stockholm.get(2)));

        // removing the quota gives the reserved seats to the waiting list at once
        JsonObject fourth = register(course, stockholm.get(3), null);
        assertEquals("WAITLISTED", fourth.getString("status"));
        long revision = Api.object(api().send("GET", "api/kurser/" + course, null, null)).getInt("revision");
        HttpResponse<String> removed = api().send("PUT", "api/kurser/" + course, editor,
                course("01", 27, false, inDays(20), 1).add("revision", revision).build().toString());
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals("CONFIRMED", status(fourth, stockholm.get(3)));
    }

    @Test
    void onTheDayAfterTheReservationUnusedSeatsGoToTheWaitingListInQueueOrderOnce() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 26, false, inDays(20), 1).add("seatQuota", 1)
                .add("seatQuotaUntil", inDays(10).toString()).build());
        List<Participant> people = testAccounts.create("slapp", 27, true);
        List<JsonObject> answers = people.stream().map(p -> register(course, p, null)).toList();
        assertEquals("CONFIRMED", answers.getFirst().getString("status"));
        assertEquals(IntStream.rangeClosed(1, 26).boxed().toList(),
                answers.subList(1, 27).stream().map(a -> a.getInt("queuePosition")).toList());
        assertFalse(registrations.quotasToRelease().contains(course), "still reserved");

        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("update course set seat_quota_until = ? where id = ?")
                .setParameter(1, inDays(-1)).setParameter(2, course).executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        assertTrue(registrations.quotasToRelease().contains(course));
        assertTrue(registrations.releaseQuota(course));
        assertFalse(registrations.releaseQuota(course), "released once");
        assertFalse(registrations.quotasToRelease().contains(course));

        for (int i = 1; i <= 25; i++) {
            assertEquals("CONFIRMED", status(answers.get(i), people.get(i)), "number " + i + " in line");
        }
        JsonObject last = Api.object(api().send("GET", "api/anmalningar/" + answers.get(26).getInt("id"),
                people.get(26).token(), null));
        assertEquals(1, last.getInt("queuePosition"), "the last is now first in line");
        assertFalse(last.getBoolean("waitsForReservedSeats"));
        assertEquals(0, seats(course).getInt("free"));
    }

    @Test
    void twoHundredSimultaneousRegistrationsWithAQuotaNeverOverbookNorTakeAnotherMunicipalitysSeats()
            throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        // 26 seats reserved, one per municipality, and 24 for anyone
        long course = publishedCourse(editor, course("01", 50, false, inDays(40), 1).add("seatQuota", 1)
                .add("seatQuotaUntil", inDays(30).toString()).build());
        List<String> others = List.of("0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127", "0128", "0136");
        List<Participant> people = new ArrayList<>(testAccounts.create("kvotsamtidig", 150, true));
        for (String municipality : others) {
            people.addAll(testAccounts.createIn(municipality, "kvotsamtidig" + municipality, 5, true));
        }

        List<JsonObject> answers = registerAllAtOnce(course, people);

        // Stockholm's and the ten municipalities' reserved seats and the 24 unreserved; 15 stay reserved
        assertEquals(35, answers.stream().filter(a -> a.getString("status").equals("CONFIRMED")).count());
        assertEquals(IntStream.rangeClosed(1, 165).boxed().toList(), answers.stream()
                .filter(a -> a.getString("status").equals("WAITLISTED")).map(a -> a.getInt("queuePosition"))
                .sorted().toList());
        JsonArray all = Api.array(api().send("GET", "api/kurser/" + course + "/anmalningar", editor, null));
        for (String municipality : others) {
            assertTrue(all.stream().map(JsonObject.class::cast).anyMatch(r -> r.getString("status")
                    .equals("CONFIRMED") && municipality.equals(r.getString("municipality"))), municipality);
        }
        assertEquals(15, seats(course).getInt("free"));

        List<Long> waitingInQueueOrder = answers.stream().filter(a -> a.getString("status").equals("WAITLISTED"))
                .sorted((a, b) -> Integer.compare(a.getInt("queuePosition"), b.getInt("queuePosition")))
                .map(a -> (long) a.getInt("id")).toList();
        // Stockholm people leave, Stockholm keeping at least its reserved seat: each freed seat is unreserved
        List<Integer> stockholmConfirmed = IntStream.range(0, 150).filter(i -> answers.get(i).getString("status")
                .equals("CONFIRMED")).boxed().toList();
        List<Integer> leaving = stockholmConfirmed.subList(0, Math.min(10, stockholmConfirmed.size() - 1));
        cancelAllAtOnce(leaving, people, answers);

        List<Long> nowConfirmed = Api.array(api().send("GET", "api/kurser/" + course + "/anmalningar", editor,
                        null)).stream().map(JsonObject.class::cast).filter(r -> r.getString("status")
                .equals("CONFIRMED")).map(r -> (long) r.getInt("id")).toList();
        assertEquals(35, nowConfirmed.size(), "the reserved seats stay reserved");
        assertTrue(nowConfirmed.containsAll(waitingInQueueOrder.subList(0, leaving.size())),
                "the first in line were promoted");
        assertFalse(nowConfirmed.contains(waitingInQueueOrder.get(leaving.size())), "the next still waits");
        assertEquals(165 - leaving.size(), seats(course).getInt("waiting"));
    }

    /**
     * A transaction that writes what it reads about one course's registrations (as the reach summary copies a
     * course's facts from the views with {@code INSERT … SELECT}) does not hold up a registration for the next
     * course. Under REPEATABLE READ it held a gap lock up to the next course's rows until it ended, and with the
     * course-row lock taken in the other order that was the deadlock of the registration benchmark.
     */
    @Test
    void aRegistrationIsNotHeldUpByATransactionReadingAnotherCoursesRegistrations() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long read = publishedCourse(editor, course("01", 10, false, inDays(50), 1).build());
        long next = publishedCourse(editor, course("01", 10, false, inDays(50), 1).build());
        List<Participant> people = testAccounts.create("grannkurs", 2, true);
        register(read, people.get(0), null);

        ExecutorService client = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
            other.setAutoCommit(false);
            try {
                sql.execute("create temporary table facts_read as select * from participation_fact"
                        + " where source_type = 'course' and source_id = " + read);
                Future<HttpResponse<String>> registering = client.submit(() -> api().send("POST",
                        "api/kurser/" + next + "/anmalningar", people.get(1).token(), "{}"));
                HttpResponse<String> answer = registering.get(40, TimeUnit.SECONDS);
                assertEquals(201, answer.statusCode(), answer.body());
            } finally {
                other.rollback();
                sql.execute("drop temporary table if exists facts_read");
                other.setAutoCommit(true);
            }
        } finally {
            client.shutdown();
        }
    }

    /**
     * A registration chosen as a deadlock's victim at commit (its change-log entry waits for a transaction that
     * then wants the course it has locked) is run again whole and succeeds: one registration, one change-log
     * entry, one mail, although its first attempt had written the registration and stored its mail before it
     * was rolled back.
     */
    @Test
    void aRegistrationThatLosesADeadlockIsRunAgainAndCountsOnce() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 10, false, inDays(55), 1).build());
        List<Participant> people = testAccounts.create("dodlage", 30, true);
        Participant person = people.getFirst();
        long deadlocksBefore = deadlocks();

        ExecutorService client = Executors.newSingleThreadExecutor();
        Future<HttpResponse<String>> registering;
        try (Connection other = dataSource.getConnection(); Statement sql = other.createStatement()) {
            other.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // for the gap lock below
            other.setAutoCommit(false);
            try {
                // heavier than a registration (29 rows changed, one at a time so that no other row is locked),
                // so InnoDB rolls the registration back
                for (Participant helper : people.subList(1, people.size())) {
                    sql.executeUpdate("update account set session_version = session_version + 1 where id = "
                            + helper.accountId());
                }
                try (ResultSet last = sql.executeQuery("select max(seq) from change_log")) {
                    last.next();
                    sql.executeQuery("select seq from change_log where seq > " + last.getLong(1) + " for update")
                            .close();
                }
                registering = client.submit(() -> api().send("POST", "api/kurser/" + course + "/anmalningar",
                        person.token(), "{}"));
                awaitLockWait(sql, "insert into change_log", registering);
                sql.executeQuery("select id from course where id = " + course + " for update").close();
            } finally {
                other.rollback();
                other.setAutoCommit(true);
                other.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            HttpResponse<String> answer = registering.get(120, TimeUnit.SECONDS);
            assertEquals(201, answer.statusCode(), answer.body());
            assertEquals("CONFIRMED", Api.object(answer).getString("status"));
            long registration = Api.object(answer).getInt("id");
            assertTrue(deadlocks() > deadlocksBefore, "the registration met a deadlock");

            assertEquals(1, count(sql, "select count(*) from registration where course_id = " + course
                    + " and account_id = " + person.accountId()));
            assertEquals(1, count(sql, "select count(*) from change_log where entity_kind = 'registration'"
                    + " and entity_id = '" + registration + "'"));
            assertEquals(1, count(sql, "select count(*) from mail_outbox where recipient = '" + person.email() + "'"));
        } finally {
            client.shutdown();
        }
        new Mailbox(mailServer).one(person.email(), "Bekräftelse");
        assertEquals(1, mailServer.received().stream().filter(m -> m.to().equals(person.email())).count(),
                "one mail, sent once");
    }

    // ---- refusals and bad input

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long coursesBefore = courseCount();

        JsonObject endBeforeStart = course("01", 10, false, inDays(30), 1)
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", inDays(30).atTime(16, 0).toString()).add("end", inDays(30).atTime(9, 0).toString())
                        .add("place", "Stockholm"))).build();
        assertFieldError(api().send("POST", "api/kurser", editor, endBeforeStart.toString()), "sessions[0].end",
                "Skriv en sluttid som är efter starttiden.");
        assertFieldError(api().send("POST", "api/kurser", editor,
                course("01", -1, false, inDays(30), 1).build().toString()), "capacity", "mellan 0 och 10 000");
        assertFieldError(api().send("POST", "api/kurser", editor,
                course("01", 10, false, inDays(30), 1).add("themes", Json.createArrayBuilder().add("finns-inte"))
                        .build().toString()), "themes", "Välj teman i listan.");
        assertFieldError(api().send("POST", "api/kurser", editor,
                course("01", 10, false, inDays(30), 1).add("title", "x".repeat(201)).build().toString()), "title",
                "för lång");
        assertFieldError(api().send("POST", "api/kurser", editor,
                course("01", 10, false, inDays(30), 1).add("level", "GLOBAL").build().toString()), "level",
                "regional eller nationell");
        // 02:30 on the last Sunday of March 2027 does not exist in Sweden
        JsonObject missingHour = course("01", 10, false, LocalDate.of(2027, 3, 28), 1)
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", "2027-03-28T02:30").add("end", "2027-03-28T09:00").add("place", "Solna")))
                .build();
        assertFieldError(api().send("POST", "api/kurser", editor, missingHour.toString()), "sessions[0].start",
                "Den tiden finns inte");
        assertEquals(coursesBefore, courseCount(), "nothing was saved");

        long draft = created(api().send("POST", "api/kurser", editor,
                course("01", 10, false, inDays(30), 1).build().toString()));
        Participant person = testAccounts.create("fel", 1, true).getFirst();
        assertEquals(404, api().send("POST", "api/kurser/" + draft + "/anmalningar", person.token(), "{}")
                .statusCode(), "a draft is not there for participants");
        assertEquals(404, api().send("GET", "api/kurser/" + draft, null, null).statusCode());

        long outboxBefore = outboxRows();
        long open = publishedCourse(editor, course("01", 10, false, inDays(30), 1).build());
        register(open, person, null);
        HttpResponse<String> twice = api().send("POST", "api/kurser/" + open + "/anmalningar", person.token(), "{}");
        assertEquals(409, twice.statusCode());
        assertTrue(twice.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(twice.body().contains("redan anmäld"), twice.body());
        assertEquals(outboxBefore + 1, outboxRows(), "the refused registration wrote no mail");

        Participant unverified = testAccounts.create("overifierad", 1, false).getFirst();
        HttpResponse<String> notVerified = api().send("POST", "api/kurser/" + open + "/anmalningar",
                unverified.token(), "{}");
        assertEquals(409, notVerified.statusCode());
        assertTrue(notVerified.body().contains("Bekräfta din e-postadress"), notVerified.body());

        HttpResponse<String> tooLongNote = api().send("POST", "api/kurser/" + open + "/anmalningar",
                testAccounts.create("not", 1, true).getFirst().token(),
                Json.createObjectBuilder().add("note", "n".repeat(501)).build().toString());
        assertFieldError(tooLongNote, "note", "för lång");

        long closed = publishedCourse(editor, course("01", 10, false, inDays(3), 1)
                .add("registrationOpens", LocalDateTime.now().minusDays(10).withNano(0).toString())
                .add("registrationCloses", LocalDateTime.now().minusDays(1).withNano(0).toString()).build());
        HttpResponse<String> late = api().send("POST", "api/kurser/" + closed + "/anmalningar", person.token(), "{}");
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("Sista anmälningsdag har passerat"), late.body());

        assertEquals(401, api().send("POST", "api/kurser/" + open + "/anmalningar", null, "{}").statusCode());
    }

    @Test
    void anEditorOfAnotherCountyCannotChangeACourseWhateverIdTheySend() {
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(stockholm, course("01", 5, false, inDays(30), 1).build());
        Participant person = testAccounts.create("tenant", 1, true).getFirst();
        long registration = register(course, person, null).getInt("id");
        CrossCountyWrites skane = new CrossCountyWrites(URI.create(base.toString()),
                testAccounts.tokenFor(SKANE_EDITOR));
        String readBack = "api/kurser/" + course;
        skane.assertRefused("PUT", readBack, course("01", 9, false, inDays(30), 1).build().toString(), readBack);
        skane.assertRefused("POST", "api/kurser", course("01", 9, false, inDays(30), 1).build().toString(),
                "api/kurser?lan=01");
        skane.assertRefused("POST", readBack + "/publicera", null, readBack);
        skane.assertRefused("POST", readBack + "/installd", null, readBack);
        skane.assertRefused("POST", readBack + "/kopia", null, "api/kurser?lan=01");
        skane.assertRefused("DELETE", "api/anmalningar/" + registration, null, readBack);
        skane.assertRefused("POST", "api/anmalningar/" + registration + "/godkann", null, readBack);
        skane.assertRefused("POST", "api/anmalningar/" + registration + "/avsla", null, readBack);
        skane.assertRefused("POST", readBack + "/utskick", "{\"subject\":\"x\",\"body\":\"y\"}", readBack);
        skane.assertRefused("PUT", readBack + "/tillfallen/1/narvaro", "{}", readBack);
        assertEquals(403, api().send("GET", readBack + "/anmalningar", testAccounts.tokenFor(SKANE_EDITOR), null)
                .statusCode());

        // a co-organising county may edit
        long shared = publishedCourse(stockholm, course("01", 5, false, inDays(30), 1)
                .add("coOrganisers", Json.createArrayBuilder().add("12")).build());
        assertEquals(200, api().send("PUT", "api/kurser/" + shared, testAccounts.tokenFor(SKANE_EDITOR),
                course("01", 7, false, inDays(30), 1).add("coOrganisers", Json.createArrayBuilder().add("12"))
                        .build().toString()).statusCode());
    }

    // ---- the course's life

    @Test
    void cancellingACourseCancelsEveryRegistrationAndTellsEveryone() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 1, false, inDays(30), 2).build());
        List<Participant> people = testAccounts.create("installd", 2, true);
        register(course, people.get(0), null);
        register(course, people.get(1), null);
        JsonObject cancelled = Api.object(api().send("POST", "api/kurser/" + course + "/installd", editor, null));
        assertEquals("CANCELLED", cancelled.getString("status"));
        Mailbox mailbox = new Mailbox(mailServer);
        // the one with a seat had an invitation, which the cancellation takes back; the one waiting had none
        ReceivedMail seated = mailbox.one(people.get(0).email(), "Inställd");
        assertTrue(seated.attachmentType().startsWith("text/calendar; method=CANCEL; charset=UTF-8"),
                seated.attachmentType());
        assertTrue(seated.attachmentText().contains("STATUS:CANCELLED"), seated.attachmentText());
        assertTrue(seated.attachmentText().contains("\r\nMETHOD:CANCEL\r\n"), seated.attachmentText());
        assertNull(mailbox.one(people.get(1).email(), "Inställd").attachmentText());
        assertTrue(Api.array(api().send("GET", "api/kurser/" + course + "/anmalningar", editor, null)).stream()
                .map(JsonObject.class::cast).allMatch(r -> r.getString("status").equals("CANCELLED")));
        assertEquals(409, api().send("POST", "api/kurser/" + course + "/anmalningar",
                testAccounts.create("sen", 1, true).getFirst().token(), "{}").statusCode());
    }

    @Test
    void attendanceLeadsToCompletionCertificatesAndExports() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 5, false, inDays(30), 2).build());
        List<Participant> people = testAccounts.create("narvaro", 2, true);
        long present = register(course, people.get(0), "Glutenfri").getInt("id");
        long absent = register(course, people.get(1), null).getInt("id");
        assertEquals(List.of("REGISTERED", "REGISTERED"), outcomes(course), "registered counts before attendance");

        HttpResponse<String> early = api().send("PUT", "api/kurser/" + course + "/tillfallen/"
                + sessionIds(course).getFirst() + "/narvaro", editor, "{\"" + present + "\":true}");
        assertEquals(409, early.statusCode(), "attendance waits until the session has started");

        assertEquals("Glutenfri", registrationOf(editor, course, present).getString("note"));

        moveCourseIntoThePast(course);
        registrations.forgetNotesOfEndedCourses();
        assertTrue(registrationOf(editor, course, present).isNull("note"), "the note goes once the course is over");
        List<Long> sessions = sessionIds(course);
        for (Long session : sessions) {
            HttpResponse<String> marked = api().send("PUT", "api/kurser/" + course + "/tillfallen/" + session
                    + "/narvaro", editor, "{\"" + present + "\":true,\"" + absent + "\":false}");
            assertEquals(200, marked.statusCode(), marked.body());
        }
        assertEquals("COMPLETED", Api.object(api().send("GET", "api/kurser/" + course, null, null))
                .getString("status"), "the last session is over and everyone is marked");
        assertEquals("ATTENDED", status(present, people.get(0)));
        assertEquals("NO_SHOW", status(absent, people.get(1)));
        assertEquals(List.of("ABSENT", "ATTENDED"), outcomes(course), "registered versus attended, as reach reads it");

        HttpResponse<byte[]> certificate = api().download("api/anmalningar/" + present + "/intyg",
                people.get(0).token());
        assertEquals(200, certificate.statusCode());
        assertEquals("application/pdf", certificate.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(certificate.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        assertEquals(409, api().download("api/anmalningar/" + absent + "/intyg", people.get(1).token())
                .statusCode());
        assertEquals(404, api().download("api/anmalningar/" + present + "/intyg", people.get(1).token())
                .statusCode(), "nobody else's certificate");

        HttpResponse<byte[]> csv = api().download("api/kurser/" + course + "/anmalningar.csv", editor);
        assertEquals(200, csv.statusCode());
        String table = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(table.contains("Deltagare narvaro 0") && table.contains("Närvarande")
                && table.contains("Frånvarande"), table);
        HttpResponse<byte[]> xlsx = api().download("api/kurser/" + course + "/anmalningar.xlsx", editor);
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0], "an xlsx file is a zip");
        assertEquals(403, api().download("api/kurser/" + course + "/anmalningar.csv", people.get(0).token())
                .statusCode());
    }

    // ---- check-in at the door

    @Test
    void aCodeAskedForFromManyTabsAtOnceIsDrawnOnce() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 5, false, inDays(30), 1).build());
        Participant person = testAccounts.create("samtidigt", 1, true).getFirst();
        long registration = register(course, person, null).getInt("id");
        List<String> codes = all(Collections.nCopies(8, (Callable<String>) () -> checkinCode(registration, person)));
        assertEquals(1, new HashSet<>(codes).size(), "one code, whoever drew it: " + codes);
    }

    @Test
    void aCheckinCodeChecksInOnlyAtItsOwnCourseAndOnlyOnce() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 5, false, inDays(30), 2).build());
        long otherCourse = publishedCourse(editor, course("01", 5, false, inDays(30), 1).build());
        List<Participant> people = testAccounts.create("incheckning", 3, true);
        long alva = register(course, people.get(0), null).getInt("id");
        long bo = register(course, people.get(1), null).getInt("id");
        long elsewhere = register(otherCourse, people.get(2), null).getInt("id");
        String alvasCode = checkinCode(alva, people.get(0));
        String otherCoursesCode = checkinCode(elsewhere, people.get(2));
        assertEquals(alvasCode, checkinCode(alva, people.get(0)), "one code per registration, kept");
        assertTrue(alvasCode.matches("[A-Za-z0-9_-]{22}") && !alvasCode.contains(String.valueOf(alva)), alvasCode);
        assertEquals(404, api().send("GET", "api/anmalningar/" + alva + "/incheckningskod", people.get(1).token(),
                null).statusCode(), "nobody else's code");

        // the seat's mail carries the code as a picture a phone can show at the door
        ReceivedMail confirmation = new Mailbox(mailServer).one(people.get(0).email(), "Bekräftelse");
        ReceivedFile picture = confirmation.files().stream().filter(f -> f.name().equals("incheckning.png"))
                .findFirst().orElseThrow(() -> new AssertionError(confirmation.files()));
        assertTrue(picture.type().startsWith("image/png") && "inline".equals(picture.disposition()), picture.type());
        assertEquals(alvasCode, decodeQr(picture.content()), "the mail's picture is the person's code");
        assertTrue(confirmation.body().contains("kod för incheckningen är bilden incheckning.png"),
                confirmation.body());

        String session = "api/kurser/" + course + "/tillfallen/" + sessionIds(course).getFirst() + "/incheckning";
        assertEquals(409, checkIn(session, editor, alvasCode).statusCode(), "not days before the session");
        moveCourseToBeginIn(course, Duration.ofMinutes(30));
        assertEquals(409, api().send("PUT", "api/kurser/" + course + "/tillfallen/" + sessionIds(course).getFirst()
                + "/narvaro", editor, "{\"" + bo + "\":false}").statusCode(), "absent only once it has begun");

        HttpResponse<String> wrongCourse = checkIn(session, editor, otherCoursesCode);
        assertEquals(409, wrongCourse.statusCode(), wrongCourse.body());
        assertTrue(wrongCourse.body().contains("Koden gäller en annan kurs"), wrongCourse.body());
        HttpResponse<String> noCode = checkIn(session, editor, "https://example.se/" + alvasCode);
        assertTrue(noCode.statusCode() == 409 && noCode.body().contains("Koden känns inte igen"), noCode.body());
        assertEquals(0, attendanceMarks(course), "a refused code changes nothing");
        assertEquals(List.of("REGISTERED", "REGISTERED"), outcomes(course));
        assertEquals(403, checkIn(session, testAccounts.tokenFor(SKANE_EDITOR), alvasCode).statusCode(),
                "an editor of another county checks nobody in");
        assertEquals(0, attendanceMarks(course));

        HttpResponse<String> scanned = checkIn(session, editor, alvasCode);
        assertEquals(200, scanned.statusCode(), scanned.body());
        JsonObject result = Api.object(scanned);
        assertEquals(alva, result.getInt("registration"));
        assertEquals("Deltagare incheckning 0", result.getString("name"), "the organiser sees whom they checked in");
        assertTrue(result.getBoolean("present") && !result.getBoolean("already"));
        assertEquals(1, result.getInt("presentCount"));
        assertEquals(2, result.getInt("registeredCount"));
        assertEquals("ATTENDED", status(alva, people.get(0)), "present at a session: attended, as certificates read it");
        assertEquals(List.of("ATTENDED", "REGISTERED"), outcomes(course), "reach counts the check-in");
        Object markedAt = markedAt(alva);

        JsonObject again = Api.object(checkIn(session, editor, alvasCode));
        assertTrue(again.getBoolean("already") && again.getInt("presentCount") == 1, again.toString());
        assertEquals(markedAt, markedAt(alva), "a second scan changes nothing");
        assertEquals(1, attendanceMarks(course));
        assertEquals(1, audited(alva, "CHECKIN"), "the check-in is audited once, with whom it checked in");

        HttpResponse<String> byName = api().send("POST", session, editor, "{\"registration\":" + bo + "}");
        assertEquals(200, byName.statusCode(), byName.body());
        assertEquals(2, Api.object(byName).getInt("presentCount"));
        assertEquals(400, api().send("POST", session, editor, "{}").statusCode(), "a code or a registration");
        assertEquals(409, api().send("POST", session, editor, "{\"registration\":" + elsewhere + "}").statusCode(),
                "nobody of another course");
        assertEquals(2, attendanceMarks(course));
    }

    @Test
    void aMistakenCheckinIsUndoneAsIfNeverMade() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 5, false, inDays(30), 2).build());
        Participant person = testAccounts.create("angra", 1, true).getFirst();
        long registration = register(course, person, null).getInt("id");
        moveCourseIntoThePast(course);
        String session = "api/kurser/" + course + "/tillfallen/" + sessionIds(course).getFirst() + "/incheckning";
        assertEquals(200, checkIn(session, editor, checkinCode(registration, person)).statusCode());
        assertEquals("ATTENDED", status(registration, person));

        assertEquals(403, api().send("DELETE", session + "/" + registration, testAccounts.tokenFor(SKANE_EDITOR), null)
                .statusCode(), "an editor of another county undoes nothing");
        assertEquals("ATTENDED", status(registration, person));
        HttpResponse<String> undone = api().send("DELETE", session + "/" + registration, editor, null);
        assertEquals(200, undone.statusCode(), undone.body());
        JsonObject result = Api.object(undone);
        assertFalse(result.getBoolean("present"));
        assertEquals(0, result.getInt("presentCount"));
        assertEquals("CONFIRMED", status(registration, person), "back to a seat not yet marked");
        assertEquals(0, attendanceMarks(course), "the mark is gone, not turned into absent");
        assertEquals(List.of("REGISTERED"), outcomes(course));
        assertEquals(1, audited(registration, "CHECKIN_UNDO"), "the undo is audited");
        HttpResponse<String> twice = api().send("DELETE", session + "/" + registration, editor, null);
        assertTrue(twice.statusCode() == 409 && twice.body().contains("inte incheckad"), twice.body());
    }

    @Test
    void anErasedPersonsNoteGoesAndTheirSeatPassesToTheFirstInLine() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long course = publishedCourse(editor, course("01", 1, false, inDays(35), 1).build());
        List<Participant> people = testAccounts.create("radera", 2, true);
        long erased = register(course, people.get(0), "Nötallergi").getInt("id");
        long waiting = register(course, people.get(1), null).getInt("id");

        accounts.erase(people.get(0).accountId());

        JsonObject gone = registrationOf(editor, course, erased);
        assertEquals("CANCELLED", gone.getString("status"));
        assertTrue(gone.isNull("note"));
        assertEquals("CONFIRMED", registrationOf(editor, course, waiting).getString("status"));
        new Mailbox(mailServer).one(people.get(1).email(), "Du har fått en plats");
    }

    @Test
    void remindersGoTwoDaysAheadOnceAndCalendarsListPublishedCourses() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long soon = publishedCourse(editor, course("01", 5, false, LocalDate.now().plusDays(1), 1)
                .add("title", "Påminnelsekurs " + System.nanoTime())
                .add("registrationCloses", LocalDateTime.now().plusHours(2).withNano(0).toString()).build());
        Participant person = testAccounts.create("paminn", 1, true).getFirst();
        register(soon, person, null);
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, new Mailbox(mailServer).await(m -> m.to().equals(person.email())
                && m.subject().startsWith("Påminnelse"), 1).size(), () -> "sessions: " + em.createNativeQuery(
                "select starts_at, reminded_at, now() from course_session where course_id = " + soon).getResultList()
                .stream().map(row -> java.util.Arrays.toString((Object[]) row)).toList());

        String title = Api.object(api().send("GET", "api/kurser/" + soon, null, null)).getString("title");
        HttpResponse<String> county = api().send("GET", "api/lan/AB/kalender.ics", null, null);
        assertEquals(200, county.statusCode());
        assertTrue(county.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(county.body().replace("\r\n ", "").contains("SUMMARY:" + title), county.body());
        assertTrue(api().send("GET", "api/kalender.ics", null, null).body().replace("\r\n ", "")
                .contains("SUMMARY:" + title));
        assertFalse(api().send("GET", "api/lan/12/kalender.ics", null, null).body().contains(title));
        assertEquals(404, api().send("GET", "api/lan/99/kalender.ics", null, null).statusCode());
    }

    @Test
    void theCatalogueFiltersAndACopyIsADraftFiftyTwoWeeksLater() {
        String editor = testAccounts.tokenFor(SKANE_EDITOR);
        LocalDate day = inDays(50);
        long course = publishedCourse(editor, course("12", 5, false, day, 1)
                .add("themes", Json.createArrayBuilder().add("konsstympning")).add("format", "ONLINE")
                .add("sessions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("start", day.atTime(9, 0).toString()).add("end", day.atTime(12, 0).toString())
                        .add("onlineUrl", "https://mote.example.se/x"))).build());
        String month = day.toString().substring(0, 7);
        JsonObject found = Api.object(api().send("GET", "api/kurser?lan=M&tema=konsstympning&format=ONLINE&manad="
                + month, null, null));
        assertTrue(found.getJsonArray("courses").stream().map(JsonObject.class::cast)
                .anyMatch(c -> c.getInt("id") == course), found::toString);
        JsonObject otherTheme = Api.object(api().send("GET", "api/kurser?lan=M&tema=aldre", null, null));
        assertTrue(otherTheme.getJsonArray("courses").stream().map(JsonObject.class::cast)
                .noneMatch(c -> c.getInt("id") == course));
        assertEquals(400, api().send("GET", "api/kurser?manad=mars", null, null).statusCode());

        HttpResponse<String> copied = api().send("POST", "api/kurser/" + course + "/kopia", editor, null);
        assertEquals(201, copied.statusCode(), copied.body());
        JsonObject copy = Api.object(copied);
        assertEquals("DRAFT", copy.getString("status"));
        assertEquals(day.plusWeeks(52) + "T09:00", copy.getJsonArray("sessions").getJsonObject(0)
                .getString("start").substring(0, 16));
    }

    // ---- course series

    /** A series is one catalogue entry: its courses name it, a copy keeps it, a follow-up day takes it over. */
    @Test
    void aCourseSeriesIsKeptByCopiesAndFollowUpsAndCannotBeDeletedWhileUsed() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        String name = "BAS " + System.nanoTime();
        HttpResponse<String> created = api().send("POST", "api/kursserier", editor,
                series(name, "01", "NATIONAL").add("alternativeNames", Json.createArrayBuilder().add("VINR bas "
                        + name).add("Våld i nära relationer – grundutbildning " + name)).build().toString());
        long series = created(created);
        JsonObject read = Api.object(api().send("GET", "api/kursserier/" + series, null, null));
        assertEquals(name, read.getString("name"));
        assertEquals(2, read.getJsonArray("alternativeNames").size());
        assertEquals("NATIONAL", read.getString("level"));
        assertTrue(Api.array(api().send("GET", "api/kursserier", null, null)).stream().map(JsonObject.class::cast)
                .anyMatch(s -> s.getInt("id") == series));

        long course = publishedCourse(editor, course("01", 5, false, inDays(40), 1).add("seriesId", series).build());
        assertEquals(series, Api.object(api().send("GET", "api/kurser/" + course, null, null)).getInt("seriesId"));
        JsonObject copy = Api.object(api().send("POST", "api/kurser/" + course + "/kopia", editor, null));
        assertEquals(series, copy.getInt("seriesId"), "the copy is the same series' next run");
        long followUp = created(api().send("POST", "api/kurser", editor, course("01", 5, false, inDays(60), 1)
                .add("followsUpCourseId", course).build().toString()));
        assertEquals(series, Api.object(api().send("GET", "api/kurser/" + followUp, editor, null)).getInt("seriesId"),
                "a follow-up day is in the series of the course it follows up");
        // a national series may be used by another county's course
        long skane = created(api().send("POST", "api/kurser", testAccounts.tokenFor(SKANE_EDITOR),
                course("12", 5, false, inDays(40), 1).add("seriesId", series).build().toString()));
        assertTrue(skane > 0);

        HttpResponse<String> inUse = api().send("DELETE", "api/kursserier/" + series, editor, null);
        assertEquals(409, inUse.statusCode(), inUse.body());
        assertTrue(inUse.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(inUse.body().contains("kan inte tas bort"), inUse.body());
        assertEquals(200, api().send("GET", "api/kursserier/" + series, null, null).statusCode());

        long unused = created(api().send("POST", "api/kursserier", editor,
                series("SPETS " + System.nanoTime(), "01", "REGIONAL").build().toString()));
        assertEquals(204, api().send("DELETE", "api/kursserier/" + unused, editor, null).statusCode());
        assertEquals(404, api().send("GET", "api/kursserier/" + unused, null, null).statusCode());
    }

    @Test
    void badSeriesInputAndOtherCountiesWritesAreRefusedAndChangeNothing() {
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        String name = "Heder " + System.nanoTime();
        long series = created(api().send("POST", "api/kursserier", stockholm,
                series(name, "01", "REGIONAL").add("alternativeNames", Json.createArrayBuilder().add("HRV " + name))
                        .build().toString()));
        long before = em.createQuery("select count(s) from CourseSeries s", Long.class).getSingleResult();

        assertFieldError(api().send("POST", "api/kursserier", stockholm,
                series(" ", "01", "REGIONAL").build().toString()), "name", "");
        assertFieldError(api().send("POST", "api/kursserier", stockholm,
                series("Ny " + name, "01", "GLOBAL").build().toString()), "level", "regional eller nationell");
        assertFieldError(api().send("POST", "api/kursserier", stockholm,
                series("Ny " + name, "01", "REGIONAL").add("kind", "okand").build().toString()), "kindCode",
                "Välj en kurstyp");
        assertFieldError(api().send("POST", "api/kursserier", stockholm,
                series("hrv  " + name.toUpperCase(), "01", "REGIONAL").build().toString()), "name",
                "används redan");
        assertEquals(before, (long) em.createQuery("select count(s) from CourseSeries s", Long.class)
                .getSingleResult(), "nothing was saved");

        assertFieldError(api().send("POST", "api/kurser", stockholm,
                course("01", 5, false, inDays(30), 1).add("seriesId", Long.MAX_VALUE).build().toString()),
                "seriesId", "Välj en kursserie");
        String skaneEditor = testAccounts.tokenFor(SKANE_EDITOR);
        assertFieldError(api().send("POST", "api/kurser", skaneEditor,
                course("12", 5, false, inDays(30), 1).add("seriesId", series).build().toString()),
                "seriesId", "nationell kursserie");

        CrossCountyWrites skane = new CrossCountyWrites(URI.create(base.toString()), skaneEditor);
        String readBack = "api/kursserier/" + series;
        skane.assertRefused("PUT", readBack, series(name, "01", "NATIONAL").build().toString(), readBack);
        skane.assertRefused("PUT", readBack, series(name, "12", "NATIONAL").build().toString(), readBack);
        skane.assertRefused("DELETE", readBack, null, readBack);
        skane.assertRefused("POST", "api/kursserier", series("Skåne " + name, "01", "REGIONAL").build().toString(),
                "api/kursserier");

        new StaleEdits(api(), stockholm).assertRefused(readBack, series(name, "01", "REGIONAL"),
                series(name, "01", "NATIONAL"));
    }

    // ---- helpers

    private static LocalDate inDays(int days) {
        return LocalDate.now().plusDays(days);
    }

    /** A valid course request of the given county starting on {@code day} at 09:00 for {@code days} days. */
    private static jakarta.json.JsonObjectBuilder course(String county, int capacity, boolean approval,
                                                         LocalDate day, int days) {
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        for (int i = 0; i < days; i++) {
            sessions.add(Json.createObjectBuilder().add("start", day.plusDays(i).atTime(9, 0).toString())
                    .add("end", day.plusDays(i).atTime(16, 0).toString()).add("place", "Länsstyrelsen")
                    .add("address", "Storgatan 1"));
        }
        return Json.createObjectBuilder()
                .add("title", "Våld i nära relationer – test " + System.nanoTime())
                .add("summary", "En utbildningsdag för socialtjänsten.")
                .add("description", "**Program**\n\n- Förmiddag: våldets former\n- Eftermiddag: SOSFS 2014:4")
                .add("kind", "utbildningsdag").add("county", county).add("level", "REGIONAL").add("format", "ON_SITE")
                .add("professions", Json.createArrayBuilder().add("socialsekreterare"))
                .add("sectors", Json.createArrayBuilder().add("socialtjanst"))
                .add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"))
                .add("targetGroups", Json.createArrayBuilder().add("berorda-professioner"))
                .add("sessions", sessions).add("capacity", capacity)
                .add("registrationOpens", LocalDateTime.now().minusDays(1).withNano(0).toString())
                .add("registrationCloses", day.minusDays(1).atTime(12, 0).toString())
                .add("requiresApproval", approval)
                .add("contactName", "Sara Utvecklingsledare").add("contactEmail", "sara@lansstyrelsen.example.se");
    }

    private static jakarta.json.JsonObjectBuilder series(String name, String county, String level) {
        return Json.createObjectBuilder().add("name", name).add("county", county).add("level", level)
                .add("kind", "utbildningsdag").add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"));
    }

    private long publishedCourse(String editorToken, JsonObject course) {
        long id = created(api().send("POST", "api/kurser", editorToken, course.toString()));
        HttpResponse<String> published = api().send("POST", "api/kurser/" + id + "/publicera", editorToken, null);
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Api.object(response).getInt("id");
    }

    private JsonObject register(long course, Participant person, String note) {
        HttpResponse<String> response = api().send("POST", "api/kurser/" + course + "/anmalningar", person.token(),
                note == null ? "{}" : Json.createObjectBuilder().add("note", note).build().toString());
        assertEquals(201, response.statusCode(), response.body());
        return Api.object(response);
    }

    private String status(JsonObject registration, Participant owner) {
        return status(registration.getInt("id"), owner);
    }

    private String status(long registration, Participant owner) {
        return Api.object(api().send("GET", "api/anmalningar/" + registration, owner.token(), null))
                .getString("status");
    }

    /** One registration as the organiser sees it; a missing note is JSON null. */
    private JsonObject registrationOf(String editor, long course, long registration) {
        JsonObject found = Api.array(api().send("GET", "api/kurser/" + course + "/anmalningar", editor, null)).stream()
                .map(JsonObject.class::cast).filter(r -> r.getInt("id") == registration).findFirst().orElseThrow();
        return found.containsKey("note") ? found : Json.createObjectBuilder(found).addNull("note").build();
    }

    private String checkinCode(long registration, Participant owner) {
        HttpResponse<String> response = api().send("GET", "api/anmalningar/" + registration + "/incheckningskod",
                owner.token(), null);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response).getString("code");
    }

    private HttpResponse<String> checkIn(String sessionPath, String editorToken, String code) {
        return api().send("POST", sessionPath, editorToken,
                Json.createObjectBuilder().add("code", code).build().toString());
    }

    private long attendanceMarks(long course) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from attendance a join registration r on r.id = a.registration_id
                        where r.course_id = ?""").setParameter(1, course).getSingleResult()).longValue();
    }

    private long audited(long registration, String action) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from audit_log where entity_kind = 'registration' and entity_id = ?
                        and action = ?""").setParameter(1, String.valueOf(registration)).setParameter(2, action)
                .getSingleResult()).longValue();
    }

    private Object markedAt(long registration) {
        return em.createNativeQuery("select marked_at from attendance where registration_id = ?")
                .setParameter(1, registration).getSingleResult();
    }

    private JsonObject seats(long course) {
        return Api.object(api().send("GET", "api/kurser/" + course, null, null)).getJsonObject("seats");
    }

    private List<Long> sessionIds(long course) {
        return Api.object(api().send("GET", "api/kurser/" + course, null, null)).getJsonArray("sessions").stream()
                .map(JsonObject.class::cast).map(s -> (long) s.getInt("id")).toList();
    }

    private static void assertFieldError(HttpResponse<String> response, String field, String messagePart) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject error = Api.object(response).getJsonArray("errors").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("field").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + ": " + response.body()));
        assertTrue(error.getString("message").contains(messagePart), error.toString());
    }

    private long courseCount() {
        return em.createQuery("select count(c) from Course c", Long.class).getSingleResult();
    }

    /** Whether the registration's mail is in the outbox as one event without subject, body or files. */
    private boolean storedAsEvent(long registration) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from mail_outbox m
                        where m.event_kind = 'course.registered' and m.event_subject = ?
                          and m.subject is null and m.body is null
                          and not exists (select 1 from mail_outbox_attachment a where a.mail_id = m.id)""")
                .setParameter(1, registration).getSingleResult()).longValue() == 1;
    }

    private long outboxRows() {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox").getSingleResult()).longValue();
    }

    /** Time passes: every date of the course moves 32 days back, so a course 30 days ahead was held. */
    private void moveCourseIntoThePast(long course) throws Exception {
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("""
                        update course_session set starts_at = starts_at - interval 32 day,
                               ends_at = ends_at - interval 32 day where course_id = ?""")
                .setParameter(1, course).executeUpdate();
        em.createNativeQuery("""
                        update course set starts_at = starts_at - interval 32 day, ends_at = ends_at - interval 32 day,
                               registration_opens_at = registration_opens_at - interval 32 day,
                               registration_closes_at = registration_closes_at - interval 32 day where id = ?""")
                .setParameter(1, course).executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** Moves the course's dates so that its first session begins after {@code wait} from now. */
    private void moveCourseToBeginIn(long course, Duration wait) throws Exception {
        Timestamp first = (Timestamp) em.createNativeQuery(
                "select min(starts_at) from course_session where course_id = ?").setParameter(1, course)
                .getSingleResult();
        long seconds = Duration.between(Instant.now().plus(wait), first.toInstant()).toSeconds();
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("""
                        update course_session set starts_at = starts_at - interval ? second,
                               ends_at = ends_at - interval ? second where course_id = ?""")
                .setParameter(1, seconds).setParameter(2, seconds).setParameter(3, course).executeUpdate();
        em.createNativeQuery("""
                        update course set starts_at = starts_at - interval ? second,
                               ends_at = ends_at - interval ? second,
                               registration_opens_at = registration_opens_at - interval ? second,
                               registration_closes_at = registration_closes_at - interval ? second where id = ?""")
                .setParameter(1, seconds).setParameter(2, seconds).setParameter(3, seconds)
                .setParameter(4, seconds).setParameter(5, course).executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** The text of a QR code in a PNG picture, read by ZXing as a scanner would. */
    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    /** InnoDB's count of deadlocks since the server started. */
    private long deadlocks() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet status = sql.executeQuery("show global status like 'Innodb_deadlocks'")) {
            status.next();
            return status.getLong(2);
        }
    }

    /**
     * Waits (up to 90 s: the machine may be busy) until some transaction waits for a lock in a statement starting
     * with {@code statementStart}, which {@code request} is expected to send.
     */
    private static void awaitLockWait(Statement sql, String statementStart, Future<HttpResponse<String>> request)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (count(sql, "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'"
                + " and trx_query like '" + statementStart + "%'") == 0) {
            if (request.isDone()) {
                throw new AssertionError("answered without waiting in '" + statementStart + "': "
                        + request.get().statusCode() + " " + request.get().body());
            }
            if (System.nanoTime() > deadline) {
                StringBuilder sessions = new StringBuilder();
                try (ResultSet rows = sql.executeQuery("select state, info from information_schema.processlist"
                        + " where info is not null")) {
                    while (rows.next()) {
                        sessions.append('\n').append(rows.getString(1)).append(": ").append(rows.getString(2));
                    }
                }
                throw new AssertionError("nothing waits in '" + statementStart + "'; statements:" + sessions);
            }
            // InnoDB refreshes innodb_trx only when it was last read more than 0.1 s ago: poll slower than that
            Thread.sleep(250);
        }
    }

    /** How many times the course's seat lock has been taken. */
    private long claims(long course) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            return count(sql, "select claims from course_seat_lock where course_id = " + course);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Everyone registers at the same time; the answers in the order of {@code people}. */
    private List<JsonObject> registerAllAtOnce(long course, List<Participant> people) throws Exception {
        return all(people.stream().map(p -> (Callable<JsonObject>) () -> {
            HttpResponse<String> response = api().send("POST", "api/kurser/" + course + "/anmalningar", p.token(),
                    "{}");
            assertEquals(201, response.statusCode(), response.body());
            return Api.object(response);
        }).toList());
    }

    /** The people at {@code indexes} cancel their registrations (the answers of those indexes) at the same time. */
    private void cancelAllAtOnce(List<Integer> indexes, List<Participant> people, List<JsonObject> registrations)
            throws Exception {
        all(indexes.stream().map(i -> (Callable<JsonObject>) () -> {
            HttpResponse<String> response = api().send("DELETE", "api/anmalningar/"
                    + registrations.get(i).getInt("id"), people.get(i).token(), null);
            assertEquals(200, response.statusCode(), response.body());
            return Api.object(response);
        }).toList());
    }

    private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = pool.invokeAll(calls);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** The outcomes the participation facts hold for a course, in order. */
    @SuppressWarnings("unchecked")
    private List<String> outcomes(long course) {
        return em.createNativeQuery("""
                        select outcome from participation_fact where activity_type = 'COURSE' and activity_id = ?1
                        order by outcome""").setParameter(1, course).getResultList();
    }

    private static long sequence(String icalendar) {
        return Long.parseLong(icalendar.lines().filter(line -> line.startsWith("SEQUENCE:")).findFirst().orElseThrow()
                .substring("SEQUENCE:".length()));
    }

}
