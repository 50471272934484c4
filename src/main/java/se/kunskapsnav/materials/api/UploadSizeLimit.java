package se.kunskapsnav.materials.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.PortalConfig;

/**
 * Refuses a multipart upload whose declared length is over the upload limit before its body is read: the
 * multipart reader would otherwise copy all of it to disk before the service could count a byte. A body
 * without a declared length is still cut off by the file store at the limit.
 */
@Provider
public class UploadSizeLimit implements ContainerRequestFilter {

    /** Room for the form's part headers around the file. */
    private static final long ENVELOPE = 64 * 1024;

    @Inject
    PortalConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        if (MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(request.getMediaType())
                && declaredLength(request) > config.maxUploadBytes() + ENVELOPE) {
            throw InvalidInputException.of("file", "material.file.tooLarge");
        }
    }

    /** The Content-Length header as a long (the context's int says -1 beyond 2 GB), -1 when absent. */
    private static long declaredLength(ContainerRequestContext request) {
        try {
            String header = request.getHeaderString("Content-Length");
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
