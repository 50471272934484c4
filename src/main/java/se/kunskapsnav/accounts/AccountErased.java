package se.kunskapsnav.accounts;

/**
 * Fired inside the transaction that erases a person, so features holding their personal data (course
 * registration notes, future registrations) remove it in the same transaction.
 */
public record AccountErased(long accountId) {
}
