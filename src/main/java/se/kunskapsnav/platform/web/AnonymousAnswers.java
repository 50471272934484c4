package se.kunskapsnav.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.platform.AnswerTags;
import se.kunskapsnav.platform.ChangeLogCache;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Public answers kept in memory for callers without a session or credentials: what may be revalidated by its tag
 * ({@link AnswerTags}: {@link PageRevalidation} for pages, {@code platform.api.ChangeLogETags} for the API) may equally
 * be served from memory while that tag holds. An answer is kept when it was a 200 to a GET from a caller with no
 * session, no principal and no {@code Authorization} header, carried exactly the tag the request began with (so only
 * the answers those filters tagged), started no session and set no cookie, the tag did not move while it was written,
 * the position had stood for {@link #SETTLING_MILLIS}, and nothing set {@link #NOT_KEPT}. The key is the path, the
 * query string and the tag, which holds the change-log position every instance follows: a change anywhere is seen here
 * within about a second, and no answer of an older position is served after that (the minute in the tag bounds what the
 * position cannot see, as it does for the 304s). Answers showing the reach figures (the reach report, page and API, the
 * visits' attendance) carry the position those figures hold as well, so one written before the figures caught up with a
 * change is not served once they have. Pages are Swedish whatever the browser asks for ({@code f:view locale="sv"}, no
 * language choice), and the API's lists do not read {@code Accept-Language}, so the language is not part of the key.
 * The body is kept as written and, for browsers that accept it, gzip-compressed once; a kept answer says how long it
 * has been kept in {@code Age} (seconds). At most {@link #MOST_KEPT} answers and {@link #MOST_BYTES} bytes; those of a
 * tag that has moved make room for new ones ({@link KeptAnswers}).
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
     * How long after the change log's position moved nothing is kept: the search index follows the log on its own
     * thread (within about a second) and an answer written before it caught up must not outlive that. (The reach
     * figures' position is in the tags of the answers showing them.)
     */
    static final long SETTLING_MILLIS = 2_000;
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "content-encoding",
            "transfer-encoding", "date", "content-type");

    @Inject
    ChangeLogCache changeLog;

    @Inject
    AnswerTags tags;

    @Inject
    Clock clock;

    private final KeptAnswers kept = new KeptAnswers(MOST_KEPT, MOST_BYTES);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean anonymous = PageRevalidation.withoutSession(request)
                && request.getHeader("Authorization") == null;
        boolean candidate = path.startsWith("/api/") || RevalidatedPages.covers(path);
        String tag = "GET".equals(request.getMethod()) && anonymous && candidate ? tags.tag(path) : null;
        if (tag == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean settled = clock.millis() - changeLog.lastMovedMillis() >= SETTLING_MILLIS;
        KeptAnswers.Key key = new KeptAnswers.Key(path, Objects.toString(request.getQueryString(), ""), tag);
        KeptAnswers.Answer answer = kept.get(key);
        if (answer != null) {
            answer(answer, tag, clock.millis(), request, response);
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
                && !capture.containsHeader("Set-Cookie") && body.length <= LARGEST_KEPT
                && tag.equals(tags.tag(path)) && kept.roomFor(key, body.length, tags::tag);
        if (!keepable || response.isCommitted()) {
            if (!response.isCommitted()) {
                response.getOutputStream().write(body);
            }
            return;
        }
        long now = clock.millis();
        answer = new KeptAnswers.Answer(capture.getContentType(), replayedHeaders(capture), body,
                HeldResponse.gzip(body), now);
        kept.keep(key, answer);
        answer(answer, tag, now, request, response);
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
    private static void answer(KeptAnswers.Answer answer, String tag, long now, HttpServletRequest request,
                               HttpServletResponse response) throws IOException {
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, String> header : answer.headers()) {
            if (set.contains(header.getKey())) {
                response.addHeader(header.getKey(), header.getValue());
            } else {
                response.setHeader(header.getKey(), header.getValue());
                set.add(header.getKey());
            }
        }
        response.setHeader("Age", String.valueOf(Math.max(0, now - answer.keptAtMillis()) / 1000));
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
