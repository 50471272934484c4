package se.kunskapsnav.history.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.history.HistoricalCsv;
import se.kunskapsnav.history.HistoricalImportService;
import se.kunskapsnav.history.HistoricalImportService.ImportSummary;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.Uploads;
import se.kunskapsnav.platform.api.Problem;
import se.kunskapsnav.platform.api.ProblemException;
import se.kunskapsnav.visits.ParticipationCsv.LineError;
import se.kunskapsnav.visits.ParticipationImportException;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Historical import for scripts: a county's editors import earlier years' sign-in lists as CSV (all or
 * nothing), list the county's imports and undo one. The template is public.
 */
@Path("historik")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    @Inject
    HistoricalImportService imports;

    @Inject
    GeographyService geography;

    /** What an import holds; {@code persons} counts the distinct people named, {@code participants} everyone. */
    public record ImportDto(long id, String county, String fileName, Instant importedAt, String importedBy,
                            int lines, long activities, long participants, long persons, LocalDate firstDay,
                            LocalDate lastDay) {

        static ImportDto of(ImportSummary s) {
            return new ImportDto(s.id(), s.countyCode(), s.fileName(), s.importedAt(), s.importedByName(),
                    s.lineCount(), s.activities(), s.participants(), s.persons(), s.firstDay(), s.lastDay());
        }
    }

    @GET
    @Operation(summary = "A county's historical imports, newest first (editors of the county)")
    @APIResponse(responseCode = "400", description = "No or unknown county")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public List<ImportDto> list(
            @Parameter(description = "County code (12) or letters (M)") @QueryParam("lan") String county) {
        return imports.imports(countyCode(county)).stream().map(ImportDto::of).toList();
    }

    @POST
    @Consumes("text/csv")
    @Operation(summary = "Import earlier years' participation from a sign-in list (CSV, UTF-8, semicolons, header "
            + HistoricalCsv.HEADER + ", at most " + HistoricalCsv.MAX_MEGABYTES + " MB and "
            + HistoricalCsv.MAX_LINES + " lines; format in docs/historical-import.md); all or nothing")
    @APIResponse(responseCode = "201", description = "Imported; what the import holds",
            content = @Content(schema = @Schema(implementation = ImportDto.class)))
    @APIResponse(responseCode = "400", description = "Bad lines: every problem is listed in errors with its line "
            + "number and column; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public Response importFile(
            @Parameter(description = "County code (12) or letters (M)") @QueryParam("lan") String county,
            @Parameter(description = "The file's name, shown in the list of imports") @QueryParam("filnamn")
            String fileName,
            InputStream csv) {
        String countyCode = countyCode(county);
        byte[] content = Uploads.upTo(HistoricalCsv.MAX_BYTES, csv);
        try {
            ImportSummary summary = imports.importFile(countyCode, FileNames.clean(fileName), content);
            return Response.status(Status.CREATED).entity(ImportDto.of(summary)).build();
        } catch (ParticipationImportException e) {
            return refused(e);
        }
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Undo an import: its activities and their participation are deleted")
    @APIResponse(responseCode = "204", description = "Undone")
    @APIResponse(responseCode = "403", description = "Not an editor of the import's county")
    @APIResponse(responseCode = "404", description = "No such import")
    public Response undo(@PathParam("id") long id) {
        imports.undo(id);
        return Response.noContent().build();
    }

    @GET
    @Path("mall.csv")
    @Produces("text/csv")
    @Operation(summary = "The file to fill in: the header line, UTF-8 with byte order mark so that Excel opens "
            + "it right")
    public Response template() {
        return Response.ok(HistoricalCsv.template(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", FileNames.contentDisposition(false, "historik-mall.csv")).build();
    }

    /** 400 with every problem: field {@code line 3, datum} (or {@code line 3}, or {@code file}) and its message. */
    private static Response refused(ParticipationImportException e) {
        long badLines = e.errors().stream().map(LineError::line).distinct().count();
        String detail = e.isWholeFile() ? Messages.get("participation.import.fileRefused")
                : Messages.get("participation.import.linesRefused", badLines);
        List<Problem.FieldError> errors = e.errors().stream()
                .map(error -> new Problem.FieldError(field(error), error.message())).toList();
        return new Problem("about:blank", Messages.get("problem.title.400"), 400, detail, errors).toResponse();
    }

    private static String field(LineError error) {
        if (error.line() == 0) {
            return "file";
        }
        return "line " + error.line() + (error.column() == null ? "" : ", " + error.column());
    }

    private String countyCode(String county) {
        if (county == null || county.isBlank()) {
            throw InvalidInputException.of("lan", "validation.required");
        }
        return geography.countyCode(county.trim())
                .orElseThrow(() -> new ProblemException(Status.BAD_REQUEST, "problem.county.notFound", county));
    }
}
