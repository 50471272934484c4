package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import se.kunskapsnav.accounts.Profile;
import se.kunskapsnav.courses.ArrivalOrder.Arrival;
import se.kunskapsnav.courses.ArrivalOrder.Decision;
import se.kunskapsnav.courses.RegistrationService.Registered;
import se.kunskapsnav.notification.MailEvent;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Registrations at one course that arrive together, decided in one transaction under one take of the course's seat
 * lock (group commit, issue 23): lock, one read of what decides, each decided in arrival order
 * ({@link ArrivalOrder}), all registrations inserted with one statement, their mails stored with one more, one
 * change-log entry, commit. Each statement under the lock is a round trip that every waiting registration of the
 * course would otherwise pay for itself. The lock and the decision stay in the database, so batches of several
 * instances take turns as single registrations did.
 */
@ApplicationScoped
public class RegistrationBatch {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @Inject
    CourseMails mails;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    /** A verified person asking for a place, with what their registration copies and their mail needs. */
    record Applicant(long accountId, String email, Profile profile, String note) {
    }

    /** What became of one applicant: a registration, or the refusal to throw at them. */
    record Outcome(Registered registered, RuntimeException refusal) {

        Registered registeredOrThrow() {
            if (refusal != null) {
                throw refusal;
            }
            return registered;
        }
    }

    /**
     * Decides the applicants, in order, in a transaction of its own (run again whole after a conflict, see
     * {@code TransactionRetry}); one outcome each. A refusal that concerns the course (not found, not open) is
     * everybody's.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Outcome> register(long courseId, List<Applicant> applicants) {
        SeatTerms terms = lockForRegistration(courseId, applicants.stream().map(Applicant::accountId).toList());
        Optional<Supplier<RuntimeException>> closed = terms.refusal(courseId, clock.instant());
        if (closed.isPresent()) {
            return applicants.stream().map(a -> new Outcome(null, closed.get().get())).toList();
        }
        Optional<SeatQuota> quota = registrations.quota(courseId, terms.level(), terms.countyCode(),
                terms.seatQuota(), terms.seatQuotaUntil());
        List<Decision> decisions = ArrivalOrder.decide(terms.seats(), quota, terms.requiresApproval(),
                applicants.stream().map(a -> new Arrival(a.accountId(), SeatQuota.areaOf(terms.level(),
                        terms.countyCode(), a.profile().workplace().municipalityCode(),
                        a.profile().workplace().regionCode()))).toList(),
                terms.alreadyRegistered());
        Instant now = clock.instant();
        List<Registration> created = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            Applicant applicant = applicants.get(i);
            Decision decision = decisions.get(i);
            if (decision.alreadyRegistered()) {
                outcomes.add(new Outcome(null, new RefusedException("registration.already")));
            } else {
                Registration registration = new Registration(courseId, applicant.accountId(), applicant.profile(),
                        applicant.note(), decision.status(), now);
                created.add(registration);
                outcomes.add(new Outcome(new Registered(registration, decision.queuePosition(),
                        decision.waitsForReservedSeats()), null));
            }
        }
        if (created.isEmpty()) {
            return outcomes;
        }
        insert(created);
        // one entry for the batch: a follower learns from any registration that its course changed
        changeLog.record("registration", created.getFirst().getId().toString(), ChangeOperation.CREATE);
        List<MailEvent> mailEvents = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            Registered registered = outcomes.get(i).registered();
            if (registered != null) {
                mailEvents.add(mails.registeredMail(registered.registration(), applicants.get(i).email(),
                        registered.queuePosition(), registered.waitsForReservedSeats()));
            }
        }
        mails.registered(mailEvents);
        return outcomes;
    }

    /**
     * Inserts the registrations with one statement and gives each the id the database chose (read back with
     * {@code RETURNING}: ids of one statement need not be consecutive, e.g. on Galera).
     */
    private void insert(List<Registration> created) {
        Query insert = em.createNativeQuery("""
                INSERT INTO registration (course_id, account_id, live_account_id, status, note, organisation_id,
                                          municipality_code, region_code, profession_code, sector_code,
                                          registered_at, changed_at)
                VALUES %s
                RETURNING id, account_id""".formatted(String.join(", ", Collections.nCopies(created.size(),
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))));
        int parameter = 1;
        for (Registration registration : created) {
            Timestamp registeredAt = Timestamp.from(registration.getRegisteredAt());
            insert.setParameter(parameter++, registration.getCourseId())
                    .setParameter(parameter++, registration.getAccountId())
                    .setParameter(parameter++, registration.getAccountId())
                    .setParameter(parameter++, registration.getStatus().name())
                    .setParameter(parameter++, registration.getNote())
                    .setParameter(parameter++, registration.getOrganisationId())
                    .setParameter(parameter++, registration.getMunicipalityCode())
                    .setParameter(parameter++, registration.getRegionCode())
                    .setParameter(parameter++, registration.getProfessionCode())
                    .setParameter(parameter++, registration.getSectorCode())
                    .setParameter(parameter++, registeredAt)
                    .setParameter(parameter++, registeredAt);
        }
        Map<Long, Long> idByAccount = new HashMap<>();
        for (Object row : insert.getResultList()) {
            Object[] columns = (Object[]) row;
            idByAccount.put(((Number) columns[1]).longValue(), ((Number) columns[0]).longValue());
        }
        created.forEach(registration -> registration.stored(idByAccount.get(registration.getAccountId())));
    }

