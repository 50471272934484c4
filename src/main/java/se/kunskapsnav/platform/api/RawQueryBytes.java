package se.kunskapsnav.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Reads a query string's raw bytes as UTF-8, as its percent-escapes are read. A browser escapes every
 * non-ASCII byte, but curl and many scripts send {@code ?filnamn=Dagordning för våld.txt} as it is typed;
 * the container hands such bytes over as ISO-8859-1 characters and JAX-RS would then read "fÃ¶r". Each of
 * them is escaped here before JAX-RS reads the parameters.
 */
@Provider
@PreMatching
public class RawQueryBytes implements ContainerRequestFilter {

    /** Characters a query may carry as they are (RFC 3986: unreserved, sub-delims, ":", "@", "/", "?", "%"). */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?%";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String query = servletRequest.getQueryString();
        if (query == null || query.chars().allMatch(c -> c < 0x80) || query.chars().anyMatch(c -> c > 0xFF)) {
            return; // nothing raw, or already read as characters
        }
        URI received = request.getUriInfo().getRequestUri();
        request.setRequestUri(request.getUriInfo().getBaseUri(), URI.create(received.getScheme() + "://"
                + received.getRawAuthority() + received.getRawPath() + "?" + escaped(query)));
    }

    /** Every byte outside the characters a query may hold as they are, percent-escaped. */
    static String escaped(String query) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : query.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0)) {
                escaped.append((char) c);
            } else {
                escaped.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return escaped.toString();
    }
}
