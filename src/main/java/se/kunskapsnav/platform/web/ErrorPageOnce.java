package se.kunskapsnav.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Lets the error page render once per request (mapped in web.xml to the error view on ERROR and INCLUDE).
 * <p>
 * When a page reached through a readable URL (forwarded by {@link SwedishUrlFilter}) answers with an error, Payara
 * renders the error page at the end of the forward and closes the response; then its host valve sees the error
 * status again and includes the page a second time into the closed response. That second rendering is lost, and it
 * runs with the original request's servlet mapping, for which JSF cannot build a form's address: it logged
 * "JSF1010: Illegal view ID" as SEVERE for every refusal seen by a logged-in person (the header's logout form).
 */
public class ErrorPageOnce extends HttpFilter {

    private static final String RENDERED = ErrorPageOnce.class.getName() + ".rendered";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(RENDERED) != null) {
            return;
        }
        request.setAttribute(RENDERED, Boolean.TRUE);
        chain.doFilter(request, response);
    }
}
