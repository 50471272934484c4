package se.kunskapsnav.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Whether start-up (migrations, reference data, vocabularies, content, demo data) has finished in this
 * instance. The container starts scheduled jobs when it deploys the application, which can be before the
 * schema exists; {@link AfterStartup} jobs ask here first.
 */
@ApplicationScoped
public class PortalReadiness {

    private volatile boolean ready;

    void onReady(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) PortalReady event) {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }
}
