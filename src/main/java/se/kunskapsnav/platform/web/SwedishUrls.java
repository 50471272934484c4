package se.kunskapsnav.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the portal's readable Swedish URLs to the Facelets views that render them, e.g.
 * {@code /lan/AB} to {@code /geography/county.xhtml?kod=AB}. Views live in folders named after their
 * feature, never after a public URL: the servlet container would answer a URL that names a folder with
 * a redirect to the same URL plus "/". Later features add their routes here.
 */
public final class SwedishUrls {

    private static final Pattern COUNTY = Pattern.compile("/lan/([^/.]+)/?");

    private SwedishUrls() {
    }

    /** The view (with query) a path is served by, or empty when the path is not a readable URL. */
    public static Optional<String> viewFor(String path) {
        if (path.equals("/lan") || path.equals("/lan/")) {
            return Optional.of("/geography/counties.xhtml");
        }
        Matcher county = COUNTY.matcher(path);
        if (county.matches()) {
            return Optional.of("/geography/county.xhtml?kod=" + URLEncoder.encode(county.group(1), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }
}
