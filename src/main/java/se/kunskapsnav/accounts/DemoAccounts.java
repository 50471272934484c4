package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode's accounts, listed in README.md; all share one password. Created once, verified, with their
 * roles; a start-up with them present changes nothing.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String PASSWORD = "Kunskapsnav-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    private record Demo(String email, String name, String professionCode, String sectorCode, String municipalityCode,
                        Role role, String countyCode) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("admin@demo.kunskapsnav.se", "Ada Administratör", "annan", "annan", "0180", Role.ADMIN, null),
            new Demo("redaktor.stockholm@demo.kunskapsnav.se", "Sara Utvecklingsledare", "annan", "annan", "0180",
                    Role.EDITOR, "01"),
            new Demo("redaktor.skane@demo.kunskapsnav.se", "Malin Utvecklingsledare", "annan", "annan", "1280",
                    Role.EDITOR, "12"),
            new Demo("redaktor.vastragotaland@demo.kunskapsnav.se", "Olle Utvecklingsledare", "annan", "annan", "1480",
                    Role.EDITOR, "14"),
            new Demo("kursledare@demo.kunskapsnav.se", "Kim Kursledare", "kvinnofridssamordnare", "socialtjanst", "1485",
                    Role.COURSE_LEADER, null),
            new Demo("deltagare1@demo.kunskapsnav.se", "Alva Socialsekreterare", "socialsekreterare", "socialtjanst",
                    "0114", null, null),
            new Demo("deltagare2@demo.kunskapsnav.se", "Bo Kurator", "kurator", "halso-och-sjukvard", "1281",
                    null, null),
            new Demo("deltagare3@demo.kunskapsnav.se", "Cecilia Biståndsbedömare", "bistandsbedomare", "socialtjanst",
                    "2480", null, null));

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    @Transactional
    public void ensure() {
        int created = 0;
        for (Demo demo : DEMOS) {
            if (accounts.findByEmail(demo.email()).isPresent()) {
                continue;
            }
            Organisation employer = directory.municipalityOrganisation(demo.municipalityCode()).orElseThrow();
            Account account = new Account(demo.email(), passwords.hash(PASSWORD),
                    new Profile(demo.name(), demo.professionCode(), demo.sectorCode(), employer.getId(),
                            Workplace.municipality(demo.municipalityCode())), clock.instant());
            account.verifyEmail(clock.instant());
            em.persist(account);
            em.flush();
            if (demo.role() != null) {
                em.persist(new RoleGrant(account.getId(), demo.role(), demo.countyCode(), null, clock.instant()));
            }
            created++;
        }
        int count = created;
        LOG.info(() -> "Demo mode: " + count + " demo accounts created (password in README.md)");
    }
}
