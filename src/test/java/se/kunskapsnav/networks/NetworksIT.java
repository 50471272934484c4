package se.kunskapsnav.networks;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.accounts.TestAccounts.Participant;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.notification.DemoMailServer;
import se.kunskapsnav.notification.DemoMailServer.ReceivedMail;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.CrossCountyWrites;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.Mailbox;
import se.kunskapsnav.testsupport.SampleFiles;
import se.kunskapsnav.testsupport.SamplePdfs;
import se.kunskapsnav.testsupport.StaleEdits;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Networks over the API, with the demo SMTP server receiving the mail: membership rules, invitations with
 * calendar files, reminders, who may read minutes and documents, attendance as participation facts, bad
 * input, erasure and tenancy.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class NetworksIT {

    private static final String STOCKHOLM_EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String SKANE_EDITOR = "redaktor.skane@demo.kunskapsnav.se";
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

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
    DirectoryService directory;

    @Inject
    DemoMailServer mailServer;

    @Inject
    MeetingService meetingService;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    /** Two editors change the same network, then the same meeting: each second change is refused, not saved over. */
    @Test
    void aChangeMadeFromAnOutdatedNetworkOrMeetingIsRefusedNotWrittenOver() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long network = network(editor, "Nätverket före", true);
        new StaleEdits(api(), editor).assertRefused("api/natverk/" + network,
                Json.createObjectBuilder(networkBody("Nätverket först", "01", true)),
                Json.createObjectBuilder(networkBody("Nätverket sist", "01", true)));

        HttpResponse<String> scheduled = api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Höstträff", LocalDateTime.now().plusDays(40), "Länsstyrelsen").build().toString());
        assertEquals(201, scheduled.statusCode(), scheduled.body());
        long meeting = Api.object(scheduled).getInt("id");
        new StaleEdits(api(), editor).assertRefused("api/natverk/traffar/" + meeting,
                meeting("Höstträff först", LocalDateTime.now().plusDays(40), "Länsstyrelsen"),
                meeting("Höstträff sist", LocalDateTime.now().plusDays(40), "Länsstyrelsen"));
    }

    // ---- membership

    @Test
    void anOpenNetworkTakesApplicationsAnEditorDecidesAndMembersMayLeave() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long open = network(editor, "Öppet nätverk", true);
        long closed = network(editor, "Stängt nätverk", false);
        List<Participant> people = testAccounts.create("natverk", 2, true);
        Participant applicant = people.get(0);

        HttpResponse<String> applied = api().send("POST", "api/natverk/" + open + "/ansokan", applicant.token(), null);
        assertEquals(201, applied.statusCode(), applied.body());
        assertEquals("APPLIED", Api.object(applied).getString("status"));
        Mailbox mailbox = new Mailbox(mailServer);
        assertTrue(mailbox.one(applicant.email(), "Din ansökan").body().contains("Öppet nätverk"));
        assertEquals("APPLIED", Api.object(api().send("GET", "api/natverk/" + open, applicant.token(), null))
                .getString("membership"));

        HttpResponse<String> twice = api().send("POST", "api/natverk/" + open + "/ansokan", applicant.token(), null);
        assertEquals(409, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains("redan medlem"), twice.body());
        HttpResponse<String> toClosed = api().send("POST", "api/natverk/" + closed + "/ansokan", applicant.token(), null);
        assertEquals(409, toClosed.statusCode(), toClosed.body());
        assertTrue(toClosed.body().contains("tar inte emot ansökningar"), toClosed.body());
        assertEquals(401, api().send("POST", "api/natverk/" + open + "/ansokan", null, null).statusCode());

        // an applicant does not yet see the member parts; a member does
        assertEquals(403, api().send("GET", "api/natverk/" + open + "/medlemmar", applicant.token(), null).statusCode());
        long membership = Api.object(applied).getInt("id");
        assertEquals("MEMBER", Api.object(api().send("POST", "api/natverk/medlemmar/" + membership + "/godkann",
                editor, null)).getString("status"));
        assertTrue(mailbox.one(applicant.email(), "Välkommen till").body().contains("/natverk/" + open));
        assertEquals(409, api().send("POST", "api/natverk/medlemmar/" + membership + "/godkann", editor, null)
                .statusCode());
        JsonArray seenByMember = Api.array(api().send("GET", "api/natverk/" + open + "/medlemmar", applicant.token(),
                null));
        assertEquals(1, seenByMember.size());
        assertEquals("Deltagare natverk 0", seenByMember.getJsonObject(0).getString("name"));
        assertFalse(seenByMember.getJsonObject(0).containsKey("email"), "members do not see each other's e-mail");

        // a declined applicant is told and is not a member
        Participant declined = people.get(1);
        long declinedId = Api.object(api().send("POST", "api/natverk/" + open + "/ansokan", declined.token(), null))
                .getInt("id");
        api().send("POST", "api/natverk/medlemmar/" + declinedId + "/avsla", editor, null);
        assertEquals(1, mailbox.await(m -> m.to().equals(declined.email()) && m.body().contains("inte beviljats"), 1)
                .size());
        assertEquals(403, api().send("GET", "api/natverk/" + open + "/medlemmar", declined.token(), null).statusCode());

        // leaving ends the membership; the person may apply again later
        assertEquals("LEFT", Api.object(api().send("DELETE", "api/natverk/" + open + "/medlemskap", applicant.token(),
                null)).getString("status"));
        assertEquals(403, api().send("GET", "api/natverk/" + open + "/medlemmar", applicant.token(), null).statusCode());
        assertEquals(409, api().send("DELETE", "api/natverk/" + open + "/medlemskap", applicant.token(), null)
                .statusCode());
        assertEquals(201, api().send("POST", "api/natverk/" + open + "/ansokan", applicant.token(), null).statusCode());

        // "download my data" lists both memberships, the ended and the new application
        assertEquals(List.of("LEFT", "APPLIED"), accounts.personalData(applicant.accountId()).held().stream()
                .filter(e -> e.kind().equals("network_membership") && e.title().equals("Öppet nätverk"))
                .map(e -> e.status()).toList());
    }

    @Test
    void editorsAddMembersWhoAreInvitedRemindedAndToldOfChangesWithACalendarFile() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long network = network(editor, "Samordnare i Stockholms län", false);
        Participant withAccount = testAccounts.create("konto", 1, true).getFirst();
        String withoutAccount = "samordnare." + System.nanoTime() + "@kommun.example";

        JsonObject recorded = Api.object(api().send("POST", "api/natverk/" + network + "/medlemmar", editor,
                member("Sara Samordnare", withoutAccount).toString()));
        assertFalse(recorded.getBoolean("hasAccount"));
        JsonObject linked = Api.object(api().send("POST", "api/natverk/" + network + "/medlemmar", editor,
                member("Namn som redaktören skrev", withAccount.email().toUpperCase()).toString()));
        assertTrue(linked.getBoolean("hasAccount"), "an account with that e-mail becomes the member");
        HttpResponse<String> again = api().send("POST", "api/natverk/" + network + "/medlemmar", editor,
                member("Sara igen", withoutAccount).toString());
        assertEquals(400, again.statusCode(), again.body());
        HttpResponse<String> bad = api().send("POST", "api/natverk/" + network + "/medlemmar", editor,
                Json.createObjectBuilder().add("name", "").add("email", "inte-en-adress")
                        .add("profession", "trollkarl").build().toString());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"name\"") && bad.body().contains("\"email\"")
                && bad.body().contains("\"organisationId\"") && bad.body().contains("\"profession"), bad.body());
        assertEquals(2, Api.array(api().send("GET", "api/natverk/" + network + "/medlemmar", editor, null)).size());
        Mailbox mailbox = new Mailbox(mailServer);
        assertTrue(mailbox.one(withoutAccount, "Välkommen till").body().contains("Länsstyrelsen sparar"));

        // a meeting tomorrow: both are invited with the same calendar event, and reminded
        LocalDateTime start = LocalDateTime.now(SWEDEN).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        HttpResponse<String> scheduled = api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Vårträff", start, "Länsstyrelsen, Regeringsgatan 66").build().toString());
        assertEquals(201, scheduled.statusCode(), scheduled.body());
        long meeting = Api.object(scheduled).getInt("id");
        for (String to : List.of(withoutAccount, withAccount.email())) {
            ReceivedMail invitation = mailbox.one(to, "Kallelse: Vårträff");
            assertEquals("natverkstraff-" + meeting + ".ics", invitation.attachmentName());
            assertTrue(invitation.attachmentText().contains("UID:natverkstraff-" + meeting + "@"),
                    invitation.attachmentText());
            assertTrue(invitation.attachmentText().contains("DTSTART;TZID=Europe/Stockholm:"));
            assertTrue(invitation.body().contains("Regeringsgatan 66"), invitation.body());
        }
        meetingService.sendReminders();
        assertTrue(mailbox.one(withoutAccount, "Påminnelse: Vårträff").attachmentText().contains("BEGIN:VEVENT"));

        // a new place is mailed; a change of agenda only is not
        api().send("PUT", "api/natverk/traffar/" + meeting, editor,
                meeting("Vårträff", start, "Stadshuset").build().toString());
        assertTrue(mailbox.one(withAccount.email(), "Ändrad tid eller plats").body().contains("Stadshuset"));

        // bad meetings are refused and nothing is scheduled
        int before = Api.array(api().send("GET", "api/natverk/" + network + "/traffar", editor, null)).size();
        HttpResponse<String> nowhere = api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Ingenstans", start, null).build().toString());
        assertEquals(400, nowhere.statusCode());
        assertTrue(nowhere.body().contains("Ange en plats, en länk"), nowhere.body());
        HttpResponse<String> backwards = api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Baklänges", start, "Här").add("end", start.minusHours(1).toString()).build().toString());
        assertEquals(400, backwards.statusCode());
        HttpResponse<String> unreadable = api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Oläslig", start, "Här").add("start", "i morgon bitti").build().toString());
        assertEquals(400, unreadable.statusCode());
        HttpResponse<String> notJson = api().send("POST", "api/natverk/" + network + "/traffar", editor, "{inte json");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(notJson.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(before, Api.array(api().send("GET", "api/natverk/" + network + "/traffar", editor, null)).size());

        // cancelling tells members, and the calendar event is cancelled
        api().send("POST", "api/natverk/traffar/" + meeting + "/installd", editor, null);
        assertTrue(mailbox.one(withoutAccount, "Inställd: Vårträff").attachmentText().contains("STATUS:CANCELLED"));

        // an editor removing a person without an account forgets their name and e-mail
        api().send("DELETE", "api/natverk/medlemmar/" + recorded.getInt("id"), editor, null);
        JsonObject removed = Api.array(api().send("GET", "api/natverk/" + network + "/medlemmar", editor, null))
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getInt("id") == recorded.getInt("id"))
                .findFirst().orElseThrow();
        assertEquals("REMOVED", removed.getString("status"));
        assertFalse(removed.containsKey("name") || removed.containsKey("email"), removed.toString());
    }

    // ---- who sees what

    @Test
    void agendaMinutesAndDocumentsAreForMembersEditorsAndAdministratorsOnly() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long network = network(editor, "Nätverk med protokoll", false);
        List<Participant> people = testAccounts.create("syn", 2, true);
        Participant member = people.get(0);
        Participant outsider = people.get(1);
        api().send("POST", "api/natverk/" + network + "/medlemmar", editor, member("M", member.email()).toString());
        LocalDateTime now = LocalDateTime.now(SWEDEN);
        long held = Api.object(api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Höstträff", now.minusHours(4), "Rum 1").build().toString())).getInt("id");
        LocalDateTime nextStart = now.plusDays(30).truncatedTo(ChronoUnit.HOURS);
        long next = Api.object(api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Vinterträff", nextStart, "Rum 2").build().toString())).getInt("id");

        HttpResponse<String> early = api().send("PUT", "api/natverk/traffar/" + next + "/minnesanteckningar", editor,
                "{\"minutes\":\"Skrivet i förväg\"}");
        assertEquals(409, early.statusCode());
        assertTrue(early.body().contains("när träffen har börjat"), early.body());
        HttpResponse<String> minutes = api().send("PUT", "api/natverk/traffar/" + held + "/minnesanteckningar", editor,
                "{\"minutes\":\"Vi gick igenom rutinen för att fråga om våld.\"}");
        assertEquals(200, minutes.statusCode(), minutes.body());
        assertTrue(new Mailbox(mailServer).one(member.email(), "Minnesanteckningar: Höstträff").body()
                .contains("/natverk/traffar/" + held));

        byte[] pdf = SampleFiles.pdf("Minnesanteckningar från höstträffen");
        HttpResponse<String> attached = upload(held, "Minnesanteckningar höst.pdf", pdf, editor);
        assertEquals(201, attached.statusCode(), attached.body());
        String documentUrl = Api.object(attached).getString("url").substring(1);

        // members and editors read it all
        JsonObject seen = Api.object(api().send("GET", "api/natverk/traffar/" + held, member.token(), null));
        assertEquals("Vi gick igenom rutinen för att fråga om våld.", seen.getString("minutes"));
        assertEquals(1, seen.getJsonArray("documents").size());
        assertEquals(List.of(0, 1), Api.array(api().send("GET", "api/natverk/" + network + "/traffar", member.token(),
                null)).getValuesAs(JsonObject.class).stream().map(m -> m.getJsonArray("documents").size()).toList(),
                "the list, latest first, carries each meeting's own documents");
        HttpResponse<byte[]> download = api().download(documentUrl, member.token());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        assertEquals(200, api().send("GET", "api/natverk/traffar/" + held,
                testAccounts.tokenFor("admin@demo.kunskapsnav.se"), null).statusCode());

        // others learn that the network exists and when it next meets, nothing more
        for (String token : new String[] {outsider.token(), testAccounts.tokenFor(SKANE_EDITOR)}) {
            assertEquals(403, api().send("GET", "api/natverk/traffar/" + held, token, null).statusCode());
            assertEquals(403, api().send("GET", "api/natverk/" + network + "/traffar", token, null).statusCode());
            assertEquals(403, api().send("GET", "api/natverk/" + network + "/medlemmar", token, null).statusCode());
            assertEquals(403, api().download(documentUrl, token).statusCode());
        }
        assertEquals(401, api().send("GET", "api/natverk/traffar/" + held, null, null).statusCode());
        HttpResponse<String> publicView = api().send("GET", "api/natverk/" + network, null, null);
        assertFalse(publicView.body().contains("rutinen"), publicView.body());
        JsonObject nextMeeting = Api.object(publicView).getJsonObject("nextMeeting");
        assertEquals(next, nextMeeting.getInt("id"));
        assertTrue(nextMeeting.getString("start").startsWith(nextStart.toLocalDate().toString()), nextMeeting.toString());
        assertTrue(Api.array(api().send("GET", "api/natverk?lan=AB", null, null)).getValuesAs(JsonObject.class)
                .stream().anyMatch(n -> n.getInt("id") == network));

        // files that are not what they claim, empty or unknown are refused and nothing is stored
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        HttpResponse<String> renamed = upload(held, "dagordning.pdf", program, editor);
        assertEquals(400, renamed.statusCode());
        assertTrue(renamed.body().contains("stämmer inte med filnamnet"), renamed.body());
        assertEquals(400, upload(held, "tom.pdf", new byte[0], editor).statusCode());
        assertTrue(upload(held, "program.exe", program, editor).body().contains("Filtypen är inte tillåten"));
        assertEquals(400, upload(held, "stor.txt", new byte[DocumentRules.MAX_BYTES + 1], editor).statusCode());
        // a PDF with a script, or with a file inside, is refused with the reason at the file field
        for (byte[] active : List.of(SamplePdfs.withJavaScriptNameTree(), SamplePdfs.withEmbeddedFiles())) {
            HttpResponse<String> refused = upload(held, "inbjudan.pdf", active, editor);
            assertEquals(400, refused.statusCode());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonObject error = Api.object(refused).getJsonArray("errors").getJsonObject(0);
            assertEquals("file", error.getString("field"));
            assertTrue(error.getString("message").startsWith("PDF-filen innehåller"), error.toString());
        }
        assertEquals(1, Api.object(api().send("GET", "api/natverk/traffar/" + held, editor, null))
                .getJsonArray("documents").size());
    }

    // ---- attendance and participation facts

    @Test
    void attendanceIsMarkedOnceAMeetingHasBegunAndEveryMarkIsAParticipationFact() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long network = network(editor, "Nätverk med närvaro", false);
        Participant present = testAccounts.create("narvaro", 1, true).getFirst();
        long presentMember = Api.object(api().send("POST", "api/natverk/" + network + "/medlemmar", editor,
                member("Närvarande", present.email()).toString())).getInt("id");
        long absentMember = Api.object(api().send("POST", "api/natverk/" + network + "/medlemmar", editor,
                member("Frånvarande", "franvarande." + System.nanoTime() + "@kommun.example").toString()))
                .getInt("id");
        LocalDateTime now = LocalDateTime.now(SWEDEN);
        long future = Api.object(api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Senare", now.plusDays(3), "Rum").build().toString())).getInt("id");
        long held = Api.object(api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Nu", now.minusHours(1), "Rum").build().toString())).getInt("id");
        String marks = "{\"" + presentMember + "\":true,\"" + absentMember + "\":false}";

        HttpResponse<String> tooEarly = api().send("PUT", "api/natverk/traffar/" + future + "/narvaro", editor, marks);
        assertEquals(409, tooEarly.statusCode());
        HttpResponse<String> stranger = api().send("PUT", "api/natverk/traffar/" + held + "/narvaro", editor,
                "{\"" + presentMember + "\":true,\"999999999\":true}");
        assertEquals(400, stranger.statusCode());
        assertEquals(0, facts(held).size(), "a refused marking leaves nothing");

        JsonArray marked = Api.array(api().send("PUT", "api/natverk/traffar/" + held + "/narvaro", editor, marks));
        assertEquals(2, marked.size());
        List<Object[]> facts = facts(held);
        assertEquals(2, facts.size());
        Object[] attended = facts.stream().filter(f -> "ATTENDED".equals(f[0])).findFirst().orElseThrow();
        assertEquals("0180", attended[1]);
        assertEquals("socialsekreterare", attended[2]);
        assertEquals(sha256("account:" + present.accountId()), attended[3], "an account's facts share one key");
        assertTrue(facts.stream().anyMatch(f -> "ABSENT".equals(f[0])));
    }

    @Test
    void erasingAnAccountEndsItsMembershipsButKeepsWhatItAttended() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long network = network(editor, "Nätverk och radering", false);
        Participant person = testAccounts.create("radera", 1, true).getFirst();
        long member = Api.object(api().send("POST", "api/natverk/" + network + "/medlemmar", editor,
                member("R", person.email()).toString())).getInt("id");
        long held = Api.object(api().send("POST", "api/natverk/" + network + "/traffar", editor,
                meeting("Träff", LocalDateTime.now(SWEDEN).minusHours(1), "Rum").build().toString())).getInt("id");
        api().send("PUT", "api/natverk/traffar/" + held + "/narvaro", editor, "{\"" + member + "\":true}");

        accounts.erase(person.accountId());

        JsonObject after = Api.array(api().send("GET", "api/natverk/" + network + "/medlemmar", editor, null))
                .getJsonObject(0);
        assertEquals("LEFT", after.getString("status"));
        assertFalse(after.containsKey("email"), after.toString());
        assertEquals(1, facts(held).size(), "attendance still counts, under the same pseudonymous key");
    }

    // ---- tenancy

    @Test
    void anEditorOfAnotherCountyCannotChangeANetworkWhateverIdTheySend() throws Exception {
        String stockholm = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long network = network(stockholm, "Stockholms nätverk", true);
        Participant person = testAccounts.create("tenancy", 1, true).getFirst();
        long applicant = Api.object(api().send("POST", "api/natverk/" + network + "/ansokan", person.token(), null))
                .getInt("id");
        long held = Api.object(api().send("POST", "api/natverk/" + network + "/traffar", stockholm,
                meeting("Träff", LocalDateTime.now(SWEDEN).minusHours(1), "Rum").build().toString())).getInt("id");
        long document = Api.object(upload(held, "a.txt", "dagordning".getBytes(StandardCharsets.UTF_8), stockholm))
                .getInt("id");
        String skaneToken = testAccounts.tokenFor(SKANE_EDITOR);
        CrossCountyWrites skane = new CrossCountyWrites(URI.create(base.toString()), skaneToken);
        String readBack = "api/natverk/" + network;
        String meetingBody = meeting("Kapad", LocalDateTime.now(SWEDEN).plusDays(5), "Malmö").build().toString();

        skane.assertRefused("PUT", readBack, networkBody("Kapat", "01", true).toString(), readBack);
        skane.assertRefused("POST", "api/natverk", networkBody("Nytt", "01", true).toString(), "api/natverk?lan=01");
        skane.assertRefused("PUT", readBack, networkBody("Flyttat till Skåne", "12", true).toString(), readBack);
        skane.assertRefused("POST", readBack + "/medlemmar", member("X", "x@example.org").toString(), readBack);
        skane.assertRefused("POST", "api/natverk/medlemmar/" + applicant + "/godkann", null, readBack);
        skane.assertRefused("POST", "api/natverk/medlemmar/" + applicant + "/avsla", null, readBack);
        skane.assertRefused("DELETE", "api/natverk/medlemmar/" + applicant, null, readBack);
        skane.assertRefused("POST", readBack + "/traffar", meetingBody, readBack);
        skane.assertRefused("PUT", "api/natverk/traffar/" + held, meetingBody, readBack);
        skane.assertRefused("POST", "api/natverk/traffar/" + held + "/installd", null, readBack);
        skane.assertRefused("PUT", "api/natverk/traffar/" + held + "/minnesanteckningar", "{\"minutes\":\"X\"}",
                readBack);
        skane.assertRefused("PUT", "api/natverk/traffar/" + held + "/narvaro", "{\"" + applicant + "\":true}",
                readBack);
        skane.assertRefused("DELETE", "api/natverk/dokument/" + document, null, readBack);
        assertEquals(403, upload(held, "b.txt", "text".getBytes(StandardCharsets.UTF_8), skaneToken).statusCode());

        JsonObject meetingAfter = Api.object(api().send("GET", "api/natverk/traffar/" + held, stockholm, null));
        assertEquals("Träff", meetingAfter.getString("title"));
        assertFalse(meetingAfter.containsKey("minutes"));
        assertEquals(1, meetingAfter.getJsonArray("documents").size());
        assertEquals("APPLIED", Api.array(api().send("GET", readBack + "/medlemmar", stockholm, null))
                .getJsonObject(0).getString("status"));
    }

    // ---- helpers

    private long network(String token, String name, boolean open) {
        HttpResponse<String> created = api().send("POST", "api/natverk", token,
                networkBody(name, "01", open).toString());
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getInt("id");
    }

    private static JsonObject networkBody(String name, String county, boolean open) {
        return Json.createObjectBuilder().add("name", name)
                .add("purpose", "Erfarenhetsutbyte om arbetet mot våld i nära relationer.")
                .add("county", county).add("openToApply", open)
                .add("professions", Json.createArrayBuilder().add("socialsekreterare"))
                .add("themes", Json.createArrayBuilder().add("vald-i-nara-relationer"))
                .build();
    }

    private JsonObject member(String name, String email) {
        return Json.createObjectBuilder().add("name", name).add("email", email)
                .add("organisationId", directory.municipalityOrganisation("0180").orElseThrow().getId())
                .add("profession", "kvinnofridssamordnare").add("sector", "socialtjanst").build();
    }

    private static JsonObjectBuilder meeting(String title, LocalDateTime start, String place) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("title", title)
                .add("start", start.truncatedTo(ChronoUnit.MINUTES).toString())
                .add("end", start.plusHours(3).truncatedTo(ChronoUnit.MINUTES).toString())
                .add("agenda", "1. Välkommen\n2. Aktuellt från kommunerna");
        if (place != null) {
            body.add("place", place);
        }
        return body;
    }

    private HttpResponse<String> upload(long meeting, String fileName, byte[] content, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(
                        "api/natverk/traffar/" + meeting + "/dokument?filnamn="
                                + java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> facts(long meeting) {
        return em.createNativeQuery("""
                        select outcome, municipality_code, profession_code, person_key from participation_fact
                        where activity_type = 'NETWORK_MEETING' and activity_id = ?1""")
                .setParameter(1, meeting)
                .getResultList();
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
