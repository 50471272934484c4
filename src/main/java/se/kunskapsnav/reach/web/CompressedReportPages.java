package se.kunskapsnav.reach.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.web.HeldResponse;
import se.kunskapsnav.platform.web.PageRevalidation;
import se.kunskapsnav.reach.ReachService;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /uppfoljning} for a visitor without a session whose browser accepts gzip: the page as it was written
 * for the same address, language and day while the reach figures stayed the same
 * ({@link ReachService#figuresVersion}), compressed once. The page is about 230 KB of HTML (its maps are SVG with
 * every municipality's boundary), and compressing it took three quarters of each request's time. A page is kept
 * only when {@link ReachPage} says it showed a report of current figures ({@link #KEEPABLE}), it answered 200 and
 * no session began; at most {@link ShownReports#MOST_KEPT} pages of the current version are kept. A change made on
 * any instance moves the version within about a second, and no page of the old figures is answered after that.
 */
public class CompressedReportPages extends HttpFilter {

    /** The request attribute {@link ReachPage} sets when the page it writes may be kept. */
    static final String KEEPABLE = CompressedReportPages.class.getName() + ".keepable";

    @Inject
    ReachService reach;

    @Inject
    Clock clock;

    private record Key(String query, String language, LocalDate day, long version) {
    }

    private record Kept(String contentType, String language, byte[] gzipped) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !PageRevalidation.withoutSession(request)
                || !HeldResponse.acceptsGzip(request)) {
            chain.doFilter(request, response);
            return;
        }
        long version = reach.figuresVersion();
        Key key = new Key(Objects.toString(request.getQueryString(), ""),
                Objects.toString(request.getHeader("Accept-Language"), ""),
                LocalDate.now(clock.withZone(ClockProducer.SWEDEN)), version);
        Kept page = kept.get(key);
        if (page == null) {
            HeldResponse capture = new HeldResponse(response, held -> true);
            chain.doFilter(request, capture);
            byte[] body = capture.body();
            boolean keepable = Boolean.TRUE.equals(request.getAttribute(KEEPABLE))
                    && capture.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
                    && capture.getContentType() != null;
            if (!keepable || response.isCommitted()) {
                if (!response.isCommitted()) {
                    response.getOutputStream().write(body);
                }
                return;
            }
            page = new Kept(capture.getContentType(), capture.getHeader("Content-Language"), HeldResponse.gzip(body));
            synchronized (kept) {
                // made from a whole summary that did not change meanwhile: otherwise answered once and not kept
                if (version % 2 == 0 && reach.figuresVersion() == version) {
                    kept.keySet().removeIf(old -> old.version() != version);
                    if (kept.size() < ShownReports.MOST_KEPT) {
                        kept.putIfAbsent(key, page);
                    }
                }
            }
        }
        response.setContentType(page.contentType());
        if (page.language() != null) {
            response.setHeader("Content-Language", page.language());
        }
        response.setHeader("Content-Encoding", "gzip");
        response.addHeader("Vary", "Accept-Encoding");
        response.setContentLength(page.gzipped().length);
        response.getOutputStream().write(page.gzipped());
    }
}
