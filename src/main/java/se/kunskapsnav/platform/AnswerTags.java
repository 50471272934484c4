package se.kunskapsnav.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The validator of public answers: what their {@code ETag} holds ({@code platform.api.ChangeLogETags} for the API,
 * {@code platform.web.PageRevalidation} for pages) and what {@code platform.web.AnonymousAnswers} keeps them under.
 * It is the change log's position as this instance last saw it ({@link ChangeLogCache#lastSequenceSeen()}) and the
 * minute. An answer that also shows figures a feature derives from the log on a thread of its own (the reach
 * figures) carries that feature's position too, which the feature gives with {@link #follow}: the change-log
 * position its figures hold, a number every instance reads from the same log, so two instances whose figures hold
 * the same position give the same tag, and the tag moves the moment the figures do, not when the log does.
 */
@ApplicationScoped
public class AnswerTags {

    @Inject
    ChangeLogCache changeLog;

    @Inject
    Clock clock;

    private record Follower(Predicate<String> paths, LongSupplier position) {
    }

    private final List<Follower> followers = new CopyOnWriteArrayList<>();

    /**
     * Answers at the paths {@code paths} accepts (without the context path, such as {@code /api/kommunbesok}) also
     * show figures at {@code position}: the change-log position they hold, or a negative number while they are being
     * changed (then such answers carry no tag, and nothing keeps them).
     */
    public void follow(Predicate<String> paths, LongSupplier position) {
        followers.add(new Follower(paths, position));
    }

    /**
     * The weak tag's value for the answer at {@code path} (without {@code W/} and quotes), or null while figures it
     * shows are being changed.
     */
    public String tagValue(String path) {
        StringBuilder tag = new StringBuilder().append(changeLog.lastSequenceSeen()).append('-')
                .append(clock.millis() / 60_000);
        for (Follower follower : followers) {
            if (follower.paths().test(path)) {
                long position = follower.position().getAsLong();
                if (position < 0) {
                    return null;
                }
                tag.append('-').append(position);
            }
        }
        return tag.toString();
    }

    /** The weak tag ({@code W/"…"}) of the answer at {@code path}, or null as {@link #tagValue} says. */
    public String tag(String path) {
        String value = tagValue(path);
        return value == null ? null : "W/\"" + value + "\"";
    }
}
