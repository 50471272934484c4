package se.kunskapsnav.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.search.IndexStatus;
import se.kunskapsnav.search.SearchIndexer;

import java.time.Instant;

/**
 * {@code /admin/sok}: the search index as administrators see it, and a full rebuild. The page is read
 * again by {@code js/search-index-status.js} while a rebuild runs, so it shows nothing it would not show
 * to a plain reload.
 */
@Named
@RequestScoped
public class SearchIndexPage {

    @Inject
    SearchIndexer indexer;

    @Inject
    TenancyGuard guard;

    private IndexStatus status;

    /** View action: administrators only (editors pass the /admin constraint in web.xml). */
    public void check() {
        guard.requireAdministrator();
    }

    /** Starts a rebuild and comes back to the page by GET, so a reload does not start another. */
    public void rebuild() {
        guard.requireAdministrator();
        boolean started = indexer.startRebuild();
        Faces.message(null, FacesMessage.SEVERITY_INFO,
                started ? "search.admin.rebuildStarted" : "search.admin.rebuildAlreadyRunning");
        Faces.redirect("/admin/sok");
    }

    /** Read once per request, so the numbers on the page agree with each other. */
    public IndexStatus getStatus() {
        if (status == null) {
            status = indexer.status();
        }
        return status;
    }

    public String time(Instant instant) {
        return instant == null ? "" : SwedishTime.dateTime(instant);
    }
}
