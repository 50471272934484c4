package se.kunskapsnav.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Maps the portal's readable Swedish URLs to the Facelets views that render them, e.g.
 * {@code /lan/AB} to {@code /geography/county.xhtml?kod=AB}, and back for the action of a view's forms.
 * Views live in folders named after their feature, never after a public URL: the servlet container would
 * answer a URL that names a folder with a redirect to the same URL plus "/". Later features add their
 * routes here.
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
            entry("/kurser", "/courses/catalogue.xhtml"),
            entry("/mina-anmalningar", "/courses/member/my-registrations.xhtml"),
            entry("/admin/kurser", "/administration/courses/list.xhtml"),
            entry("/admin/kurser/ny", "/administration/courses/edit.xhtml"),
            entry("/natverk", "/networks/list.xhtml"),
            entry("/admin/natverk", "/administration/networks/list.xhtml"),
            entry("/admin/natverk/ny", "/administration/networks/edit.xhtml"),
            entry("/admin/kommunbesok", "/administration/visits/list.xhtml"),
            entry("/admin/kommunbesok/ny", "/administration/visits/edit.xhtml"),
            entry("/admin/aktiviteter", "/administration/activities/list.xhtml"),
            entry("/admin/aktiviteter/ny", "/administration/activities/edit.xhtml"),
            entry("/admin/roller", "/administration/roles.xhtml"),
            entry("/admin/e-post", "/administration/mail.xhtml"),
            entry("/admin/granskningslogg", "/administration/audit.xhtml"));

    /**
     * A readable URL with one value in it, e.g. {@code /kurser/12}: the pattern's one group is the value,
     * which the view receives as the query parameter {@code parameter}.
     */
    private record Route(Pattern path, String view, String parameter, String url) {

        Route(String path, String view, String parameter, String url) {
            this(Pattern.compile(path), view, parameter, url);
        }

        String urlWith(String value) {
            return url.formatted(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static final List<Route> ROUTES = List.of(
            new Route("/lan/([^/.]+)", "/geography/county.xhtml", "kod", "/lan/%s"),
            new Route("/kurser/(\\d{1,18})", "/courses/course.xhtml", "id", "/kurser/%s"),
            new Route("/admin/kurser/(\\d{1,18})/redigera", "/administration/courses/edit.xhtml", "id",
                    "/admin/kurser/%s/redigera"),
            new Route("/admin/kurser/(\\d{1,18})/anmalningar", "/administration/courses/registrations.xhtml", "id",
                    "/admin/kurser/%s/anmalningar"),
            new Route("/natverk/(\\d{1,18})", "/networks/network.xhtml", "id", "/natverk/%s"),
            new Route("/natverk/traffar/(\\d{1,18})", "/networks/member/meeting.xhtml", "id", "/natverk/traffar/%s"),
            new Route("/admin/natverk/(\\d{1,18})/redigera", "/administration/networks/edit.xhtml", "id",
                    "/admin/natverk/%s/redigera"),
            new Route("/admin/natverk/(\\d{1,18})/medlemmar", "/administration/networks/members.xhtml", "id",
                    "/admin/natverk/%s/medlemmar"),
            // a new meeting names its network, an existing one itself: one view, two parameters
            new Route("/admin/natverk/(\\d{1,18})/traffar/ny", "/administration/networks/meeting.xhtml", "natverk",
                    "/admin/natverk/%s/traffar/ny"),
            new Route("/admin/natverk/traffar/(\\d{1,18})/redigera", "/administration/networks/meeting.xhtml", "id",
                    "/admin/natverk/traffar/%s/redigera"),
            new Route("/admin/natverk/traffar/(\\d{1,18})/narvaro", "/administration/networks/attendance.xhtml", "id",
                    "/admin/natverk/traffar/%s/narvaro"),
            new Route("/kommuner/(\\d{4})", "/visits/municipality.xhtml", "kod", "/kommuner/%s"),
            new Route("/admin/kommunbesok/(\\d{1,18})/redigera", "/administration/visits/edit.xhtml", "id",
                    "/admin/kommunbesok/%s/redigera"),
            new Route("/admin/aktiviteter/(\\d{1,18})/redigera", "/administration/activities/edit.xhtml", "id",
                    "/admin/aktiviteter/%s/redigera"));

    private SwedishUrls() {
    }

    /**
     * The readable URL of a view, for the action of its forms, or empty for views without one. A view
     * served under a URL with a value ({@code /kurser/12}) finds the value among {@code parameters}.
     */
    public static Optional<String> urlFor(String viewId, Map<String, String> parameters) {
        for (Route route : ROUTES) {
            String value = parameters.get(route.parameter());
            if (route.view().equals(viewId) && value != null && route.path().matcher(route.urlWith(value)).matches()) {
                return Optional.of(route.urlWith(value));
            }
        }
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
        for (Route route : ROUTES) {
            Matcher matcher = route.path().matcher(path);
            if (matcher.matches()) {
                return Optional.of(route.view() + "?" + route.parameter() + "="
                        + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
