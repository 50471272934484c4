package se.kunskapsnav.webcourse;

/** A study group membership: current, or ended by the member or the leader. */
public enum GroupMemberStatus {
    MEMBER, LEFT, REMOVED
}
