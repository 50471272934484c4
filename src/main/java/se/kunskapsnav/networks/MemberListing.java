package se.kunskapsnav.networks;

/** A membership with what is shown of the person: name, e-mail (to editors) and organisation. */
public record MemberListing(NetworkMember member, String name, String email, String organisationName) {
}
