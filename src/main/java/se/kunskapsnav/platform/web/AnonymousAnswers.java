package se.kunskapsnav.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.platform.ChangeLogCache;
import se.kunskapsnav.platform.api.ChangeLogETags;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public answers kept in memory for callers without a session or credentials: what may be revalidated by the change
 * log's tag ({@link PageRevalidation} for pages, {@link ChangeLogETags} for the API) may equally be served from memory
 * while that tag holds. An answer is kept when it was a 200 to a GET from a caller with no session, no principal and no
 * {@code Authorization} header, carried exactly the tag the request began with (so only the answers those filters
 * tagged), started no session and set no cookie, the tag did not move while it was written, the position had stood for
 * {@link #SETTLING_MILLIS}, and nothing set {@link #NOT_KEPT}. The key is the path, the query string and the tag, which
 * holds the change-log position every instance follows: a change anywhere is seen here within about a second, and no
 * answer of an older position is served after that (the minute in the tag bounds what the position cannot see, as it
 * does for the 304s). Pages are Swedish whatever the browser asks for ({@code f:view locale="sv"}, no language choice),
 * and the API's lists do not read {@code Accept-Language}, so the language is not part of the key. The body is kept as
 * written and, for browsers that accept it, gzip-compressed once. At most {@link #MOST_KEPT} answers and {@link
 * #MOST_BYTES} bytes, of the current tag only. The reach report is not kept here: it says when its figures are being
 * updated, which the change log's position does not tell, and {@code /uppfoljning} keeps its own compressed page
 * ({@code reach.web.CompressedReportPages}) under the figures' version.
 */
public class AnonymousAnswers extends HttpFilter {

    /**
     * A request attribute a page or resource sets (to {@code true}) when its answer tells of a passing state the
     * change log's position does not follow, such as the search index being built: that answer is not kept.
     */
    public static final String NOT_KEPT = AnonymousAnswers.class.getName() + ".notKept";

    static final int MOST_KEPT = 512;
    static final long MOST_BYTES = 48L * 1024 * 1024;
    /** An answer larger than this is answered but not kept. */
    static final int LARGEST_KEPT = 1024 * 1024;
    /**
     * How long after the change log's position moved nothing is kept: the search index and the reach figures
     * follow the log on their own threads (within about a second) and an answer written before they caught up
     * must not outlive that.
     */
    static final long SETTLING_MILLIS = 2_000;
    /** The reach report, page and API: its figures follow the log on their own, and it says when they lag. */
    private static final Set<String> OWN_KEEPING = Set.of("/uppfoljning", "/api/uppfoljning");
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-encoding",
            "transfer-encoding", "date", "content-type");

    @Inject
    ChangeLogCache changeLog;

    @Inject
    Clock clock;

    private record Key(String path, String query, String tag) {
    }

    private record Kept(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped) {

        long size() {
            return body.length + gzipped.length;
        }
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private long keptBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean anonymous = PageRevalidation.withoutSession(request)
                && request.getHeader("Authorization") == null;
        boolean candidate = (path.startsWith("/api/") || RevalidatedPages.covers(path)) && !OWN_KEEPING.contains(path);
        if (!"GET".equals(request.getMethod()) || !anonymous || !candidate) {
            chain.doFilter(request, response);
            return;
        }
        boolean settled = clock.millis() - changeLog.lastMovedMillis() >= SETTLING_MILLIS;
        String tag = currentTag();
        Key key = new Key(path, Objects.toString(request.getQueryString(), ""), tag);
        Kept answer = kept.get(key);
        if (answer != null) {
            answer(answer, tag, request, response);
            return;
        }
        // held only when, as the body begins, it carries the tag: untagged answers, errors and files go through
        HeldResponse capture = new HeldResponse(response,
                held -> tag.equals(held.getHeader("ETag")) && held.getStatus() == HttpServletResponse.SC_OK);
        chain.doFilter(request, capture);
        if (!capture.holding()) {
            return;
        }
        byte[] body = capture.body();
        boolean keepable = settled && request.getAttribute(NOT_KEPT) == null
                && capture.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
                && !capture.containsHeader("Set-Cookie") && body.length <= LARGEST_KEPT && tag.equals(currentTag());
        if (!keepable || response.isCommitted()) {
            if (!response.isCommitted()) {
                response.getOutputStream().write(body);
            }
            return;
        }
        answer = new Kept(capture.getContentType(), replayedHeaders(capture), body, HeldResponse.gzip(body));
        keep(key, answer);
        answer(answer, tag, request, response);
    }

    private String currentTag() {
        return "W/\"" + ChangeLogETags.tagValue(changeLog.lastSequenceSeen(), clock) + "\"";
    }

    private synchronized void keep(Key key, Kept answer) {
        kept.entrySet().removeIf(old -> {
            boolean stale = !old.getKey().tag().equals(key.tag());
            if (stale) {
                keptBytes -= old.getValue().size();
            }
            return stale;
        });
        boolean room = kept.size() < MOST_KEPT && keptBytes + answer.size() <= MOST_BYTES;
        if (room && kept.putIfAbsent(key, answer) == null) {
            keptBytes += answer.size();
        }
    }

    private static List<Map.Entry<String, String>> replayedHeaders(HttpServletResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return headers;
    }

    /** Writes a kept answer as the page or resource would have: 304 for a caller who has it, gzip if accepted. */
    private static void answer(Kept answer, String tag, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, String> header : answer.headers()) {
            if (set.contains(header.getKey())) {
                response.addHeader(header.getKey(), header.getValue());
            } else {
                response.setHeader(header.getKey(), header.getValue());
                set.add(header.getKey());
            }
        }
        if (RevalidatedPages.matches(request.getHeader("If-None-Match"), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(answer.contentType());
        byte[] body = answer.body();
        if (HeldResponse.acceptsGzip(request)) {
            body = answer.gzipped();
            response.setHeader("Content-Encoding", "gzip");
            response.addHeader("Vary", "Accept-Encoding");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
