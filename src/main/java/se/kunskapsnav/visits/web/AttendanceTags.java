package se.kunskapsnav.visits.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.kunskapsnav.platform.AnswerTags;
import se.kunskapsnav.platform.PortalReady;
import se.kunskapsnav.reach.ReachService;

import java.util.regex.Pattern;

/**
 * The public answers that show visits' and activities' attendance as the reach figures publish it: the visits API
 * ({@code /api/kommunbesok}, {@code /api/aktiviteter}, lists and single ones), the county page's visits section
 * ({@code /lan/{kod}}) and the municipality page. Their tags carry the figures' position
 * ({@link ReachService#figuresPosition}), so a kept answer is not served once the figures have followed a change.
 */
@ApplicationScoped
public class AttendanceTags {

    private static final Pattern SHOWING_ATTENDANCE =
            Pattern.compile("/api/(kommunbesok|aktiviteter)(/\\d{1,18})?|/lan/[^/.]+|/kommuner/\\d{4}");

    void follow(@Observes PortalReady ready, AnswerTags tags, ReachService reach) {
        tags.follow(path -> SHOWING_ATTENDANCE.matcher(path).matches(), reach::figuresPosition);
    }
}
