package se.kunskapsnav.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** Integration tests deploy the WAR that {@code mvn package} built: what runs in production is what is tested. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "kunskapsnav.war")
                .importFrom(new File(System.getProperty("kunskapsnav.war")))
                .as(WebArchive.class)
                .addClasses(TestDatabase.class, Deployments.class, Mailbox.class, Api.class, CrossCountyWrites.class);
    }
}
