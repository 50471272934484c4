package se.kunskapsnav.directory;

/** An organisation named by a person at sign-up ("other") waits for an editor's review. */
public enum OrganisationStatus {
    ACTIVE, PENDING_REVIEW
}
