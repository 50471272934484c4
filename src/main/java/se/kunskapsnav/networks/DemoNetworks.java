package se.kunskapsnav.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.courses.SessionInput;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode's networks: a closed network of coordinators in Stockholm and an open one on honour-related
 * violence in Skåne, each with a meeting held (minutes, attendance) and one coming up. Created once, when
 * the portal has no networks; no mail is sent.
 */
@ApplicationScoped
public class DemoNetworks {

    private static final Logger LOG = Logger.getLogger(DemoNetworks.class.getName());

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Transactional
    public void ensure() {
        if (em.createQuery("select count(n) from Network n", Long.class).getSingleResult() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));

        Network coordinators = network(new NetworkInput("Kvinnofridssamordnare i Stockholms län",
                """
                Nätverket samlar kommunernas och stadsdelarnas kvinnofridssamordnare i Stockholms län. Vi delar \
                erfarenheter, går igenom ny kunskap och vägledning och planerar gemensamma insatser.

                Nätverket träffas två gånger per termin. Medlemmar läggs till av länsstyrelsen; kontakta oss om \
                du är ny samordnare.""",
                "01", List.of(), false, List.of("kvinnofridssamordnare"), List.of("socialtjanst"),
                List.of("vald-i-nara-relationer", "samverkan-samordning")));
        NetworkMember first = member(coordinators, "deltagare1@demo.kunskapsnav.se");
        NetworkMember second = member(coordinators, "deltagare2@demo.kunskapsnav.se");
        NetworkMeeting held = meeting(coordinators, "Nätverksträff – uppföljning av SOSFS 2014:4",
                today.minusWeeks(3).atTime(9, 30), "Länsstyrelsen i Stockholms län", "Regeringsgatan 66, Stockholm",
                null, """
                1. Välkommen och presentation av nya samordnare
                2. Aktuellt från kommunerna
                3. Genomgång av Socialstyrelsens föreskrifter SOSFS 2014:4 – vad har ändrats i praktiken?
                4. Planering av vårens utbildningsdag""");
        held.recordMinutes("""
                **Närvarande:** se närvarolistan.

                - Tre kommuner har uppdaterat sina rutiner för att fråga om våld under året.
                - Flera efterfrågar stöd i att följa upp insatser till barn som upplever våld.
                - Länsstyrelsen bjuder in till en utbildningsdag i vår; datum skickas ut med kallelsen.""",
                clock.instant());
        attend(first, held, true);
        attend(second, held, false);
        meeting(coordinators, "Nätverksträff – barn som upplever våld", today.plusWeeks(4).atTime(9, 30), null, null,
                "https://mote.lansstyrelsen.example.se/natverk-samordnare", """
                1. Aktuellt från kommunerna
                2. Barns rätt till egna insatser – erfarenheter från två kommuner
                3. Övrigt""");

        Network honour = network(new NetworkInput("Nätverk mot hedersrelaterat våld och förtryck i Skåne",
                """
                Ett öppet nätverk för yrkesverksamma i kommuner, region och ideella organisationer som arbetar \
                mot hedersrelaterat våld och förtryck. Alla som arbetar med frågan är välkomna att ansöka.""",
                "12", List.of(), true, List.of(), List.of("socialtjanst", "halso-och-sjukvard", "ideell-sektor"),
                List.of("hedersrelaterat-vald")));
        NetworkMember skane = member(honour, "deltagare3@demo.kunskapsnav.se");
        NetworkMeeting autumn = meeting(honour, "Höstträff", today.minusWeeks(6).atTime(13, 0), "Länsstyrelsen Skåne",
                "Södergatan 5, Malmö", null, "1. Lägesbild i länet\n2. Erfarenheter av samverkan med skolan");
        attend(skane, autumn, true);
        meeting(honour, "Vårträff", today.plusWeeks(9).atTime(13, 0), "Länsstyrelsen Skåne", "Södergatan 5, Malmö",
                null, "1. Lägesbild i länet\n2. Nytt stödmaterial");
        LOG.info("Demo mode: demo networks created");
    }

    private Network network(NetworkInput input) {
        Network network = new Network(clock.instant());
        network.apply(input, clock.instant());
        em.persist(network);
        em.flush();
        changeLog.record("network", network.getId().toString(), ChangeOperation.CREATE);
        return network;
    }

    private NetworkMember member(Network network, String email) {
        Account account = accounts.findByEmail(email).orElseThrow();
        NetworkMember member = NetworkMember.ofAccount(network.getId(), account.getId(), account.profile(),
                MembershipStatus.MEMBER, clock.instant());
        em.persist(member);
        return member;
    }

    private NetworkMeeting meeting(Network network, String title, LocalDateTime start, String place, String address,
                                   String onlineUrl, String agenda) {
        var valid = NetworkRules.check(new MeetingInput(title,
                new SessionInput(start, start.plusHours(3), place, address, onlineUrl), agenda));
        NetworkMeeting meeting = new NetworkMeeting(network.getId(), clock.instant());
        meeting.apply(valid.input(), valid.times(), clock.instant());
        em.persist(meeting);
        em.flush();
        changeLog.record("network_meeting", meeting.getId().toString(), ChangeOperation.CREATE);
        return meeting;
    }

    private void attend(NetworkMember member, NetworkMeeting meeting, boolean present) {
        em.flush();
        MeetingAttendance attendance = new MeetingAttendance(member.getId(), meeting.getId());
        attendance.record(present, null, clock.instant());
        em.persist(attendance);
    }
}
