package se.kunskapsnav.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import se.kunskapsnav.platform.AnswerTags;
import se.kunskapsnav.platform.ChangeLogCache;

/**
 * ETags for anonymous reads marked {@link Revalidated}: the tag is the change log's last position (as this
 * instance's follower last saw it, {@link ChangeLogCache#lastSequenceSeen()}: no query per request) and the
 * current minute, and for answers showing the reach figures their position too ({@link AnswerTags}), so a client
 * asking again with {@code If-None-Match} gets 304 without the answer being computed, as long as nothing was
 * recorded. The minute bounds what the position alone cannot see: courses
 * passing their start or registration deadline, a transaction committing after a later one, the search
 * index catching up with the log. Callers with a token see more than the public, so they get no tag.
 */
@Provider
@Revalidated
@Priority(Priorities.USER)
public class ChangeLogETags implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String TAG = ChangeLogETags.class.getName();

    @Inject
    AnswerTags tags;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) || request.getSecurityContext().getUserPrincipal() != null) {
            return;
        }
        String path = servletRequest.getRequestURI().substring(servletRequest.getContextPath().length());
        String value = tags.tagValue(path);
        if (value == null) {
            return; // figures the answer shows are being changed: nothing to revalidate against
        }
        EntityTag tag = new EntityTag(value, true);
        request.setProperty(TAG, tag);
        Response.ResponseBuilder notModified = request.getRequest().evaluatePreconditions(tag);
        if (notModified != null) {
            request.abortWith(notModified.tag(tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build());
        }
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
