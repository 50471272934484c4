package se.kunskapsnav.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.logging.Logger;

/** Skips a scheduled run of an {@link AfterStartup} job while the portal is still starting. */
@AfterStartup
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class AfterStartupInterceptor {

    private static final Logger LOG = Logger.getLogger(AfterStartupInterceptor.class.getName());

    @Inject
    PortalReadiness readiness;

    @AroundTimeout
    Object runWhenReady(InvocationContext run) throws Exception {
        if (!readiness.isReady()) {
            LOG.fine(() -> "Skipped " + run.getMethod().getDeclaringClass().getSimpleName() + "."
                    + run.getMethod().getName() + ": the portal is still starting");
            return null;
        }
        return run.proceed();
    }
}
