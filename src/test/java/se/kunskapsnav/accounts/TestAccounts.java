package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.directory.DirectoryService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Many participants at once for load tests, inside the container: verified accounts with an API token
 * each, made without sign-up's password hashing (600 000 PBKDF2 rounds per account would take minutes).
 * They cannot log in with a password; the token is their way in.
 */
@ApplicationScoped
public class TestAccounts {

    /** A participant's account id, address and API token. */
    public record Participant(long accountId, String email, String token) {
    }

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    @Transactional
    public List<Participant> create(String prefix, int count, boolean verified) {
        return createIn("0180", prefix, count, verified);
    }

    /** People working for the municipality {@code municipalityCode}. */
    @Transactional
    public List<Participant> createIn(String municipalityCode, String prefix, int count, boolean verified) {
        long organisation = directory.municipalityOrganisation(municipalityCode).orElseThrow().getId();
        List<Participant> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = prefix + "." + i + "." + System.nanoTime() + "@kommun.example";
            Account account = new Account(email, "not-a-password-hash",
                    new Profile("Deltagare " + prefix + " " + i, "socialsekreterare", "socialtjanst", organisation,
                            Workplace.municipality(municipalityCode)), clock.instant());
            if (verified) {
                account.verifyEmail(clock.instant());
            }
            em.persist(account);
            em.flush();
            created.add(new Participant(account.getId(), email, apiTokens.create(account.getId(), "test")));
        }
        return created;
    }

    /** An API token for an existing account, e.g. a demo editor. */
    public String tokenFor(String email) {
        return apiTokens.create(accounts.findByEmail(email).orElseThrow().getId(), "test");
    }
}