    /** What decides registrations, as the course row and its registrations are once the course is locked. */
    private record SeatTerms(CourseStatus status, int capacity, boolean requiresApproval, Instant opensAt,
                             Instant closesAt, CourseLevel level, String countyCode, Integer seatQuota,
                             LocalDate seatQuotaUntil, int held, int waiting, Set<Long> alreadyRegistered) {

        Seats seats() {
            return new Seats(capacity, held, waiting);
        }

        /** Why nobody may register now, if so. */
        Optional<Supplier<RuntimeException>> refusal(long courseId, Instant now) {
            if (status == CourseStatus.DRAFT) {
                return Optional.of(() -> new NotFoundException("course " + courseId));
            }
            if (status != CourseStatus.PUBLISHED) {
                return Optional.of(() -> new RefusedException("registration.courseNotOpen"));
            }
            if (now.isBefore(opensAt)) {
                return Optional.of(() -> new RefusedException("registration.notYetOpen", SwedishTime.date(opensAt)));
            }
            if (!now.isBefore(closesAt)) {
                return Optional.of(() -> new RefusedException("registration.closed"));
            }
            return Optional.empty();
        }
    }

    /**
     * Locks the course for registrations until the transaction ends, then reads in one statement what decides
     * them: the course row's terms, its seats held and waiting, and which of {@code accountIds} already have a live
     * registration. The lock is held from here to the commit, so every statement saved here is saved for each of
     * the registrations that wait for it.
     */
    private SeatTerms lockForRegistration(long courseId, List<Long> accountIds) {
        registrations.lockSeats(courseId); // a course without its lock row is not found
        Query query = em.createNativeQuery("""
                        SELECT c.status, c.capacity, c.requires_approval, c.registration_opens_at,
                               c.registration_closes_at, c.level, c.county_code, c.seat_quota, c.seat_quota_until,
                               s.held, s.waiting, s.registered
                        FROM course c,
                             (SELECT COALESCE(SUM(status IN (%s)), 0) AS held,
                                     COALESCE(SUM(status = ?), 0) AS waiting,
                                     CAST(GROUP_CONCAT(CASE WHEN account_id IN (%s) AND status <> ? THEN account_id END)
                                          AS CHAR) AS registered
                              FROM registration WHERE course_id = ?) s
                        WHERE c.id = ?""".formatted(RegistrationService.SEAT_HOLDING_PARAMETERS,
                String.join(", ", Collections.nCopies(accountIds.size(), "?"))));
        int parameter = RegistrationService.bindSeatHolding(query, 1);
        query.setParameter(parameter++, RegistrationStatus.WAITLISTED.name());
        for (Long accountId : accountIds) {
            query.setParameter(parameter++, accountId);
        }
        List<?> rows = query.setParameter(parameter++, RegistrationStatus.CANCELLED.name())
                .setParameter(parameter++, courseId)
                .setParameter(parameter, courseId)
                .getResultList();
        Object[] row = (Object[]) rows.getFirst();
        boolean requiresApproval = row[2] instanceof Boolean flag ? flag : ((Number) row[2]).intValue() != 0;
        Set<Long> registered = row[11] == null ? Set.of() : Arrays.stream(((String) row[11]).split(","))
                .map(Long::valueOf).collect(Collectors.toSet());
        return new SeatTerms(CourseStatus.valueOf((String) row[0]), ((Number) row[1]).intValue(), requiresApproval,
                ((Timestamp) row[3]).toInstant(), ((Timestamp) row[4]).toInstant(),
                CourseLevel.valueOf((String) row[5]), (String) row[6],
                row[7] == null ? null : ((Number) row[7]).intValue(),
                row[8] instanceof Date date ? date.toLocalDate() : (LocalDate) row[8],
                ((Number) row[9]).intValue(), ((Number) row[10]).intValue(), registered);
    }
}
