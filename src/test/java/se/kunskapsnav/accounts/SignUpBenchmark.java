package se.kunskapsnav.accounts;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long sign-up takes for a new address and for an address that already has an account, which must not
 * differ (or the time tells who has an account). Not a test of speed: it prints the times, inside Payara Micro
 * against the embedded MariaDB, alternating the two kinds so that the machine's load falls on both alike.
 * Run it with {@code ./mvnw -Pbenchmark verify -Dit.test=SignUpBenchmark}; the table goes to the console and
 * {@code target/benchmark/signup.md}.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class SignUpBenchmark {

    private static final int WARM_UP = 5;
    private static final int ROUNDS = 40;
    private static final String PASSWORD = "blå cykel vid älven";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    SignUpService signUps;

    @Inject
    DirectoryService directory;

    @Test
    void signUpTimesForNewAndTakenAddresses() throws IOException {
        String taken = address("tagen");
        signUps.signUp(form(taken));
        for (int i = 0; i < WARM_UP; i++) {
            signUps.signUp(form(address("uppvarmning")));
            signUps.signUp(form(taken));
        }
        double[] newAddress = new double[ROUNDS];
        double[] takenAddress = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            newAddress[i] = millis(form(address("ny")));
            takenAddress[i] = millis(form(taken));
        }
        StringBuilder report = new StringBuilder("| Address | sign-ups | median ms | mean ms | 90th percentile ms |\n"
                + "|---|---|---|---|---|\n");
        row(report, "new (account created, verification mail)", newAddress);
        row(report, "taken (\"you already have an account\" mail)", takenAddress);
        report.append(String.format(Locale.ROOT, "%nMedian taken / median new: %.2f%n",
                median(takenAddress) / median(newAddress)));
        System.out.println("\nSign-up benchmark (" + Runtime.getRuntime().availableProcessors() + " cores)\n" + report);
        Path directory = Path.of(System.getProperty("project.root", "."), "target", "benchmark");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("signup.md"), report.toString());
    }

    private double millis(SignUp form) {
        long start = System.nanoTime();
        signUps.signUp(form);
        return (System.nanoTime() - start) / 1e6;
    }

    private SignUp form(String email) {
        Long organisation = directory.municipalityOrganisation("0114").orElseThrow().getId();
        return new SignUp(email, PASSWORD, "Anna Andersson", "socialsekreterare", "socialtjanst", organisation, null,
                Workplace.municipality("0114"));
    }

    private static String address(String prefix) {
        return "benchmark." + prefix + "." + System.nanoTime() + "@kommun.example";
    }

    private static void row(StringBuilder report, String label, double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        report.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f |%n", label, times.length,
                median(times), Arrays.stream(times).average().orElse(0), sorted[(int) Math.ceil(0.9 * sorted.length) - 1]));
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }
}
