package se.kunskapsnav.materials;

import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;

/** A network meeting a material is used in, with its network, and whether the caller may undo the link. */
public record MeetingUse(NetworkMeeting meeting, Network network, boolean mayUnlink) {

    // Jakarta EL 5 reads bean getters, not record accessors.

    public NetworkMeeting getMeeting() {
        return meeting;
    }

    public Network getNetwork() {
        return network;
    }

    public boolean isMayUnlink() {
        return mayUnlink;
    }
}
