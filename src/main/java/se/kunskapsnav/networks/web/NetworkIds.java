package se.kunskapsnav.networks.web;

import se.kunskapsnav.platform.NotFoundException;

/** Network, meeting and document ids as they come in a URL: anything but a number names nothing. */
final class NetworkIds {

    private NetworkIds() {
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException("network page " + id);
        }
    }
}
