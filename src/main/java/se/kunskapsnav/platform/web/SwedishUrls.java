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
            entry("/om", "/about/about.xhtml"),
            entry("/kontakt", "/about/contact.xhtml"),
            entry("/tillganglighet", "/about/accessibility.xhtml"),
            entry("/personuppgifter", "/about/privacy.xhtml"),
            entry("/kakor", "/about/cookies.xhtml"),
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
            entry("/material", "/materials/library.xhtml"),
            entry("/admin/material", "/administration/materials/list.xhtml"),
            entry("/admin/material/ny", "/administration/materials/edit.xhtml"),
            entry("/admin/kommunbesok", "/administration/visits/list.xhtml"),
            entry("/admin/kommunbesok/ny", "/administration/visits/edit.xhtml"),
            entry("/admin/aktiviteter", "/administration/activities/list.xhtml"),
            entry("/admin/aktiviteter/ny", "/administration/activities/edit.xhtml"),
            entry("/admin/historik", "/administration/history/imports.xhtml"),
            entry("/admin/kommungrupper", "/administration/geography/classification.xhtml"),
            entry("/admin/roller", "/administration/roles.xhtml"),
            entry("/admin/e-post", "/administration/mail.xhtml"),
            entry("/admin/granskningslogg", "/administration/audit.xhtml"),
            entry("/sok", "/search/search.xhtml"),
            entry("/admin/sok", "/administration/search.xhtml"),
            entry("/webbkurs", "/webcourse/course.xhtml"),
            entry("/webbkurs/intyg", "/webcourse/member/certificate.xhtml"),
            entry("/webbkurs/grupper", "/webcourse/leader/groups.xhtml"),
            entry("/webbkurs/utbildningsmanual", "/webcourse/leader/manual.xhtml"),
            entry("/uppfoljning/arsrapport", "/yearlyreport/reports.xhtml"),
            entry("/admin/uppfoljning/enkater", "/administration/yearlyreport/questionnaires.xhtml"),
            entry("/uppfoljning", "/reach/report.xhtml"),
            entry("/uppfoljning/sa-skyddar-vi-sma-tal", "/reach/small-counts.xhtml"),
            entry("/admin/uppfoljning/jamforelsetal", "/administration/reach/denominators.xhtml"));

    /**
     * A readable URL with values in it, e.g. {@code /kurser/12} or {@code /webbkurs/moduler/01-vad/02-hur}: the
     * pattern's groups are the values, in order, which the view receives as the query parameters named in
     * {@code parameters}; {@code url} has one {@code %s} per value.
     */
    private record Route(Pattern path, String view, List<String> parameters, String url) {

        Route {
            parameters = List.copyOf(parameters);
            if (path.matcher("").groupCount() != parameters.size()) {
                throw new IllegalArgumentException("one group per parameter: " + path + " " + parameters);
            }
        }

        /** A route with one value. */
        Route(String path, String view, String parameter, String url) {
            this(Pattern.compile(path), view, List.of(parameter), url);
        }

        /** A route with several values, one group each. */
        Route(String path, String view, List<String> parameters, String url) {
            this(Pattern.compile(path), view, parameters, url);
        }

        /** The readable URL with the given values, or empty when one of the parameters is missing. */
        Optional<String> urlWith(Map<String, String> values) {
            Object[] encoded = new Object[parameters.size()];
            for (int i = 0; i < encoded.length; i++) {
                String value = values.get(parameters.get(i));
                if (value == null) {
                    return Optional.empty();
                }
                encoded[i] = URLEncoder.encode(value, StandardCharsets.UTF_8);
            }
            return Optional.of(url.formatted(encoded));
        }

        /** The view with each value as its query parameter. */
        String viewWith(Matcher matched) {
            StringBuilder view = new StringBuilder(view());
            for (int i = 0; i < parameters.size(); i++) {
                view.append(i == 0 ? '?' : '&').append(parameters.get(i)).append('=')
                        .append(URLEncoder.encode(matched.group(i + 1), StandardCharsets.UTF_8));
            }
            return view.toString();
        }
    }

    /** A web course module's or lesson's code, as its folder or file is named. */
    private static final String CODE = "([a-z0-9][a-z0-9-]{0,59})";

    private static final List<Route> ROUTES = List.of(
            new Route("/lan/([^/.]+)", "/geography/county.xhtml", "kod", "/lan/%s"),
            new Route("/kurser/(\\d{1,18})", "/courses/course.xhtml", "id", "/kurser/%s"),
            // the receipt of a registration, by the course's id; under /mina-anmalningar/*, which needs a login
            new Route("/mina-anmalningar/(\\d{1,18})", "/courses/member/receipt.xhtml", "id", "/mina-anmalningar/%s"),
            new Route("/admin/kurser/(\\d{1,18})/redigera", "/administration/courses/edit.xhtml", "id",
                    "/admin/kurser/%s/redigera"),
            new Route("/admin/kurser/(\\d{1,18})/anmalningar", "/administration/courses/registrations.xhtml", "id",
                    "/admin/kurser/%s/anmalningar"),
            new Route("/admin/kurser/(\\d{1,18})/incheckning/(\\d{1,18})", "/administration/courses/checkin.xhtml",
                    List.of("id", "pass"), "/admin/kurser/%s/incheckning/%s"),
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
            new Route("/material/(\\d{1,18})", "/materials/material.xhtml", "id", "/material/%s"),
            new Route("/admin/material/(\\d{1,18})/redigera", "/administration/materials/edit.xhtml", "id",
                    "/admin/material/%s/redigera"),
            new Route("/kommuner/(\\d{4})", "/visits/municipality.xhtml", "kod", "/kommuner/%s"),
            new Route("/admin/kommunbesok/(\\d{1,18})/redigera", "/administration/visits/edit.xhtml", "id",
                    "/admin/kommunbesok/%s/redigera"),
            new Route("/admin/aktiviteter/(\\d{1,18})/redigera", "/administration/activities/edit.xhtml", "id",
                    "/admin/aktiviteter/%s/redigera"),
            new Route("/webbkurs/moduler/" + CODE, "/webcourse/module.xhtml", "modul", "/webbkurs/moduler/%s"),
            new Route("/webbkurs/moduler/" + CODE + "/" + CODE, "/webcourse/lesson.xhtml",
                    List.of("modul", "lektion"), "/webbkurs/moduler/%s/%s"),
            new Route("/webbkurs/quiz/" + CODE, "/webcourse/member/quiz.xhtml", "modul", "/webbkurs/quiz/%s"),
            new Route("/webbkurs/grupper/(\\d{1,18})", "/webcourse/member/group.xhtml", "id", "/webbkurs/grupper/%s"),
            new Route("/webbkurs/inbjudan/([A-Za-z0-9_-]{1,64})", "/webcourse/member/invitation.xhtml", "kod",
                    "/webbkurs/inbjudan/%s"),
            // the yearly report: a county by its letters (AB) or code (01), and the year
            new Route("/uppfoljning/arsrapport/([A-Za-z0-9]{1,2})/(\\d{4})", "/yearlyreport/report.xhtml",
                    List.of("lan", "ar"), "/uppfoljning/arsrapport/%s/%s"),
            new Route("/uppfoljning/nationellt/(\\d{4})", "/yearlyreport/national.xhtml", "ar",
                    "/uppfoljning/nationellt/%s"),
            new Route("/admin/uppfoljning/enkater/(\\d{4})", "/administration/yearlyreport/questionnaire.xhtml", "ar",
                    "/admin/uppfoljning/enkater/%s"));

    private SwedishUrls() {
    }

    /**
     * The readable URL of a view, for the action of its forms, or empty for views without one. A view
     * served under a URL with a value ({@code /kurser/12}) finds the value among {@code parameters}.
     */
    public static Optional<String> urlFor(String viewId, Map<String, String> parameters) {
        for (Route route : ROUTES) {
            if (route.view().equals(viewId)) {
                Optional<String> url = route.urlWith(parameters).filter(u -> route.path().matcher(u).matches());
                if (url.isPresent()) {
                    return url;
                }
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
                return Optional.of(route.viewWith(matcher));
            }
        }
        return Optional.empty();
    }
}
