package se.kunskapsnav.platform.web;

import se.kunskapsnav.platform.NotFoundException;

/** Ids as they come in a URL or query parameter: anything but a number names nothing, so it is not found. */
public final class UrlIds {

    private UrlIds() {
    }

    public static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException("id " + id);
        }
    }
}
