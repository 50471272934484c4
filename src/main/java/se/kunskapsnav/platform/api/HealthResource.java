package se.kunskapsnav.platform.api;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import se.kunskapsnav.platform.DatabaseMigrations;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.PortalDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whether the portal can serve: the database answers and its schema is migrated. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final Logger LOG = Logger.getLogger(HealthResource.class.getName());
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    /** The health answer: status UP or DOWN; the schema version when up, the reason when down. */
    public record Health(String status, String database, String schemaVersion, Integer pendingMigrations,
                         String reason) {
    }

    @GET
    @Operation(summary = "Database and migration status")
    @APIResponse(responseCode = "200", description = "The database answers and the schema is up to date",
            content = @Content(schema = @Schema(implementation = Health.class)))
    @APIResponse(responseCode = "503", description = "The database is unreachable or migrations are pending",
            content = @Content(schema = @Schema(implementation = Health.class)))
    public Response health() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return down(Messages.get("health.databaseUnreachable"));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Health check: database unreachable", e);
            return down(Messages.get("health.databaseUnreachable"));
        }
        MigrationInfoService info = migrations.info();
        MigrationInfo current = info.current();
        int pending = info.pending().length;
        String version = current == null ? null : current.getVersion().getVersion();
        if (pending > 0) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(new Health("DOWN", "UP", version, pending, Messages.get("health.migrationsPending", pending)))
                    .build();
        }
        return Response.ok(new Health("UP", "UP", version, 0, null)).build();
    }

    private static Response down(String reason) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health("DOWN", "DOWN", null, null, reason))
                .build();
    }
}
