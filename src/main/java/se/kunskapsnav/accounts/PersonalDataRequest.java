package se.kunskapsnav.accounts;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired while "download my data" is put together: features that hold something about the person (course
 * registrations, network memberships) add it, so accounts need not know them.
 */
public record PersonalDataRequest(long accountId, List<PersonalData.Entry> entries) {

    public PersonalDataRequest(long accountId) {
        this(accountId, new ArrayList<>());
    }

    public void add(PersonalData.Entry entry) {
        entries.add(entry);
    }
}
