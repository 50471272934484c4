package se.kunskapsnav.platform.api;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import se.kunskapsnav.platform.PortalConfig;

import java.net.URI;
import java.util.Objects;

/**
 * The Location of a created resource starts with the configured base URL ({@code kunskapsnav.base.url}), like
 * every absolute link the portal writes. Resources build it from the request's URI, whose host is whatever
 * the request's Host header said; here that host is replaced, in one place for all resources.
 */
@Provider
public class LocationFromBaseUrl implements ContainerResponseFilter {

    @Inject
    PortalConfig config;

    @Context
    ServletContext servletContext;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        URI location = response.getLocation();
        URI requested = request.getUriInfo().getBaseUri();
        if (location == null || !location.isAbsolute()
                || !Objects.equals(location.getScheme(), requested.getScheme())
                || !Objects.equals(location.getRawAuthority(), requested.getRawAuthority())) {
            return;
        }
        String path = location.getRawPath();
        String contextPath = servletContext.getContextPath();
        if (path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        response.getHeaders().putSingle(HttpHeaders.LOCATION, URI.create(config.baseUrl() + path
                + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery())));
    }
}
