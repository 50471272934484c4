package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one source of time: Swedish wall-clock time, replaceable in tests. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SWEDEN);
    }
}
