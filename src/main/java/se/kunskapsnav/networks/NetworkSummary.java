package se.kunskapsnav.networks;

import java.util.Optional;

/** What anyone may see of a network: the network itself and the date of its next meeting, if one is set. */
public record NetworkSummary(Network network, Optional<NetworkMeeting> nextMeeting) {
}
