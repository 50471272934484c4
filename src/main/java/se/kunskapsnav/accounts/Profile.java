package se.kunskapsnav.accounts;

/** The facts a person gives about themselves; all but the name are kept for statistics after erasure. */
public record Profile(String name, String professionCode, String sectorCode, Long organisationId,
                      Workplace workplace) {
}
