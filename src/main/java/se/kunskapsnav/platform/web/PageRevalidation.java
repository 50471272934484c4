package se.kunskapsnav.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import se.kunskapsnav.platform.AnswerTags;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * HTTP caching of pages. A visitor without a session (nobody logged in, no message carried across a redirect)
 * gets the public read-only pages ({@link RevalidatedPages}) with an {@code ETag} made as the API's are
 * ({@link AnswerTags}: the change log's position, the minute, and the reach figures' position for pages showing
 * them) and {@code Cache-Control: no-cache}; sending
 * it back in {@code If-None-Match} is answered 304 before the page is built. Every other page answer is
 * {@code Cache-Control: private, no-cache}: it may show one person's name and choices, so no shared cache keeps
 * it, and the browser asks again before showing it. {@code Vary: Cookie} keeps a shared cache from handing the
 * anonymous page to someone logged in. Static resources, files and the API set their own headers.
 */
public class PageRevalidation extends HttpFilter {

    static final String SHARED = "no-cache";
    static final String PERSONAL = "private, no-cache";

    @Inject
    AnswerTags tags;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/resources/") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean anonymous = withoutSession(request);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        // no tag either while figures the page shows are being changed
        String tag = anonymous && read && RevalidatedPages.covers(path) ? tags.tag(path) : null;
        if (tag == null) {
            chain.doFilter(request, new CacheHeaders(response, request, null));
            return;
        }
        if (RevalidatedPages.matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader("ETag", tag);
            response.setHeader("Cache-Control", SHARED);
            response.setHeader("Vary", "Cookie");
            return;
        }
        chain.doFilter(request, new CacheHeaders(response, request, tag));
    }

    /** A visitor nobody is logged in as, who carries no session: the one a public page is the same for. */
    static boolean withoutSession(HttpServletRequest request) {
        return request.getSession(false) == null && request.getUserPrincipal() == null;
    }

    /**
     * Writes the caching headers when the page starts its body, once its status is known: the tag only on a
     * 200 that started no session (an error page or a page that began keeping state is not revalidated).
     */
    private static final class CacheHeaders extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final String tag;
        private boolean written;

        CacheHeaders(HttpServletResponse response, HttpServletRequest request, String tag) {
            super(response);
            this.request = request;
            this.tag = tag;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            writeHeaders();
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            writeHeaders();
            return super.getOutputStream();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            writeHeaders();
            super.sendRedirect(location);
        }

        private void writeHeaders() {
            if (written || isCommitted()) {
                return;
            }
            written = true;
            String type = getContentType();
            if (type == null || !type.startsWith("text/html")) {
                // files a servlet sends (CSV, PDF, calendars) say themselves how they may be kept
                return;
            }
            boolean shared = tag != null && getStatus() == SC_OK && request.getSession(false) == null;
            if (shared) {
                setHeader("ETag", tag);
            }
            if (!containsHeader("Cache-Control")) {
                setHeader("Cache-Control", shared ? SHARED : PERSONAL);
            }
            addHeader("Vary", "Cookie");
        }
    }
}
