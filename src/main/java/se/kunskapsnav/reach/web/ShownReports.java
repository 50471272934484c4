package se.kunskapsnav.reach.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.reach.ReachQuery;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.ReachService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reports {@code /uppfoljning} shows, with their pictures, kept while the reach figures stay as they were
 * when a report was made ({@link ReachService#figuresVersion}): every visitor of the public report, and every
 * editor of the same counties, then shares one report and draws its maps and charts once, not per request. The
 * figures are this instance's copy of the summary, which follows the change log: a change made on any instance
 * moves the version here within about a second, and a report of the old version is never shown after that.
 * Only reports of the current version are kept, and at most {@link #MOST_KEPT} of them, so odd addresses cannot
 * fill the memory.
 */
@ApplicationScoped
public class ShownReports {

    static final int MOST_KEPT = 32;

    @Inject
    ReachService reach;

    /** A report with its pictures and its tables' rows; shared by every request that asks for it, so never changed. */
    public record Shown(ReachReport report, ReachPictures pictures, ReportRows rows) {
    }

    private record Key(ReachQuery query, boolean exact, long version) {
    }

    private final Map<Key, Shown> kept = new ConcurrentHashMap<>();

    /** The report of {@code query} as the current caller may see it. */
    public Shown report(ReachQuery query) {
        boolean exact = reach.readsExact(query);
        long version = reach.figuresVersion();
        Key key = new Key(query, exact, version);
        Shown shown = kept.get(key);
        if (shown != null) {
            return shown;
        }
        ReachReport report = reach.report(query, exact);
        shown = new Shown(report, new ReachPictures(report), new ReportRows(report));
        synchronized (kept) {
            // made from a whole summary that did not change meanwhile: otherwise shown once and not kept
            if (version % 2 == 0 && reach.figuresVersion() == version) {
                kept.keySet().removeIf(old -> old.version() != version);
                if (kept.size() < MOST_KEPT) {
                    kept.putIfAbsent(key, shown);
                }
            }
        }
        return shown;
    }
}
