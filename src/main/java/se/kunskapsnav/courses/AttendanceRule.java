package se.kunskapsnav.courses;

import java.util.Map;

/** What a person's attendance marks make of their registration. */
public final class AttendanceRule {

    private AttendanceRule() {
    }

    /**
     * Present at any session: attended. Marked absent at every session: no-show. Otherwise (not yet
     * marked everywhere, never present) the seat stays confirmed.
     */
    public static RegistrationStatus statusOf(Map<Long, Boolean> presenceBySession, int sessionCount) {
        if (presenceBySession.containsValue(Boolean.TRUE)) {
            return RegistrationStatus.ATTENDED;
        }
        if (presenceBySession.size() >= sessionCount) {
            return RegistrationStatus.NO_SHOW;
        }
        return RegistrationStatus.CONFIRMED;
    }
}
