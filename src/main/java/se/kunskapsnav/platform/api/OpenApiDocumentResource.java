package se.kunskapsnav.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.kunskapsnav.platform.Messages;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OpenAPI document under the media types clients look for: {@code /api/openapi.json} as
 * {@code application/json} and {@code /api/openapi.yaml} as {@code application/yaml} (RFC 9512). Payara's
 * {@code /openapi} builds it (completed by {@link OpenApiCompletion}) but sends YAML as {@code text/plain}; this
 * asks it on the instance's own listener and passes the document on unchanged.
 */
@Path("")
public class OpenApiDocumentResource {

    private static final Logger LOG = Logger.getLogger(OpenApiDocumentResource.class.getName());
    private static final String YAML = "application/yaml";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Context
    HttpServletRequest request;

    @GET
    @Path("openapi.json")
    @Produces("application/json")
    @Operation(hidden = true)
    public Response json() {
        return document("application/json", "application/json; charset=UTF-8");
    }

    @GET
    @Path("openapi.yaml")
    @Produces(YAML)
    @Operation(hidden = true)
    public Response yaml() {
        return document("text/plain", YAML + "; charset=UTF-8");
    }

    private Response document(String asked, String served) {
        // the listener this request came in on: the document is the same on every instance
        URI payara = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi");
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(payara).header("Accept", asked)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return Response.ok(answer.body()).type(served).build();
            }
            LOG.warning("The OpenAPI document was answered with " + answer.statusCode());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The OpenAPI document could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ProblemMappers.problem(503, Messages.get("problem.openapi.unavailable")).toResponse();
    }
}
