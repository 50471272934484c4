package se.kunskapsnav.webcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.Secrets;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.geography.GeographyService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo mode's web course: one participant part-way on the individual track (the first module done), and
 * the demo course leader's study group with a member by link, a recorded member, participants counted per
 * profession, two sessions held and two to come. Created once, when the portal has no study groups.
 */
@ApplicationScoped
public class DemoWebCourse {

    private static final String LEADER = "kursledare@demo.kunskapsnav.se";
    private static final String INDIVIDUAL = "deltagare1@demo.kunskapsnav.se";
    private static final String GROUP_MEMBER = "deltagare2@demo.kunskapsnav.se";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    GeographyService geography;

    @Inject
    CourseContentLoader loader;

    @Inject
    Clock clock;

    @Transactional
    public void ensure() {
        if (em.createQuery("select count(g) from StudyGroup g", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        List<CourseModule> modules = loader.content().modules();

        Enrolment individual = enrol(INDIVIDUAL, now.minusSeconds(20 * 86_400L), today.minusDays(20));
        CourseModule first = modules.getFirst();
        first.lessons().forEach(lesson -> em.persist(new LessonRead(individual.getId(), first.code(), lesson, now)));
        List<Integer> right = first.quiz().questions().stream().map(QuizQuestion::rightAnswer).toList();
        em.persist(new QuizAttempt(individual.getId(), first.code(), first.quiz(), first.quiz().grade(right), now));

        Account leader = accounts.findByEmail(LEADER).orElseThrow();
        String municipality = leader.getWorkplaceMunicipalityCode();
        StudyGroup group = new StudyGroup(leader.getId(), Secrets.newToken("").substring(0, 32),
                now.minusSeconds(30 * 86_400L), today.minusDays(30));
        group.apply(new GroupInput("Studiegrupp socialtjänsten", leader.getOrganisationId(), municipality, 12, true),
                geography.municipality(municipality).orElseThrow().getCountyCode());
        group.count(Map.of("hemtjanstpersonal", 5, "bistandsbedomare", 2));
        em.persist(group);
        em.flush();

        Account memberAccount = accounts.findByEmail(GROUP_MEMBER).orElseThrow();
        GroupMember member = GroupMember.ofAccount(group.getId(), memberAccount.getId(), memberAccount.profile(),
                now, today.minusDays(28));
        em.persist(member);
        enrol(GROUP_MEMBER, now.minusSeconds(28 * 86_400L), today.minusDays(28));
        GroupMember recorded = GroupMember.recorded(group,
                new RecordedMemberInput("Lena Ek", "socialsekreterare", "socialtjanst"), now, today.minusDays(28));
        em.persist(recorded);
        em.flush();

        for (int i = 0; i < 4; i++) {
            GroupSession session = new GroupSession(group.getId());
            session.plan(today.plusWeeks(2L * i - 3), List.of(modules.get(2 * i).code(), modules.get(2 * i + 1).code()));
            em.persist(session);
            em.flush();
            if (i < 2) {
                session.markHeld(true, Set.copyOf(session.getModules().keySet()), now);
                markPresent(session, member, now, leader.getId());
                markPresent(session, recorded, now, leader.getId());
            }
        }
    }

    private Enrolment enrol(String email, Instant at, LocalDate on) {
        Account account = accounts.findByEmail(email).orElseThrow();
        Enrolment enrolment = new Enrolment(account.getId(), account.profile(), at, on);
        em.persist(enrolment);
        em.flush();
        return enrolment;
    }

    private void markPresent(GroupSession session, GroupMember member, Instant now, long by) {
        GroupAttendance attendance = new GroupAttendance(session.getId(), member.getId());
        attendance.record(true, by, now);
        em.persist(attendance);
    }
}
