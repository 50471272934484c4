package se.kunskapsnav.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stylesheets and scripts with their content in their address, cached by browsers for a year. Our own
 * resources get {@code v=} and the first 12 hex digits of their content's SHA-256, so a changed file gets a new
 * address; libraries' resources (PrimeFaces) already carry their version as {@code v=}. A request with
 * {@code v=} is answered with {@code Cache-Control: immutable}: the browser never asks again for that address.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String CACHE_CONTROL = "Cache-Control";

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName), null);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName), libraryName);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType), libraryName);
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        if (!external.getRequestParameterMap().containsKey("v")) {
            super.handleResourceRequest(context);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        response.setHeader(CACHE_CONTROL, IMMUTABLE);
        // Mojarra writes its own Cache-Control (a week); for a versioned address ours stands
        external.setResponse(new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
        try {
            super.handleResourceRequest(context);
        } finally {
            external.setResponse(response);
        }
        // an unknown name or a failure must not be kept for a year (headers stay open while nothing is written)
        if (response.getStatus() != 200 && response.getStatus() != 304 && !response.isCommitted()) {
            response.setHeader(CACHE_CONTROL, "no-store");
        }
    }

    private Resource versioned(Resource resource, String libraryName) {
        if (resource == null || libraryName != null) {
            return resource;
        }
        String version = versions.computeIfAbsent(resource.getResourceName(), name -> contentHash(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = getWrapped().getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String contentHash(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource.getResourceName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
