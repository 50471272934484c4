package se.kunskapsnav.platform.web;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which pages a visitor without a session may revalidate with an {@code ETag} ({@link PageRevalidation}): the
 * public pages that only read and keep no view state (their views are stateless), whose content follows the
 * change log. A page that shows or keeps anything of one person's is not among them.
 */
final class RevalidatedPages {

    private static final Set<String> PAGES = Set.of("/", "/lan", "/kurser", "/sok", "/natverk", "/material",
            "/uppfoljning", "/om", "/kontakt", "/tillganglighet", "/personuppgifter", "/kakor");
    private static final Pattern ONE_OF_MANY = Pattern.compile("/(lan/[^/.]+|kurser/\\d{1,18})");

    private RevalidatedPages() {
    }

    /** Whether the page at {@code path} (without the context path) may carry a tag. */
    static boolean covers(String path) {
        return PAGES.contains(path) || ONE_OF_MANY.matcher(path).matches();
    }

    /**
     * Whether an {@code If-None-Match} header names {@code tag} (a weak tag, {@code W/"…"}): by weak comparison,
     * as RFC 9110 asks of it, so the strong form of the same value matches too; {@code *} matches any.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = opaque(tag);
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || opaque(candidate).equals(opaque));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
