package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.CheckinCode;
import se.kunskapsnav.courses.CheckinQr;
import se.kunskapsnav.courses.CheckinService;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseStatus;
import se.kunskapsnav.courses.Registration;
import se.kunskapsnav.courses.RegistrationStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The logged-in person's check-in code on {@code /mina-anmalningar} and the receipt: shown while they have a seat
 * at a course still to be held, as a QR code (an SVG data URI; the pages' policy allows data: images) and as text.
 */
@Named
@RequestScoped
public class CheckinCodes {

    @Inject
    CheckinService checkins;

    private final Map<Long, Optional<CheckinCode>> codes = new HashMap<>();

    /** The code, or null when there is nothing to check in to. */
    public CheckinCode code(Registration registration, Course course) {
        if (registration == null || course.getStatus() != CourseStatus.PUBLISHED
                || registration.getStatus() != RegistrationStatus.CONFIRMED) {
            return null;
        }
        return codes.computeIfAbsent(registration.getId(), checkins::myCode).orElse(null);
    }

    public String image(CheckinCode code) {
        return CheckinQr.dataUri(code);
    }
}
