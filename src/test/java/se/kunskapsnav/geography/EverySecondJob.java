package se.kunskapsnav.geography;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.AfterStartup;
import se.kunskapsnav.platform.PortalReadiness;

import java.util.concurrent.atomic.AtomicInteger;

/** A job gated like the portal's, deployed with {@link GeographyIT}, that notes whether the portal was ready. */
@Singleton
@AfterStartup
public class EverySecondJob {

    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger runsBeforeStartUp = new AtomicInteger();

    @Inject
    PortalReadiness readiness;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void run() {
        runs.incrementAndGet();
        if (!readiness.isReady()) {
            runsBeforeStartUp.incrementAndGet();
        }
    }

    public int runs() {
        return runs.get();
    }

    public int runsBeforeStartUp() {
        return runsBeforeStartUp.get();
    }
}
