package se.kunskapsnav.visits.web;

import se.kunskapsnav.platform.NotFoundException;

/** Ids as they come in a URL: anything but a number names nothing. */
final class Ids {

    private Ids() {
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException(id);
        }
    }
}
