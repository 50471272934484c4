package se.kunskapsnav.accounts;

import java.time.Instant;
import java.util.List;

/** Everything the portal holds about one person, as the "download my data" file gives it. */
public record PersonalData(long accountId, String email, String name, Instant emailVerifiedAt, String profession,
                           String sector, String organisation, String workplaceMunicipalityCode,
                           String workplaceRegionCode, Instant createdAt, Instant lastLoginAt, List<String> roles,
                           List<Token> apiTokens, List<Action> actions, List<Entry> held) {

    /** An API token, without its secret (which the portal never stored). */
    public record Token(String name, Instant createdAt, Instant lastUsedAt) {
    }

    /** Something a feature holds about the person, e.g. a course registration with its note. */
    public record Entry(String kind, String title, String status, Instant since, String detail) {
    }

    /** Something the person did, from the audit log. */
    public record Action(String entityKind, String entityId, String action, Instant at) {
    }
}
