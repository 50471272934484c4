package se.kunskapsnav.accounts;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.notification.DemoMailServer;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.Mailbox;
import se.kunskapsnav.testsupport.TestDatabase;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account rules inside Payara, with the demo mode's real SMTP server (GreenMail) receiving the mail. */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = "blå cykel vid älven";
    private static final String BASE = "http://portal.test";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    AccountService accounts;

    @Inject
    DirectoryService directory;

    @Inject
    DemoMailServer mail;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Test
    void signUpMailsALinkAndOnlyAVerifiedAccountMayLogIn() {
        String email = uniqueEmail("verify");
        accounts.signUp(signUp(email, PASSWORD), BASE);

        assertEquals(LoginResult.Outcome.UNVERIFIED, accounts.authenticate(email, PASSWORD).outcome());
        String link = linkIn(email, "Bekräfta din e-postadress");
        assertTrue(link.startsWith(BASE + "/konto/bekrafta?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);

        assertTrue(accounts.verifyEmail(token));
        assertFalse(accounts.verifyEmail(token), "the link works once");
        LoginResult login = accounts.authenticate(email.toUpperCase(), PASSWORD);
        assertEquals(LoginResult.Outcome.SUCCESS, login.outcome());
        assertEquals(Set.of(Role.PARTICIPANT), login.roles().roles());
    }

    @Test
    void badSignUpsSaveNothingAndSayWhichFieldIsWrong() {
        long before = accountCount();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> accounts.signUp(new SignUp(
                "inte-en-adress", "kort", "x".repeat(201), "okant-yrke", "socialtjanst",
                null, " ", Workplace.municipality("9999")), BASE));
        assertEquals(Map.of(
                "email", "validation.email",
                "password", "password.tooShort",
                "name", "validation.tooLong",
                "profession", "validation.unknownProfession",
                "workplace", "validation.unknownWorkplace",
                "organisation", "validation.organisationRequired"), e.fieldMessageKeys());
        assertThrows(InvalidInputException.class,
                () -> accounts.signUp(signUp(uniqueEmail("common"), "Password1234"), BASE));
        assertEquals(before, accountCount());
    }

    @Test
    void aSecondSignUpWithTheSameAddressLooksTheSameButOnlySendsAReminder() {
        String email = uniqueEmail("twice");
        accounts.signUp(signUp(email, PASSWORD), BASE);
        long before = accountCount();

        accounts.signUp(signUp(email, "ett helt annat lösenord"), BASE);

        assertEquals(before, accountCount());
        assertNotNull(linkIn(email, "Du har redan ett konto"));
    }

    @Test
    void fiveWrongPasswordsLockTheAddressForFifteenMinutesWhetherOrNotItHasAnAccount() {
        String email = verifiedAccount("lock");
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(email, "fel lösenord " + i).outcome());
        }
        assertEquals(LoginResult.Outcome.LOCKED, accounts.authenticate(email, "fel lösenord 5").outcome());
        assertEquals(LoginResult.Outcome.LOCKED, accounts.authenticate(email, PASSWORD).outcome(),
                "locked even with the right password");

        String nobody = uniqueEmail("nobody");
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(nobody, "gissning " + i).outcome());
        }
        assertEquals(LoginResult.Outcome.LOCKED, accounts.authenticate(nobody, "gissning 5").outcome());
    }

    @Test
    void aResetLinkSurvivesAWeakPasswordThenWorksOnceAndEndsAllSessions() {
        String email = verifiedAccount("reset");
        long id = accounts.findByEmail(email).orElseThrow().getId();
        int sessionVersion = accounts.account(id).getSessionVersion();
        accounts.requestPasswordReset(email, BASE);
        String link = linkIn(email, "Välj nytt lösenord");
        assertTrue(link.startsWith(BASE + "/nytt-losenord?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);

        InvalidInputException weak = assertThrows(InvalidInputException.class,
                () -> accounts.resetPassword(token, "123456789012"));
        assertEquals(Map.of("password", "password.common"), weak.fieldMessageKeys());

        accounts.resetPassword(token, "ett nytt långt lösenord");

        assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(email, PASSWORD).outcome());
        assertEquals(LoginResult.Outcome.SUCCESS, accounts.authenticate(email, "ett nytt långt lösenord").outcome());
        assertTrue(accounts.sessionAccount(id, sessionVersion).isEmpty(), "old sessions are ended");
        InvalidInputException used = assertThrows(InvalidInputException.class,
                () -> accounts.resetPassword(token, "ännu ett nytt lösenord"));
        assertEquals(Map.of("token", "reset.invalidLink"), used.fieldMessageKeys());
    }

    @Test
    void anUnknownAddressGetsNoResetMailAndTheSameAnswer() {
        String nobody = uniqueEmail("noreset");
        accounts.requestPasswordReset(nobody, BASE);
        assertTrue(mail.received().stream().noneMatch(m -> m.to().equals(nobody)));
    }

    @Test
    void erasureRemovesThePersonAndKeepsTheStatisticsFacts() {
        String email = verifiedAccount("erase");
        long id = accounts.findByEmail(email).orElseThrow().getId();
        String token = accounts.createApiToken(id, "skript");
        Account before = accounts.account(id);
        Long organisation = before.getOrganisationId();

        accounts.erase(id);

        em.clear();
        Account after = accounts.account(id);
        assertNull(after.getEmail());
        assertNull(after.getName());
        assertNotNull(after.getErasedAt());
        assertEquals("socialsekreterare", after.getProfessionCode());
        assertEquals("socialtjanst", after.getSectorCode());
        assertEquals(organisation, after.getOrganisationId());
        assertEquals("0114", after.getWorkplaceMunicipalityCode());
        assertEquals(before.getCreatedAt(), after.getCreatedAt());
        assertTrue(accounts.findByEmail(email).isEmpty());
        assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(email, PASSWORD).outcome());
        assertTrue(accounts.authenticateApiToken(token).isEmpty());
        assertTrue(accounts.apiTokens(id).isEmpty());
    }

    @Test
    void retentionErasesAccountsUnusedSinceTheCutoffButKeepsThoseWithRoles() throws InterruptedException {
        String old = verifiedAccount("retention-old");
        Thread.sleep(5);
        Instant cutoff = Instant.now();
        Thread.sleep(5);
        String recent = verifiedAccount("retention-new");

        assertTrue(accounts.eraseUnusedSince(cutoff) >= 1);

        assertTrue(accounts.findByEmail(old).isEmpty(), "unused since before the cutoff: erased");
        assertTrue(accounts.findByEmail(recent).isPresent(), "created after the cutoff: kept");
        assertTrue(accounts.findByEmail("admin@demo.kunskapsnav.se").isPresent(), "holds a role: kept");
    }

    @Test
    void anEmployerThatIsNotInTheDirectoryWaitsForReview() {
        String email = uniqueEmail("other");
        accounts.signUp(new SignUp(email, PASSWORD, "Eva Ideell", "volontar", "ideell-sektor", null,
                "Kvinnojouren i Väsby", Workplace.municipality("0114")), BASE);
        Account account = accounts.findByEmail(email).orElseThrow();
        var organisation = directory.organisation(account.getOrganisationId()).orElseThrow();
        assertEquals("Kvinnojouren i Väsby", organisation.getName());
        assertEquals("PENDING_REVIEW", organisation.getStatus().name());
        assertEquals("01", organisation.getCountyCode());
        assertTrue(directory.organisations("01").stream().noneMatch(o -> o.getId().equals(organisation.getId())),
                "not offered to others before an editor approves it");
    }

    // ---- helpers

    private String verifiedAccount(String prefix) {
        String email = uniqueEmail(prefix);
        accounts.signUp(signUp(email, PASSWORD), BASE);
        String link = linkIn(email, "Bekräfta din e-postadress");
        assertTrue(accounts.verifyEmail(link.substring(link.indexOf("token=") + 6)));
        return email;
    }

    private SignUp signUp(String email, String password) {
        Long organisation = directory.municipalityOrganisation("0114").orElseThrow().getId();
        return new SignUp(email, password, "Anna Andersson", "socialsekreterare", "socialtjanst", organisation,
                null, Workplace.municipality("0114"));
    }

    private String linkIn(String email, String subjectStart) {
        DemoMailServer.ReceivedMail message = new Mailbox(mail).one(email, subjectStart);
        Matcher link = Pattern.compile("https?://\\S+").matcher(message.body());
        return link.find() ? link.group() : null;
    }

    private long accountCount() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "." + System.nanoTime() + "@kommun.example";
    }
}
