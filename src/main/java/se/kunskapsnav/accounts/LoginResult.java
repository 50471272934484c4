package se.kunskapsnav.accounts;

/** The outcome of a login attempt; {@code roles} is set only on success. */
public record LoginResult(Outcome outcome, AccountRoles roles, int sessionVersion) {

    /** Why a login did or did not succeed; the page says so without telling which addresses exist. */
    public enum Outcome {
        SUCCESS, INVALID, LOCKED, UNVERIFIED
    }

    static LoginResult failed(Outcome outcome) {
        return new LoginResult(outcome, null, 0);
    }
}
