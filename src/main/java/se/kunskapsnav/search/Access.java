package se.kunskapsnav.search;

/**
 * The tokens that say who may see a document. A document lists the tokens that open it; a caller holds
 * tokens for who they are; a hit needs one in common. Administrators see everything and need none.
 */
public final class Access {

    public static final String PUBLIC = "public";
    public static final String LOGGED_IN = "logged-in";

    private Access() {
    }

    /** The members of a network. */
    public static String member(long networkId) {
        return "member:" + networkId;
    }

    /** The editors of a county. */
    public static String editor(String countyCode) {
        return "editor:" + countyCode;
    }
}
