package se.kunskapsnav.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Maps the portal's readable Swedish URLs to the Facelets views that render them, e.g.
 * {@code /lan/AB} to {@code /geography/county.xhtml?kod=AB}. Views live in folders named after their
 * feature, never after a public URL: the servlet container would answer a URL that names a folder with
 * a redirect to the same URL plus "/". Later features add their routes here.
 */
public final class SwedishUrls {

    private static final Map<String, String> PAGES = Map.ofEntries(
            entry("/lan", "/geography/counties.xhtml"),
            entry("/logga-in", "/accounts/login.xhtml"),
            entry("/registrera", "/accounts/sign-up.xhtml"),
            entry("/konto/bekrafta", "/accounts/verify.xhtml"),
            entry("/glomt-losenord", "/accounts/forgot-password.xhtml"),
            entry("/nytt-losenord", "/accounts/reset-password.xhtml"),
            entry("/mina-uppgifter", "/accounts/member/my-data.xhtml"),
            entry("/admin/roller", "/administration/roles.xhtml"),
            entry("/admin/e-post", "/administration/mail.xhtml"),
            entry("/admin/granskningslogg", "/administration/audit.xhtml"));

    private static final Pattern COUNTY = Pattern.compile("/lan/([^/.]+)");

    private SwedishUrls() {
    }

    /** The readable URL of a view, for the action of its forms, or empty for views without one. */
    public static Optional<String> urlFor(String viewId) {
        return PAGES.entrySet().stream().filter(page -> page.getValue().equals(viewId)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The view (with query) a path is served by, or empty when the path is not a readable URL. */
    public static Optional<String> viewFor(String requestPath) {
        String path = requestPath.length() > 1 && requestPath.endsWith("/")
                ? requestPath.substring(0, requestPath.length() - 1) : requestPath;
        if (PAGES.containsKey(path)) {
            return Optional.of(PAGES.get(path));
        }
        Matcher county = COUNTY.matcher(path);
        if (county.matches()) {
            return Optional.of("/geography/county.xhtml?kod=" + URLEncoder.encode(county.group(1), StandardCharsets.UTF_8));
        }
        return Optional.empty();
    }
}
