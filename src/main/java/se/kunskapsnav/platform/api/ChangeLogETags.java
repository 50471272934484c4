package se.kunskapsnav.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import se.kunskapsnav.platform.ChangeLogCache;

import java.time.Clock;

/**
 * ETags for anonymous reads marked {@link Revalidated}: the tag is the change log's last position (as this
 * instance's follower last saw it, {@link ChangeLogCache#lastSequenceSeen()}: no query per request) and the
 * current minute, so a client asking again with {@code If-None-Match} gets 304 without the answer being
 * computed, as long as nothing was recorded. The minute bounds what the position alone cannot see: courses
 * passing their start or registration deadline, a transaction committing after a later one, the search
 * index catching up with the log. Callers with a token see more than the public, so they get no tag.
 */
@Provider
@Revalidated
@Priority(Priorities.USER)
public class ChangeLogETags implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String TAG = ChangeLogETags.class.getName();

    @Inject
    ChangeLogCache changeLog;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        EntityTag tag = new EntityTag(tagValue(changeLog.lastSequenceSeen(), clock), true);
        request.setProperty(TAG, tag);
        Response.ResponseBuilder notModified = request.getRequest().evaluatePreconditions(tag);
        if (notModified != null) {
            request.abortWith(notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build());
        }
    }

    /** The weak tag's value: the change log's position as this instance last saw it, and the minute. */
    public static String tagValue(long position, Clock clock) {
        return position + "-" + clock.millis() / 60_000;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(TAG) instanceof EntityTag tag && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            // may be kept, but must be asked about again before it is used
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
    }
}
