package se.kunskapsnav.reach.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.kunskapsnav.platform.AnswerTags;
import se.kunskapsnav.platform.PortalReady;
import se.kunskapsnav.reach.ReachService;

import java.util.Set;

/**
 * The public reach report, page ({@code /uppfoljning}) and API ({@code /api/uppfoljning}), shows the figures in
 * memory: its tag carries their position ({@link ReachService#figuresPosition}), so it is revalidated and kept
 * ({@code platform.web.AnonymousAnswers}) like any other public answer and moves as soon as the figures do.
 */
@ApplicationScoped
public class ReportTags {

    private static final Set<String> REPORTS = Set.of("/uppfoljning", "/api/uppfoljning");

    void follow(@Observes PortalReady ready, AnswerTags tags, ReachService reach) {
        tags.follow(REPORTS::contains, reach::figuresPosition);
    }
}
