package se.kunskapsnav.about;

import se.kunskapsnav.platform.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A visitor's report of an accessibility problem: what went wrong (required), on which page, and an e-mail
 * address for an answer. Only the description is needed; an address is asked for, never required (least data).
 */
public record ProblemReport(String description, String page, String email) {

    static final int DESCRIPTION_MAX = 4000;
    static final int PAGE_MAX = 500;
    static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ProblemReport {
        description = trimmed(description);
        page = trimmed(page);
        email = trimmed(email);
    }

    /** This report, or the fields' messages when it cannot be sent. */
    public ProblemReport checked() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (description.isEmpty()) {
            errors.put("description", "problemReport.description.required");
        } else if (description.length() > DESCRIPTION_MAX) {
            errors.put("description", "problemReport.description.tooLong");
        }
        if (page.length() > PAGE_MAX) {
            errors.put("page", "problemReport.page.tooLong");
        }
        if (!email.isEmpty() && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            errors.put("email", "problemReport.email.invalid");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
