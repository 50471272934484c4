package se.kunskapsnav.platform;

/**
 * Fired for each change-log entry; observed after commit ({@code during = AFTER_SUCCESS}) by consumers that
 * want to read the log at once instead of at their next poll.
 */
public record ChangeRecorded(String entityKind, String entityId) {
}
