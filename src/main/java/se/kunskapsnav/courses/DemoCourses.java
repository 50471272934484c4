package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode's courses: realistic trainings of several counties spread over the coming months, dated from
 * today so the catalogue is never empty, some full and some with a waiting list (the demo participants
 * are registered). Created once, when the portal has no courses at all.
 */
@ApplicationScoped
public class DemoCourses {

    private static final Logger LOG = Logger.getLogger(DemoCourses.class.getName());

    private static final List<String> SOCIAL_SERVICES = List.of("socialsekreterare", "handlaggare-vuxna",
            "handlaggare-barn", "relationsvaldshandlaggare", "bistandsbedomare", "behandlare", "enhetschef");
    private static final List<String> HEALTH_CARE = List.of("kurator", "sjukskoterska", "lakare", "psykolog",
            "barnmorska");

    private record Demo(String title, String summary, String description, String kind, String county,
                        List<String> coOrganisers, CourseLevel level, CourseFormat format, List<String> professions,
                        List<String> sectors, List<String> themes, List<String> targetGroups, int weeksAhead,
                        int days, String place, String address, String onlineUrl, int capacity,
                        boolean requiresApproval, List<String> participants, String followsUp) {
    }

    private static final String PARTICIPANT_1 = "deltagare1@demo.kunskapsnav.se";
    private static final String PARTICIPANT_2 = "deltagare2@demo.kunskapsnav.se";
    private static final String PARTICIPANT_3 = "deltagare3@demo.kunskapsnav.se";
    private static final String COURSE_LEADER = "kursledare@demo.kunskapsnav.se";

