package se.kunskapsnav.accounts;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.AfterStartup;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.JobLease;
import se.kunskapsnav.platform.PortalConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.logging.Logger;

/**
 * Keeps personal data no longer than needed: every night, accounts unused for
 * {@code kunskapsnav.retention.months} (default 24) are erased the same way a person erases their own,
 * so statistics stay exact. Accounts with a role are kept while they have it.
 */
@Singleton
@AfterStartup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step is its own transaction, retried on a deadlock
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    JobLease lease;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void nightly() {
        if (!lease.claim("retention", Duration.ofHours(1))) {
            return; // another instance has this run
        }
        Instant cutoff = ZonedDateTime.now(clock.withZone(ClockProducer.SWEDEN))
                .minusMonths(config.retentionMonths()).toInstant();
        int erased = accounts.eraseUnusedSince(cutoff);
        LOG.info(() -> "Retention: " + erased + " accounts unused since " + cutoff + " erased");
    }
}
