package se.kunskapsnav.geography.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.geography.ClassificationFile;
import se.kunskapsnav.geography.ClassificationImportException;
import se.kunskapsnav.geography.ClassificationService;
import se.kunskapsnav.geography.ClassificationYear;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.Uploads;
import se.kunskapsnav.platform.api.Problem;

import java.io.InputStream;
import java.util.List;

/**
 * SKR's municipality groups and SCB's populations per year for scripts: the imported years (anyone), a year's
 * file to import (administrators, all or nothing) and the template.
 */
@Path("kommungrupper")
@Produces(MediaType.APPLICATION_JSON)
public class ClassificationResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ClassificationService classifications;

    /** An imported year: how many municipalities have a group ({@code groups}) and a population. */
    public record ClassificationYearDto(int year, long groups, long populations) {

        static ClassificationYearDto of(ClassificationYear year) {
            return new ClassificationYearDto(year.year(), year.groups(), year.populations());
        }
    }

    @GET
    @Operation(summary = "The years whose municipality groups (SKR) or populations (SCB) have been imported, "
            + "newest first")
    public List<ClassificationYearDto> years() {
        return classifications.years().stream().map(ClassificationYearDto::of).toList();
    }

    @PUT
    @Path("{ar}")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import a year's municipality groups and/or populations (administrators), all or nothing",
            description = "CSV (UTF-8, semicolons) or XLSX with a header row naming " + ClassificationFile.CODE
                    + " and " + ClassificationFile.GROUP + " and/or " + ClassificationFile.POPULATION
                    + ", and a line for every municipality; at most " + ClassificationFile.MAX_MEGABYTES
                    + " MB; format in docs/municipality-groups.md. Replaces that year's groups (or populations) "
                    + "and nothing else.")
    @APIResponse(responseCode = "200", description = "Imported; what the year now holds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClassificationYearDto.class)))
    @APIResponse(responseCode = "400", description = "A bad year or bad lines: every problem is listed in errors "
            + "with its line number; nothing was stored")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response importYear(
            @Parameter(description = "The year the classification is for, e.g. 2024") @PathParam("ar") String year,
            @Parameter(description = "The file's name, kept in the audit log") @QueryParam("filnamn") String fileName,
            InputStream file) {
        Integer parsedYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
        if (parsedYear == null) {
            throw InvalidInputException.of("ar", "classification.year");
        }
        byte[] content = Uploads.upTo(ClassificationFile.MAX_BYTES, file);
        try {
            ClassificationYear stored = classifications.importFile(parsedYear, fileName, content);
            return Response.ok(ClassificationYearDto.of(stored), MediaType.APPLICATION_JSON).build();
        } catch (ClassificationImportException e) {
            List<Problem.FieldError> errors = e.errors().stream()
                    .map(error -> new Problem.FieldError(error.line() == 0 ? "file" : "line " + error.line(),
                            error.message()))
                    .toList();
            return new Problem("about:blank", Messages.get("problem.title.400"), 400,
                    Messages.get("classification.refused", e.errors().size()), errors).toResponse();
        }
    }

    @GET
    @Path("mall.csv")
    @Produces("text/csv")
    @Operation(summary = "The file to fill in: every municipality's code and name with empty group and population "
            + "columns, UTF-8 with byte order mark so that Excel opens it right")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response template() {
        return Response.ok(classifications.template(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", FileNames.contentDisposition(false, "kommungrupper-mall.csv")).build();
    }
}
