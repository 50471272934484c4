package se.kunskapsnav.networks;

/** Where a membership stands. Applied and member are live: one live membership per person and network. */
public enum MembershipStatus {
    APPLIED,
    MEMBER,
    DECLINED,
    LEFT,
    REMOVED;

    public boolean isLive() {
        return this == APPLIED || this == MEMBER;
    }
}
