package se.kunskapsnav.webcourse;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both tracks of the web course over the API: enrolment, reading, quizzes with retries, completion and the
 * certificate; study groups with their leader, invitations, limits, sessions and attendance; the course
 * leader offer; the participation facts both tracks leave; and the bad input each refuses.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class WebCourseIT {

    private static final String LEADER = "kursledare@demo.kunskapsnav.se";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    @Inject
    CourseContentLoader loader;

    @Inject
    AccountService accounts;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    // ---- the individual track

    @Test
    void aPersonReadsEveryLessonPassesEveryQuizCompletesAndGetsACertificate() {
        CourseContent course = loader.content();
        Participant person = testAccounts.create("webbkurs", 1, true).getFirst();
        String token = person.token();

        assertEquals(course.modules().size(), Api.object(api().send("GET", "api/webbkurs", null, null))
                .getJsonArray("modules").size());
        assertEquals(401, api().send("GET", "api/webbkurs/framsteg", null, null).statusCode());
        HttpResponse<String> notYet = api().send("PUT", lessonPath(course.modules().getFirst(), 0), token, null);
        assertEquals(409, notYet.statusCode(), notYet.body());
        assertTrue(notYet.body().contains("börja webbkursen"), notYet.body());

        assertEquals(201, api().send("POST", "api/webbkurs/anmalan", token, null).statusCode());
        assertEquals(201, api().send("POST", "api/webbkurs/anmalan", token, null).statusCode(), "enrolling again is harmless");
        assertEquals(0, Api.object(api().send("GET", "api/webbkurs/framsteg", token, null)).getInt("percent"));

        // a quiz of a module that is not loaded, and one with a question unanswered, change nothing
        HttpResponse<String> unknown = api().send("POST", "api/webbkurs/moduler/99-finns-inte/quiz", token,
                "{\"answers\":[0]}");
        assertEquals(409, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("finns inte i webbkursen"), unknown.body());
        CourseModule first = course.modules().getFirst();
        HttpResponse<String> incomplete = api().send("POST", quizPath(first), token, "{\"answers\":[0]}");
        assertEquals(400, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("Välj ett svar på frågan"), incomplete.body());
        assertEquals(0L, attempts(person.accountId()));

        // a failed attempt is kept with its explanations; a retry passes
        JsonObject failed = Api.object(api().send("POST", quizPath(first), token, answers(first, false)));
        assertFalse(failed.getBoolean("passed"));
        assertEquals(first.quiz().questions().getFirst().answers().get(wrong(first.quiz().questions().getFirst()))
                .explanation(), failed.getJsonArray("marked").getJsonObject(0).getString("explanation"));
        assertTrue(Api.object(api().send("POST", quizPath(first), token, answers(first, true))).getBoolean("passed"));
        assertEquals(2L, attempts(person.accountId()));

        HttpResponse<String> early = api().send("GET", "api/webbkurs/intyg", token, null);
        assertEquals(409, early.statusCode(), early.body());

        for (CourseModule module : course.modules()) {
            for (int i = 0; i < module.lessons().size(); i++) {
                assertEquals(200, api().send("PUT", lessonPath(module, i), token, null).statusCode());
            }
            api().send("POST", quizPath(module), token, answers(module, true));
        }
        JsonObject done = Api.object(api().send("GET", "api/webbkurs/framsteg", token, null));
        assertTrue(done.getBoolean("complete"), done.toString());
        assertEquals(100, done.getInt("percent"));
        assertFalse(done.isNull("completedOn"));

        HttpResponse<byte[]> certificate = api().download("api/webbkurs/intyg", token);
        assertEquals(200, certificate.statusCode());
        assertEquals("%PDF", new String(certificate.body(), 0, 4, StandardCharsets.US_ASCII));

        // the facts: enrolled and completed on the individual track, in the county where the person works
        assertEquals(List.of("COMPLETED|webbkurs-individuell|01|null", "ENROLLED|webbkurs-individuell|01|null"),
                facts(person.accountId()));
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from webcourse_enrolment "
                        + "where account_id = ?1 and completed_version_id = (select id from webcourse_version "
                        + "where content_hash = ?2)")
                .setParameter(1, person.accountId()).setParameter(2, course.contentHash())
                .getSingleResult()).longValue(), "completion names the loaded version");
        assertTrue(accounts.personalData(person.accountId()).held().stream().anyMatch(e ->
                e.kind().equals("webcourse_enrolment") && e.status().equals("COMPLETED")
                        && e.detail().startsWith("100 %")), "download my data tells the progress");
    }

    @Test
    void aLessonReadBeforeItsTextChangedStillCountsAndIsMarkedChanged() {
        CourseModule first = loader.content().modules().getFirst();
        Participant person = testAccounts.create("versioner", 1, true).getFirst();
        api().send("POST", "api/webbkurs/anmalan", person.token(), null);
        api().send("PUT", lessonPath(first, 0), person.token(), null);
        readAnEarlierText(person.accountId());

        JsonObject module = Api.object(api().send("GET", "api/webbkurs/framsteg", person.token(), null))
                .getJsonArray("modules").getJsonObject(0);

        assertEquals(List.of(first.lessons().getFirst().code()), strings(module.getJsonArray("lessonsRead")));
        assertEquals(List.of(first.lessons().getFirst().code()), strings(module.getJsonArray("changedSinceRead")));
    }

    // ---- the group track

    @Test
    void aCourseLeaderFormsAGroupMembersJoinByInvitationAndTheLeaderMarksASession() {
        String leader = testAccounts.tokenFor(LEADER);
        List<Participant> people = testAccounts.create("studiegrupp", 4, true);
        long organisation = organisationOf(people.getFirst().accountId());
        String module = loader.content().modules().getFirst().code();

        // only course leaders form groups, and a bad group is refused whole
        assertEquals(403, api().send("POST", "api/webbkurs/grupper", people.getFirst().token(),
                group("Grupp", organisation, null)).statusCode());
        long groupsBefore = count("study_group");
        HttpResponse<String> bad = api().send("POST", "api/webbkurs/grupper", leader,
                "{\"name\":\"\",\"organisationId\":" + organisation + ",\"municipality\":\"9999\",\"maxMembers\":0}");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("Välj en kommun i listan"), bad.body());
        assertEquals(groupsBefore, count("study_group"));

        JsonObject group = Api.object(api().send("POST", "api/webbkurs/grupper", leader,
                group("Socialtjänstens studiegrupp", organisation, 2)));
        long groupId = group.getInt("id");
        String invitation = group.getString("invitationCode");

        HttpResponse<String> badSession = api().send("POST", "api/webbkurs/grupper/" + groupId + "/traffar", leader,
                "{\"plannedOn\":\"2026-12-01\",\"modules\":[\"99-saknas\"]}");
        assertEquals(400, badSession.statusCode(), badSession.body());
        long session = Api.object(api().send("POST", "api/webbkurs/grupper/" + groupId + "/traffar", leader,
                "{\"plannedOn\":\"2026-12-01\",\"modules\":[\"" + module + "\"]}")).getInt("id");

        // two join by the link; the third finds the group full, and nothing is added
        Participant member = people.get(0);
        assertEquals(201, api().send("POST", "api/webbkurs/grupper/inbjudan/" + invitation, member.token(), null)
                .statusCode());
        HttpResponse<String> again = api().send("POST", "api/webbkurs/grupper/inbjudan/" + invitation, member.token(),
                null);
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("redan med i den här studiegruppen"), again.body());
        assertEquals(201, api().send("POST", "api/webbkurs/grupper/inbjudan/" + invitation, people.get(1).token(),
                null).statusCode());
        HttpResponse<String> full = api().send("POST", "api/webbkurs/grupper/inbjudan/" + invitation,
                people.get(2).token(), null);
        assertEquals(409, full.statusCode(), full.body());
        assertTrue(full.body().contains("Studiegruppen är full"), full.body());
        assertEquals(2, Api.object(api().send("GET", "api/webbkurs/grupper/" + groupId, leader, null))
                .getInt("members"));
        assertEquals(200, api().send("GET", "api/webbkurs/framsteg", member.token(), null).statusCode(),
                "joining enrolled the member in the course");

        // a closed group takes no one, and a member of one group cannot join another
        JsonObject closed = Api.object(api().send("POST", "api/webbkurs/grupper", leader,
                "{\"name\":\"Stängd grupp\",\"organisationId\":" + organisation
                        + ",\"municipality\":\"0180\",\"openToJoin\":false}"));
        HttpResponse<String> toClosed = api().send("POST", "api/webbkurs/grupper/inbjudan/"
                + closed.getString("invitationCode"), people.get(2).token(), null);
        assertEquals(409, toClosed.statusCode());
        assertTrue(toClosed.body().contains("tar inte emot fler deltagare"), toClosed.body());
        JsonObject open = Api.object(api().send("POST", "api/webbkurs/grupper", leader,
                group("Öppen grupp", organisation, null)));
        HttpResponse<String> second = api().send("POST", "api/webbkurs/grupper/inbjudan/"
                + open.getString("invitationCode"), member.token(), null);
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("redan med i studiegruppen ”Socialtjänstens studiegrupp”"), second.body());

        // the leader records a nameless participant beyond the link (full groups refuse), counts others
        api().send("PUT", "api/webbkurs/grupper/" + groupId, leader, group("Socialtjänstens studiegrupp", organisation,
                10));
        JsonObject recorded = Api.object(api().send("POST", "api/webbkurs/grupper/" + groupId + "/medlemmar", leader,
                "{\"profession\":\"kurator\",\"sector\":\"halso-och-sjukvard\"}"));
        assertFalse(recorded.containsKey("name"), "recorded without a name");
        assertEquals(200, api().send("PUT", "api/webbkurs/grupper/" + groupId + "/antal", leader,
                "{\"socialsekreterare\":6,\"kurator\":0}").statusCode());
        HttpResponse<String> badCount = api().send("PUT", "api/webbkurs/grupper/" + groupId + "/antal", leader,
                "{\"socialsekreterare\":900}");
        assertEquals(400, badCount.statusCode());
        assertEquals(6, Api.object(api().send("GET", "api/webbkurs/grupper/" + groupId, leader, null))
                .getJsonObject("counts").getInt("socialsekreterare"), "a refused count changed nothing");

        // attendance: a covered module must have been planned; then the session is held
        long memberId = memberIdOf(leader, groupId, member.accountId());
        HttpResponse<String> unplanned = api().send("PUT", "api/webbkurs/grupper/traffar/" + session + "/genomford",
                leader, "{\"held\":true,\"covered\":[\"" + loader.content().modules().get(1).code() + "\"]}");
        assertEquals(400, unplanned.statusCode(), unplanned.body());
        JsonObject held = Api.object(api().send("PUT", "api/webbkurs/grupper/traffar/" + session + "/genomford", leader,
                "{\"held\":true,\"covered\":[\"" + module + "\"],\"attendance\":{\"" + memberId + "\":true}}"));
        assertTrue(held.getBoolean("held"));
        assertTrue(held.getJsonObject("modules").getBoolean(module));
        assertEquals(409, api().send("DELETE", "api/webbkurs/grupper/traffar/" + session, leader, null).statusCode());

        // members see the group and its plan, not the member list or the invitation code
        JsonObject seenByMember = Api.object(api().send("GET", "api/webbkurs/grupper/" + groupId, member.token(), null));
        assertFalse(seenByMember.containsKey("invitationCode"));
        assertEquals(1, Api.array(api().send("GET", "api/webbkurs/grupper/" + groupId + "/traffar", member.token(),
                null)).size());
        assertEquals(403, api().send("GET", "api/webbkurs/grupper/" + groupId + "/medlemmar", member.token(), null)
                .statusCode());
        assertEquals(404, api().send("GET", "api/webbkurs/grupper/" + groupId, people.get(3).token(), null)
                .statusCode());

        // the facts: two members by account and one recorded on the group track, and six counted
        assertEquals("webbkurs-grupp", facts(member.accountId()).getFirst().split("\\|")[1]);
        assertEquals(List.of("ENROLLED|1", "ENROLLED|1", "ENROLLED|1", "ENROLLED|6"), groupFacts(groupId));
        assertTrue(accounts.personalData(member.accountId()).held().stream().anyMatch(e ->
                e.kind().equals("study_group_membership") && e.title().equals("Socialtjänstens studiegrupp")
                        && e.status().equals("MEMBER")));

        // an erased member leaves the group; their enrolment stays as a fact, now on the individual track
        accounts.erase(people.get(1).accountId());
        assertEquals(1, Api.array(api().send("GET", "api/webbkurs/grupper/" + groupId + "/medlemmar", leader, null))
                .stream().filter(m -> m.asJsonObject().getBoolean("hasAccount")).count());
        assertEquals(List.of("ENROLLED|webbkurs-individuell"), facts(people.get(1).accountId()).stream()
                .map(f -> f.split("\\|")[0] + "|" + f.split("\\|")[1]).toList());
        assertEquals(List.of("01"), em.createNativeQuery("select county_code from participation_activity_county "
                + "where activity_type = 'WEBCOURSE' and activity_id = ?1").setParameter(1, groupId).getResultList());
    }

    @Test
    void aLeaderCannotChangeAnotherLeadersGroup() {
        String leader = testAccounts.tokenFor(LEADER);
        Participant other = testAccounts.create("annan-ledare", 1, true).getFirst();
        makeCourseLeader(other.accountId());
        long organisation = organisationOf(other.accountId());
        long groupId = Api.object(api().send("POST", "api/webbkurs/grupper", leader,
                group("Kims grupp", organisation, null))).getInt("id");
        String before = api().send("GET", "api/webbkurs/grupper/" + groupId, leader, null).body();

        HttpResponse<String> rename = api().send("PUT", "api/webbkurs/grupper/" + groupId, other.token(),
                group("Kapad grupp", organisation, null));
        HttpResponse<String> plan = api().send("POST", "api/webbkurs/grupper/" + groupId + "/traffar", other.token(),
                "{\"plannedOn\":\"2026-12-01\",\"modules\":[\"" + loader.content().modules().getFirst().code() + "\"]}");

        assertEquals(403, rename.statusCode(), rename.body());
        assertTrue(rename.body().contains("Du har inte behörighet"), rename.body());
        assertEquals(403, plan.statusCode(), plan.body());
        assertEquals("application/problem+json", rename.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, api().send("GET", "api/webbkurs/grupper/" + groupId, other.token(), null).statusCode(),
                "nor may they read it");
        assertEquals(before, api().send("GET", "api/webbkurs/grupper/" + groupId, leader, null).body());
        assertTrue(Api.array(api().send("GET", "api/webbkurs/grupper/" + groupId + "/traffar", leader, null)).isEmpty());
    }

    @Test
    void whoAttendedCourseLeaderTrainingIsOfferedTheRoleAndThenFormsGroups() {
        Participant trained = testAccounts.create("utbildad", 1, true).getFirst();
        Participant untrained = testAccounts.create("outbildad", 1, true).getFirst();
        attendedCourseLeaderTraining(trained.accountId());

        assertFalse(Api.object(api().send("GET", "api/webbkurs/kursledarerbjudande", untrained.token(), null))
                .getBoolean("offered"));
        HttpResponse<String> notOffered = api().send("POST", "api/webbkurs/kursledarerbjudande", untrained.token(), null);
        assertEquals(409, notOffered.statusCode());
        assertTrue(notOffered.body().contains("kursledarutbildning"), notOffered.body());

        assertTrue(Api.object(api().send("GET", "api/webbkurs/kursledarerbjudande", trained.token(), null))
                .getBoolean("offered"));
        assertEquals(204, api().send("POST", "api/webbkurs/kursledarerbjudande", trained.token(), null).statusCode());
        assertFalse(Api.object(api().send("GET", "api/webbkurs/kursledarerbjudande", trained.token(), null))
                .getBoolean("offered"), "taken");
        assertEquals(201, api().send("POST", "api/webbkurs/grupper", trained.token(),
                group("Ny ledares grupp", organisationOf(trained.accountId()), null)).statusCode());
    }

    // ---- helpers

    private static String lessonPath(CourseModule module, int lesson) {
        return "api/webbkurs/framsteg/" + module.code() + "/" + module.lessons().get(lesson).code();
    }

    private static String quizPath(CourseModule module) {
        return "api/webbkurs/moduler/" + module.code() + "/quiz";
    }

    /** All right, or all wrong. */
    private static String answers(CourseModule module, boolean right) {
        return module.quiz().questions().stream()
                .map(q -> String.valueOf(right ? q.rightAnswer() : wrong(q)))
                .collect(Collectors.joining(",", "{\"answers\":[", "]}"));
    }

    private static int wrong(QuizQuestion question) {
        return question.rightAnswer() == 0 ? 1 : 0;
    }

    private static String group(String name, long organisation, Integer maxMembers) {
        return "{\"name\":\"" + name + "\",\"organisationId\":" + organisation + ",\"municipality\":\"0180\""
                + (maxMembers == null ? "" : ",\"maxMembers\":" + maxMembers) + "}";
    }

    private long memberIdOf(String leader, long groupId, long accountId) {
        JsonArray members = Api.array(api().send("GET", "api/webbkurs/grupper/" + groupId + "/medlemmar", leader, null));
        String name = "Deltagare studiegrupp 0";
        return members.stream().map(JsonObject.class::cast)
                .filter(m -> name.equals(m.getString("name", null))).findFirst().orElseThrow().getInt("id");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private long attempts(long accountId) {
        return ((Number) em.createNativeQuery("select count(*) from webcourse_quiz_attempt a join webcourse_enrolment e "
                + "on e.id = a.enrolment_id where e.account_id = ?1").setParameter(1, accountId)
                .getSingleResult()).longValue();
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private long organisationOf(long accountId) {
        return ((Number) em.createNativeQuery("select organisation_id from account where id = ?1")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> facts(long accountId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select outcome, activity_kind, organiser_county_code, activity_id from participation_fact
                        where activity_type = 'WEBCOURSE' and person_key = sha2(concat('account:', ?1), 256)
                        order by outcome""")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> groupFacts(long groupId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select outcome, participant_count from participation_fact
                        where activity_type = 'WEBCOURSE' and activity_id = ?1 order by participant_count, outcome""")
                .setParameter(1, groupId).getResultList();
        return rows.stream().map(r -> r[0] + "|" + r[1]).toList();
    }

    private void readAnEarlierText(long accountId) {
        inTransaction("update webcourse_lesson_read set content_hash = repeat('0', 64) where enrolment_id = "
                + "(select id from webcourse_enrolment where account_id = ?1)", accountId);
    }

    private void makeCourseLeader(long accountId) {
        inTransaction("insert into role_grant (account_id, role, granted_at) values (?1, 'COURSE_LEADER', now())",
                accountId);
    }

    /** A seat at a demo course-leader training, marked attended. */
    private void attendedCourseLeaderTraining(long accountId) {
        inTransaction("""
                        insert into registration (course_id, account_id, status, organisation_id, municipality_code,
                            profession_code, sector_code, registered_at, changed_at)
                        select (select min(id) from course where kind_code = 'kursledarutbildning'), id, 'ATTENDED',
                            organisation_id, workplace_municipality_code, profession_code, sector_code, now(), now()
                        from account where id = ?1""", accountId);
    }

    private void inTransaction(String sql, long accountId) {
        try {
            transaction.begin();
            em.joinTransaction();
            em.createNativeQuery(sql).setParameter(1, accountId).executeUpdate();
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
        em.getEntityManagerFactory().getCache().evictAll();
    }
}
