package se.kunskapsnav.platform;

/** The current person may not do this: 403 problem in the API, the Swedish "not allowed" page in the UI. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
