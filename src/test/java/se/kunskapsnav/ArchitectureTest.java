package se.kunskapsnav;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Schedule;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.kunskapsnav.notification.MailRetryJob;
import se.kunskapsnav.platform.AfterStartup;
import se.kunskapsnav.platform.JobLease;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout that docs/architecture.md describes, checked over the compiled classes: features depend one
 * way, platform on none, nothing reaches into another feature's {@code web} or {@code api}, pages and
 * resources leave the database to services, injected beans survive serialisation, and every scheduled job waits
 * for start-up and claims its run.
 */
class ArchitectureTest {

    private static final String ROOT = "se.kunskapsnav";
    /** {@code se.kunskapsnav.<feature>.web…} or {@code .api…}: group 1 is the feature. */
    private static final Pattern WEB_OR_API = Pattern.compile("se\\.kunskapsnav\\.(\\w+)\\.(web|api)(\\..*)?");

    private static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void featuresDependOneWay() {
        ArchRule rule = slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
        rule.check(portal);
    }

    @Test
    void platformDependsOnNoFeature() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".platform..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAPackage(ROOT + ".platform.."))))
                .because("platform serves every feature and knows none");
        rule.check(portal);
    }

    @Test
    void onlyTheStartUpKnowsTheRootPackage() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .because("the root package holds the start-up, which knows every feature");
        rule.check(portal);
    }

    @Test
    void nothingUsesAnotherFeaturesWebOrApi() {
        ArchRule rule = classes().should(new ArchCondition<>("use no other feature's web or api classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<String> target = webOrApiFeature(dependency.getTargetClass());
                    if (target.isPresent() && !target.get().equals("platform")
                            && !target.equals(feature(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        });
        rule.check(portal);
    }

    @Test
    void pagesAndResourcesLeaveTheDatabaseToServices() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ROOT + ".*.web..", ROOT + ".*.api..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("transactions and queries belong in the feature's services");
        rule.check(portal);
    }

    @Test
    void injectedBeansSurviveSerialisation() {
        fields().that().areAnnotatedWith(Inject.class).should().notHaveModifier(JavaModifier.TRANSIENT)
                .because("a restored view-scoped bean is not injected again; inject normal-scoped beans, whose"
                        + " client proxies serialise")
                .check(portal);
    }

    @Test
    void everyScheduledJobWaitsForStartUp() {
        methods().that().areAnnotatedWith(Schedule.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(AfterStartup.class)
                .because("a job that runs before the migrations reads tables that do not exist yet")
                .check(portal);
        noClasses().should().dependOnClassesThat().areAssignableTo(TimerService.class)
                .orShould().dependOnClassesThat().areAssignableTo(ScheduledExecutorService.class)
                .because("jobs are @Schedule methods, so the start-up gate covers them all")
                .check(portal);
    }

    /**
     * Every instance's timers fire; a job's run is claimed in the database, by its lease, or (the mail retry) by
     * claiming each mail.
     */
    @Test
    void everyScheduledJobClaimsItsRun() {
        classes().that().containAnyMethodsThat(annotatedWith(Schedule.class))
                .and().doNotHaveFullyQualifiedName(MailRetryJob.class.getName())
                .should().dependOnClassesThat().areAssignableTo(JobLease.class)
                .because("with several instances each would run the job, sending every reminder once per instance")
                .check(portal);
    }

    private static Optional<String> webOrApiFeature(JavaClass type) {
        Matcher matcher = WEB_OR_API.matcher(type.getPackageName());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
