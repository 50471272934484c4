package se.kunskapsnav.geography;

/** How many rows a reference data load inserted and updated; both zero when the files were unchanged. */
public record SyncResult(int inserted, int updated) {

    @Override
    public String toString() {
        return inserted + " rows inserted, " + updated + " updated";
    }
}
