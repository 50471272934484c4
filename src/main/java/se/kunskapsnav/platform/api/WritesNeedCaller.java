package se.kunskapsnav.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import se.kunskapsnav.platform.Messages;

import java.util.Set;

/**
 * Every write through the API needs a token: one answer (401) for all resources instead of a check in
 * each. It runs after matching, so an unknown path is still 404 and a wrong method 405; reads that need
 * a caller get 401 from the tenancy guard's refusal ({@link ProblemMappers.AccessDeniedMapper}).
 */
@Provider
public class WritesNeedCaller implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!READS.contains(request.getMethod()) && request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(ProblemMappers.problem(401, Messages.get("problem.token.missing")).toResponse());
        }
    }
}
