package se.kunskapsnav.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** An RFC 9457 problem detail, the body of every API error; {@code errors} lists bad fields, if any. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field of a request that could not be accepted, with the Swedish reason. */
    public record FieldError(String field, String message) {
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    /** Writes this problem as the body of a servlet response, for answers given outside JAX-RS. */
    public void write(HttpServletResponse response) throws IOException {
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Jsonb jsonb = JsonbBuilder.create()) {
            response.getWriter().write(jsonb.toJson(this));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
    }
}
