package se.kunskapsnav.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The integration tests' additions to Arquillian, on the client side only (listed in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} of the test classpath): Payara
 * Micro instances shared by test classes, and the check of their logs.
 */
public class IntegrationTestExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, PayaraInstances.class)
                .observer(ServerLogCheck.class);
    }
}
