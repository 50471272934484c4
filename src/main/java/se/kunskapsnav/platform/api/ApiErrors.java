package se.kunskapsnav.platform.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Every refusal under {@code /api} is problem+json, whichever layer of the container refuses. JAX-RS answers
 * its own errors through {@link ProblemMappers}; this filter covers the rest:
 * <ul>
 * <li>a request the container refuses before any servlet is chosen (an encoded slash, an encoded {@code ..}),
 *     or an exception that escapes every servlet, reaches the web application's error page: on that error
 *     dispatch an {@code /api} address gets problem+json instead of the Swedish page;</li>
 * <li>{@code sendError} from anything serving {@code /api} (a resource writing the servlet response itself,
 *     as downloads do) writes problem+json at once instead of asking the container for its error page.</li>
 * </ul>
 * What the HTTP listener refuses before the web application (a request line it cannot decode, headers over
 * its limit, TRACE) it answers itself; see docs/architecture.md, "Errors".
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ApiErrors extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (failed != null && isApi(failed.substring(Math.min(failed.length(),
                    request.getContextPath().length())))) {
                Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
                Throwable cause = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
                write(response, status == null || cause != null ? 500 : status, cause);
                return;
            }
        } else if ("/api".equals(request.getServletPath())) {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void sendError(int status, String message) throws IOException {
                    sendError(status);
                }

                @Override
                public void sendError(int status) throws IOException {
                    write(response, status, null);
                }
            });
            return;
        }
        chain.doFilter(request, response);
    }

    /** A refusal in general words; a fault of ours (5xx) logged with an incident id that the answer quotes. */
    private static void write(HttpServletResponse response, int status, Throwable cause) throws IOException {
        if (response.isCommitted()) {
            return; // the status line has gone out: nothing can be said any more
        }
        response.resetBuffer();
        response.setStatus(status);
        (status < 500 ? ProblemMappers.ofStatus(status) : ProblemMappers.incident(status, cause)).write(response);
        response.flushBuffer();
    }

    /**
     * Whether a refused address (without the context path, as sent) is the API's: sent under {@code /api}, or
     * there once decoded with empty segments, dot segments and path parameters resolved ({@code /%61pi/},
     * {@code //api/}).
     */
    static boolean isApi(String path) {
        return underApi(path) || underApi(normalised(decoded(path)));
    }

    private static boolean underApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String normalised(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            String name = segment.contains(";") ? segment.substring(0, segment.indexOf(';')) : segment;
            if (name.equals("..")) {
                segments.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }
}