    private static final List<Demo> DEMOS = List.of(
            new Demo("Våld i nära relationer – grundutbildning (BAS)",
                    "Två dagar om vad våld i nära relationer är, hur vanligt det är och vad socialtjänsten ska göra.",
                    """
                    Grundutbildningen ger en gemensam bas för alla som möter våldsutsatta i sitt arbete.

                    **Dag 1** handlar om våldets former och konsekvenser, normaliseringsprocessen och hur man frågar om våld.

                    **Dag 2** handlar om socialtjänstens ansvar enligt socialtjänstlagen (5 kap. 11 §) och Socialstyrelsens föreskrifter SOSFS 2014:4: utredning, riskbedömning, skydd och stöd, och barn som upplever våld.

                    Utbildningen är avgiftsfri. Lunch ingår; skriv i anmälan om du behöver specialkost.
                    """,
                    "utbildningsdag", "01", List.of(), CourseLevel.REGIONAL, CourseFormat.ON_SITE,
                    SOCIAL_SERVICES, List.of("socialtjanst"),
                    List.of("vald-i-nara-relationer", "mans-vald-mot-kvinnor", "upptacka-och-fraga", "sosfs-2014-4"),
                    List.of("valdsutsatta-kvinnor", "berorda-professioner"), 3, 2, "Länsstyrelsen i Stockholms län",
                    "Regeringsgatan 66, Stockholm", null, 40, false, List.of(PARTICIPANT_1), null),
            new Demo("Våld i nära relationer – fördjupning (SPETS)",
                    "Fördjupning för dig som gått grundutbildningen: riskbedömning, skyddsplanering och samverkan.",
                    """
                    SPETS bygger vidare på grundutbildningen (BAS). Vi arbetar med fall och övar på strukturerad riskbedömning och skyddsplanering.

                    - Riskbedömning med strukturerade bedömningsinstrument
                    - Skyddsplanering tillsammans med den våldsutsatta
                    - Samverkan med polis, hälso- och sjukvård och skyddat boende

                    Platserna är få så att alla kan delta aktivt. Är kursen full kan du ställa dig på väntelistan.
                    """,
                    "utbildningsdag", "01", List.of(), CourseLevel.REGIONAL, CourseFormat.ON_SITE,
                    List.of("socialsekreterare", "relationsvaldshandlaggare", "handlaggare-vuxna"),
                    List.of("socialtjanst"), List.of("vald-i-nara-relationer", "samverkan-samordning"),
                    List.of("valdsutsatta-kvinnor", "berorda-professioner"), 6, 1, "Länsstyrelsen i Stockholms län",
                    "Regeringsgatan 66, Stockholm", null, 2, false,
                    List.of(PARTICIPANT_1, PARTICIPANT_2, PARTICIPANT_3, COURSE_LEADER),
                    "Våld i nära relationer – grundutbildning (BAS)"),
            new Demo("Hedersrelaterat våld och förtryck",
                    "Hur hedersnormer tar sig uttryck, hur de drabbar unga och vuxna och vad verksamheter kan göra.",
                    """
                    Dagen ger kunskap om hedersrelaterat våld och förtryck, inklusive barnäktenskap, tvångsäktenskap och könsstympning.

                    Vi går igenom hur man upptäcker och frågar, vilka skyddsbehov som är särskilda när hela familjen kan vara förövare, och hur skola, socialtjänst och hälso- och sjukvård samverkar.

                    Dagen arrangeras av Länsstyrelsen Skåne tillsammans med Länsstyrelsen i Kronobergs län och kan följas på plats i Malmö eller på distans.
                    """,
                    "utbildningsdag", "12", List.of("07"), CourseLevel.REGIONAL, CourseFormat.HYBRID,
                    List.of("socialsekreterare", "skolpersonal", "elevhalsa", "kurator", "kvinnofridssamordnare"),
                    List.of("socialtjanst", "skola", "halso-och-sjukvard"),
                    List.of("hedersrelaterat-vald", "barnaktenskap-tvangsaktenskap", "konsstympning"),
                    List.of("valdsutsatta-flickor", "valdsutsatta-man-pojkar", "berorda-professioner"), 4, 1,
                    "Länsstyrelsen Skåne", "Södergatan 5, Malmö", "https://mote.example.se/heder", 80, false,
                    List.of(PARTICIPANT_2), null),
            new Demo("Barn som upplever våld",
                    "Barns egna erfarenheter av våld i familjen, hur det påverkar dem och hur de får stöd.",
                    """
                    Barn som upplever våld mellan närstående är själva brottsoffer. Utbildningen handlar om hur våldet påverkar barns hälsa och utveckling, hur man pratar med barn om våld och vilket stöd barn har rätt till.

                    Utbildningen hålls online i två halvdagar.
                    """,
                    "utbildningsdag", "14", List.of(), CourseLevel.REGIONAL, CourseFormat.ONLINE,
                    List.of("handlaggare-barn", "socialsekreterare", "forskollarare", "skolpersonal", "kurator"),
                    List.of("socialtjanst", "skola", "halso-och-sjukvard"),
                    List.of("barn-som-upplever-vald", "barn-i-skyddat-boende"),
                    List.of("barn-som-bevittnat-vald", "barn-utsatta-av-narstaende"), 5, 2, null, null,
                    "https://mote.example.se/barn", 100, false, List.of(PARTICIPANT_3), null),
            new Demo("FREDA – introduktion för socialsekreterare",
                    "Fyra tillfällen om Socialstyrelsens bedömningsmetoder FREDA: kortfrågor, beskrivning och farlighetsbedömning.",
                    """
                    FREDA är Socialstyrelsens standardiserade bedömningsmetoder för socialtjänstens arbete med våld i nära relationer.

                    Under fyra tillfällen går vi igenom FREDA-kortfrågor, FREDA-beskrivning och FREDA-farlighetsbedömning och övar på att använda dem. Efter utbildningen kan du som kollegial utbildare lära ut metoderna på din arbetsplats.

                    Platserna fördelas så att länets kommuner får delta; arrangören godkänner anmälningarna.
                    """,
                    "metodutbildning", "12", List.of(), CourseLevel.REGIONAL, CourseFormat.ON_SITE,
                    List.of("socialsekreterare", "relationsvaldshandlaggare"), List.of("socialtjanst"),
                    List.of("vald-i-nara-relationer", "upptacka-och-fraga"), List.of("berorda-professioner"), 8, 4,
                    "Länsstyrelsen Skåne", "Kungsgatan 13, Kristianstad", null, 25, true, List.of(), null),
            new Demo("Kursledarutbildning för webbkursen",
                    "Två dagar för dig som ska leda webbkursen om våld i gruppspår på din arbetsplats.",
                    """
                    Kursledarutbildningen ger dig det du behöver för att leda webbkursen "Mäns våld mot kvinnor och våld i nära relationer" i grupp: upplägg, samtalsledning, diskussionsfrågor och hur du tar hand om svåra frågor som kan väckas.

                    Utbildningen hålls av Länsstyrelsen Västra Götaland för deltagare från hela landet. Efter utbildningen kan du få rollen kursledare i Kunskapsnav.
                    """,
                    "kursledarutbildning", "14", List.of(), CourseLevel.NATIONAL, CourseFormat.ON_SITE,
                    List.of("kvinnofridssamordnare", "enhetschef", "socialsekreterare", "kurator"),
                    List.of("socialtjanst", "halso-och-sjukvard", "ideell-sektor"),
                    List.of("mans-vald-mot-kvinnor", "vald-i-nara-relationer"), List.of("berorda-professioner"), 10, 2,
                    "Länsstyrelsen Västra Götaland", "Södra Hamngatan 3, Göteborg", null, 3, false,
                    List.of(PARTICIPANT_1, PARTICIPANT_2, PARTICIPANT_3), null),
            new Demo("SOSFS 2014:4 – informationstillfälle för ideella organisationer",
                    "En timme om vad föreskrifterna om våld i nära relationer innebär och hur ideella organisationer samverkar med socialtjänsten.",
                    """
                    Socialstyrelsens föreskrifter och allmänna råd SOSFS 2014:4 styr hur socialtjänsten och hälso- och sjukvården ska arbeta med våldsutsatta och barn som upplevt våld.

                    Informationen riktar sig till kvinnojourer, tjejjourer, brottsofferjourer och andra ideella organisationer.
                    """,
                    "informationstillfalle", "03", List.of(), CourseLevel.REGIONAL, CourseFormat.ONLINE,
                    List.of("verksamhetsledare", "styrelseledamot", "volontar", "behandlingspersonal"),
                    List.of("ideell-sektor"), List.of("sosfs-2014-4", "samverkan-samordning"),
                    List.of("berorda-professioner"), 2, 1, null, null, "https://mote.example.se/sosfs", 200, false,
                    List.of(), null),
            new Demo("Sex mot ersättning – att möta och stödja",
                    "Om att upptäcka, fråga och ge stöd till personer som säljer eller har sålt sex, och om skadeverkningar.",
                    """
                    Utbildningen handlar om sex mot ersättning, prostitution och människohandel för sexuella ändamål: vilka som utsätts, vilka skadeverkningar det ger och hur socialtjänst och hälso- och sjukvård kan fråga och erbjuda stöd.
                    """,
                    "utbildningsdag", "25", List.of(), CourseLevel.REGIONAL, CourseFormat.ON_SITE,
                    HEALTH_CARE, List.of("halso-och-sjukvard", "socialtjanst"),
                    List.of("sex-mot-ersattning", "prostitution-manniskohandel"),
                    List.of("sarskilt-utsatta-grupper"), 12, 1, "Länsstyrelsen Norrbotten",
                    "Stationsgatan 5, Luleå", null, 50, false, List.of(), null));

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    AccountService accounts;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Transactional
    public void ensure() {
        long existing = em.createQuery("select count(c) from Course c", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        KnownCodes known = courses.knownCodes();
        LocalDate nextMonday = LocalDate.now(clock.withZone(SwedishTime.ZONE))
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<Course> created = new ArrayList<>();
        for (Demo demo : DEMOS) {
            LocalDate first = nextMonday.plusWeeks(demo.weeksAhead()).plusDays(1);
            List<SessionInput> sessions = new ArrayList<>();
            for (int day = 0; day < demo.days(); day++) {
                // several days in a row, but a four-session method training meets once a week
                LocalDate date = demo.days() > 2 ? first.plusWeeks(day) : first.plusDays(day);
                sessions.add(new SessionInput(date.atTime(9, 0), date.atTime(demo.days() > 2 ? 12 : 16, 0),
                        demo.place(), demo.address(), demo.onlineUrl()));
            }
            Long followsUp = demo.followsUp() == null ? null : created.stream()
                    .filter(c -> c.getTitle().equals(demo.followsUp())).findFirst().map(Course::getId).orElseThrow();
            CourseInput input = new CourseInput(demo.title(), demo.summary(), demo.description(), demo.kind(),
                    demo.county(), demo.coOrganisers(), demo.level(), demo.format(), demo.professions(),
                    demo.sectors(), demo.themes(), demo.targetGroups(), sessions, demo.capacity(),
                    LocalDateTime.now(clock.withZone(SwedishTime.ZONE)).withNano(0).minusDays(1),
                    first.minusDays(7).atTime(LocalTime.of(23, 59)), demo.requiresApproval(),
                    "Utvecklingsledare " + demo.county(), "kompetensstod" + demo.county() + "@lansstyrelsen.example.se",
                    followsUp, true, null, null, null);
            Course course = new Course(clock.instant());
            course.apply(CourseRules.check(input, known, 0), clock.instant());
            course.changeStatus(CourseStatus.PUBLISHED, clock.instant());
            courses.persistNew(course);
            changeLog.record("course", course.getId().toString(), ChangeOperation.CREATE);
            register(course, demo.participants());
            created.add(course);
        }
        LOG.info(() -> "Demo mode: " + created.size() + " demo courses created");
    }

    /** Registers demo participants in order, by the same seat rules as real registrations (no mail). */
    private void register(Course course, List<String> emails) {
        int held = 0;
        int waiting = 0;
        for (String email : emails) {
            Account account = accounts.findByEmail(email).orElseThrow();
            RegistrationStatus status = new Seats(course.getCapacity(), held, waiting)
                    .forNewRegistration(course.isRequiresApproval());
            if (status == RegistrationStatus.WAITLISTED) {
                waiting++;
            } else {
                held++;
            }
            em.persist(new Registration(course.getId(), account.getId(), account.profile(), null, status,
                    clock.instant()));
        }
    }
}
