package se.kunskapsnav.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo mode's municipal visits and count-only activities, dated in the current year so the county pages,
 * municipality pages and editor lists show something: visits in Stockholm, Skåne and Västra Götaland (one
 * planned, without counts yet), a 300-person regional conference in Skåne and an information session for
 * NGOs in Stockholm. Created once, when the portal has no visits at all.
 */
@ApplicationScoped
public class DemoVisits {

    private static final Logger LOG = Logger.getLogger(DemoVisits.class.getName());

    private record Visit(String municipality, int daysAgo, VisitKind kind, List<String> themes,
                         Map<String, Integer> counts, List<String> staff, String notes, String followUp) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit("0184", 75, VisitKind.REVIEW, List.of("vald-i-nara-relationer", "sosfs-2014-4"),
                    Map.of("socialsekreterare", 9, "enhetschef", 2, "socialchef", 1, "kvinnofridssamordnare", 1),
                    List.of("Utvecklingsledare Stockholm"),
                    "Genomgång av kommunens rutiner enligt SOSFS 2014:4. Rutinen för barn som upplever våld behöver ses över.",
                    "Skicka exempel på rutin för barn som upplever våld"),
            new Visit("0163", 40, VisitKind.REQUESTED, List.of("hedersrelaterat-vald"),
                    Map.of("socialsekreterare", 14, "handlaggare-barn", 6, "enhetschef", 3),
                    List.of("Utvecklingsledare Stockholm"),
                    "Kommunen bad om en genomgång av hedersrelaterat våld och förtryck för socialtjänstens barn- och ungdomsenhet.",
                    "Bjud in till länets nätverk om hedersrelaterat våld"),
            new Visit("0114", -20, VisitKind.REVIEW, List.of("vald-i-nara-relationer"), Map.of(),
                    List.of("Utvecklingsledare Stockholm"), "Planerat besök; dagordning skickas två veckor före.", null),
            new Visit("1281", 55, VisitKind.REVIEW, List.of("vald-i-nara-relationer", "samverkan-samordning"),
                    Map.of("socialsekreterare", 11, "behandlare", 4, "politiker", 2, "socialchef", 1),
                    List.of("Utvecklingsledare Skåne", "Regional samordnare"),
                    "Uppföljning av kommunens handlingsplan. Politikerna vill ha en kortare utbildning i höst.",
                    "Erbjud en halvdag för förtroendevalda"),
            new Visit("1480", 30, VisitKind.REQUESTED, List.of("barn-som-upplever-vald"),
                    Map.of("socialsekreterare", 20, "handlaggare-barn", 12, "elevhalsa", 5),
                    List.of("Utvecklingsledare Västra Götaland"),
                    "Frågor om stöd till barn som upplevt våld, särskilt samarbetet med elevhälsan.",
                    "Skicka material om barn som upplever våld"));

    private record Activity(String county, String kind, String title, String organiser, int daysAgo, int days,
                            List<String> themes, List<ValidParticipation> participation) {
    }

    private static final List<Activity> ACTIVITIES = List.of(
            new Activity("12", "konferens", "Regional konferens om våld i nära relationer",
                    "Länsstyrelsen Skåne och Region Skåne", 45, 1,
                    List.of("vald-i-nara-relationer", "mans-vald-mot-kvinnor", "samverkan-samordning"),
                    List.of(new ValidParticipation("1280", null, "socialsekreterare", 62),
                            new ValidParticipation("1280", null, "enhetschef", 9),
                            new ValidParticipation("1280", null, "kurator", 18),
                            new ValidParticipation("1281", null, "socialsekreterare", 31),
                            new ValidParticipation("1281", null, "sjukskoterska", 12),
                            new ValidParticipation("1283", null, "socialsekreterare", 27),
                            new ValidParticipation("1283", null, "kvinnofridssamordnare", 3),
                            new ValidParticipation("1290", null, "socialsekreterare", 19),
                            new ValidParticipation("1290", null, "behandlare", 8),
                            new ValidParticipation("1282", null, "handlaggare-barn", 14),
                            new ValidParticipation("1263", null, "socialsekreterare", 11),
                            new ValidParticipation("1263", null, "politiker", 4),
                            new ValidParticipation("1285", null, "socialsekreterare", 9),
                            new ValidParticipation("1280", null, "polis", 22),
                            new ValidParticipation("1280", null, "lakare", 10),
                            new ValidParticipation("1281", null, "psykolog", 7),
                            new ValidParticipation("1292", null, "socialsekreterare", 16),
                            new ValidParticipation("1293", null, "bistandsbedomare", 12),
                            new ValidParticipation("1284", null, "socialsekreterare", 10),
                            new ValidParticipation("1286", null, "enhetschef", 6))),
            new Activity("01", "informationstillfalle", "Socialtjänstlagen för ideella organisationer",
                    "Länsstyrelsen i Stockholms län", 20, 1, List.of("vald-i-nara-relationer", "skyddat-boende"),
                    List.of(new ValidParticipation("0180", null, "verksamhetsledare", 8),
                            new ValidParticipation("0180", null, "volontar", 15),
                            new ValidParticipation("0184", null, "behandlingspersonal", 4),
                            new ValidParticipation("0163", null, "volontar", 6),
                            new ValidParticipation("0114", null, "styrelseledamot", 3))));

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    DirectoryService directory;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Inject
    CourseService courses;

    @Transactional
    public void ensure() {
        long existing = em.createQuery("select count(v) from MunicipalVisit v", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        KnownCodes known = courses.knownCodes();
        for (Visit demo : VISITS) {
            Organisation organisation = directory.municipalityOrganisation(demo.municipality()).orElseThrow();
            LocalDate date = inThisYear(today, demo.daysAgo());
            VisitInput input = new VisitInput(organisation.getId(), date, demo.kind(),
                    demo.themes().stream().filter(known.themes()::contains).toList(), demo.staff(),
                    demo.counts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> new VisitInput.ProfessionCount(e.getKey(), e.getValue())).toList(),
                    List.of(), demo.notes(),
                    demo.followUp() == null ? List.of() : List.of(new VisitInput.FollowUp(demo.followUp(),
                            date.plusWeeks(4), null)));
            MunicipalVisit visit = new MunicipalVisit(clock.instant());
            visit.apply(VisitRules.check(input, known, VisitedOrganisation.of(organisation)),
                    organisation.getCountyCode(), clock.instant());
            em.persist(visit);
            em.flush();
            changeLog.record(VisitService.ENTITY, visit.getId().toString(), ChangeOperation.CREATE);
        }
        for (Activity demo : ACTIVITIES) {
            LocalDate start = inThisYear(today, demo.daysAgo());
            ActivityInput input = new ActivityInput(demo.county(), demo.kind(), demo.title(), demo.organiser(), start,
                    start.plusDays(demo.days() - 1L), demo.themes().stream().filter(known.themes()::contains).toList());
            CountedActivity activity = new CountedActivity(clock.instant());
            activity.apply(ActivityRules.check(input, known), clock.instant());
            em.persist(activity);
            em.flush();
            demo.participation().forEach(activity::addParticipation);
            changeLog.record(CountedActivityService.ENTITY, activity.getId().toString(), ChangeOperation.CREATE);
        }
        LOG.info(() -> "Demo mode: " + VISITS.size() + " municipal visits and " + ACTIVITIES.size()
                + " count-only activities created");
    }

    /** So many days ago (negative: ahead), kept within this year so this year's lists show it. */
    private static LocalDate inThisYear(LocalDate today, int daysAgo) {
        LocalDate date = today.minusDays(daysAgo);
        if (date.getYear() < today.getYear()) {
            return LocalDate.of(today.getYear(), 1, 1);
        }
        if (date.getYear() > today.getYear()) {
            return today.withMonth(12).withDayOfMonth(15);
        }
        return date;
    }
}
