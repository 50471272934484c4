package se.kunskapsnav.webcourse;

/** A study group member as the leader's list shows them: the name is null for a member recorded without one. */
public record GroupMemberListing(GroupMember member, String name) {
}
