package se.kunskapsnav.courses;

import se.kunskapsnav.platform.RefusedException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may cancel a registration, and until when: the one rule that {@link RegistrationService#cancel} applies
 * and the pages ask before they offer to cancel. A seat or a place in line can be given up while the course is
 * published and its attendance is not marked; the participant may do it until registration closes (then the
 * organiser does it), an editor of the course until the course is over.
 */
public final class CancellationRule {

    /** A seat, a seat awaiting approval or a place in line: attendance is not yet marked. */
    private static final Set<RegistrationStatus> CANCELLABLE = EnumSet.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.AWAITING_APPROVAL, RegistrationStatus.WAITLISTED);

    private CancellationRule() {
    }

    /** Why the registration cannot be cancelled now by this caller, or empty when it can. */
    public static Optional<RefusedException> refusal(Course course, RegistrationStatus status, boolean editor,
                                                     Instant now) {
        return refusal(status, course.getStatus(), course.getRegistrationClosesAt(), course.getContactEmail(),
                editor, now);
    }

    static Optional<RefusedException> refusal(RegistrationStatus status, CourseStatus courseStatus,
                                              Instant registrationCloses, String contactEmail, boolean editor,
                                              Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            return Optional.of(new RefusedException("registration.alreadyCancelled"));
        }
        if (!CANCELLABLE.contains(status)) {
            return Optional.of(new RefusedException("registration.attendanceMarked"));
        }
        if (courseStatus != CourseStatus.PUBLISHED) {
            return Optional.of(new RefusedException("registration.courseOver"));
        }
        if (!editor && !now.isBefore(registrationCloses)) {
            return Optional.of(new RefusedException("registration.cancelClosed", contactEmail));
        }
        return Optional.empty();
    }
}
