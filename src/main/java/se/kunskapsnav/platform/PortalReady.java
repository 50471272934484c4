package se.kunskapsnav.platform;

/** Fired once at start-up when the database, reference data and content are in place. */
public record PortalReady() {
}
