package se.kunskapsnav.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import java.util.Map;

/** The API for scripts, under {@code /api}. Payara serves its OpenAPI document at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Kunskapsnav API", version = "1",
        description = "Counties, municipalities and regions of the regional competence support on "
                + "men's violence against women and violence in close relationships."))
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // an error response keeps our problem+json body instead of being replaced by a container error page
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
