package se.kunskapsnav.yearlyreport.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.api.ProblemException;
import se.kunskapsnav.yearlyreport.Question;
import se.kunskapsnav.yearlyreport.YearlyReportService;
import se.kunskapsnav.yearlyreport.api.YearlyReportDtos.QuestionDto;
import se.kunskapsnav.yearlyreport.api.YearlyReportDtos.QuestionnaireDto;
import se.kunskapsnav.yearlyreport.api.YearlyReportDtos.QuestionnaireSummaryDto;
import se.kunskapsnav.yearlyreport.api.YearlyReportDtos.ReportDto;
import se.kunskapsnav.yearlyreport.api.YearlyReportDtos.RollUpDto;
import se.kunskapsnav.yearlyreport.api.YearlyReportDtos.VersionDetailDto;
import se.kunskapsnav.yearlyreport.api.YearlyReportDtos.VersionDto;
import se.kunskapsnav.yearlyreport.api.YearlyReportRequests.AnswersRequest;
import se.kunskapsnav.yearlyreport.api.YearlyReportRequests.OrderRequest;
import se.kunskapsnav.yearlyreport.api.YearlyReportRequests.QuestionRequest;
import se.kunskapsnav.yearlyreport.api.YearlyReportRequests.QuestionnaireRequest;
import se.kunskapsnav.yearlyreport.api.YearlyReportRequests.ReturnRequest;

import java.util.List;

/**
 * The yearly follow-up for scripts. Questionnaires are public to read; administrators change them. A county's
 * report is read and changed by the county's editors and administrators (others get 403); returning a report,
 * the national roll-up and the export are for administrators. {@code {lan}} is a county's code (01) or letters
 * (AB).
 */
@Path("uppfoljning/arsrapporter")
@Produces(MediaType.APPLICATION_JSON)
public class YearlyReportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    YearlyReportService reports;

    @Inject
    GeographyService geography;

    // ---- questionnaires

    @GET
    @Operation(summary = "Every year's follow-up questionnaire, newest first, with its number of questions and "
            + "submitted reports")
    public List<QuestionnaireSummaryDto> questionnaires() {
        return reports.questionnaires().stream().map(QuestionnaireSummaryDto::of).toList();
    }

    @GET
    @Path("{ar}")
    @Operation(summary = "A year's questionnaire: its questions in order")
    @APIResponse(responseCode = "404", description = "The year has no questionnaire")
    public QuestionnaireDto questionnaire(@PathParam("ar") String year) {
        return YearlyReportDtos.questionnaire(reports, year(year));
    }

    @POST
    @Path("{ar}")
    @Operation(summary = "Create a year's questionnaire, empty or with an earlier year's questions "
            + "(administrators)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = QuestionnaireDto.class)))
    @APIResponse(responseCode = "400", description = "The year or the year to copy from is wrong")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The year already has a questionnaire")
    public Response createQuestionnaire(@PathParam("ar") String year, QuestionnaireRequest request,
                                        @Context UriInfo uri) {
        int chosen = year(year);
        reports.createQuestionnaire(chosen, request == null ? null : request.copyQuestionsFrom());
        return Response.created(uri.getBaseUriBuilder().path("uppfoljning/arsrapporter/{ar}").build(chosen))
                .entity(YearlyReportDtos.questionnaire(reports, chosen)).build();
    }

    @POST
    @Path("{ar}/fragor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a question last (administrators); allowed also after reports are submitted")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = QuestionDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response addQuestion(@PathParam("ar") String year, QuestionRequest request, @Context UriInfo uri) {
        int chosen = year(year);
        Question question = reports.addQuestion(chosen, body(request).toInput());
        List<Long> order = reports.questions(chosen).stream().map(Question::getId).toList();
        return Response.created(uri.getBaseUriBuilder().path("uppfoljning/arsrapporter/{ar}").build(chosen))
                .entity(QuestionDto.of(question, order.indexOf(question.getId()) + 1)).build();
    }

    @DELETE
    @Path("{ar}/fragor/{id}")
    @Operation(summary = "Remove a question (administrators), only while no report of the year is submitted")
    @APIResponse(responseCode = "204", description = "Removed, with the drafts' answers to it")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "Reports have been submitted: questions can only be added")
    public Response removeQuestion(@PathParam("ar") String year, @PathParam("id") long id) {
        reports.removeQuestion(year(year), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{ar}/fragor/ordning")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the questions in order: every question's id once (administrators)")
    @APIResponse(responseCode = "400", description = "The list does not name every question once")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public QuestionnaireDto reorder(@PathParam("ar") String year, OrderRequest request) {
        int chosen = year(year);
        reports.reorder(chosen, body(request).questions());
        return YearlyReportDtos.questionnaire(reports, chosen);
    }

    // ---- a county's report

    @GET
    @Path("{ar}/lan/{lan}")
    @Operation(summary = "A county's report: status, every question with the saved answer and the figure from "
            + "data, the submitted versions (the county's editors and administrators)")
    @APIResponse(responseCode = "403", description = "Not an editor of the county")
    @APIResponse(responseCode = "404", description = "No such county, or the year has no questionnaire")
    public ReportDto report(@PathParam("ar") String year, @PathParam("lan") String county) {
        return ReportDto.of(reports.report(county(county), year(year)));
    }

    @PUT
    @Path("{ar}/lan/{lan}/svar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save answers as a draft: questions not named keep their answers, an empty value clears "
            + "one (the county's editors and administrators)")
    @APIResponse(responseCode = "400", description = "An answer is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the county")
    @APIResponse(responseCode = "409", description = "The report is submitted and locked")
    public ReportDto saveAnswers(@PathParam("ar") String year, @PathParam("lan") String county,
                                 AnswersRequest request) {
        String code = county(county);
        int chosen = year(year);
        reports.saveAnswers(code, chosen, body(request).toMap());
        return ReportDto.of(reports.report(code, chosen));
    }

    @POST
    @Path("{ar}/lan/{lan}/inlamning")
    @Operation(summary = "Submit the report, with the answers sent saved first: every question but free text must "
            + "be answered (a pre-filled number left empty takes the figure from data); the report is locked and "
            + "a frozen version kept")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "400", description = "An answer is wrong or missing; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the county")
    @APIResponse(responseCode = "409", description = "Already submitted")
    public ReportDto submit(@PathParam("ar") String year, @PathParam("lan") String county,
                            AnswersRequest request) {
        String code = county(county);
        int chosen = year(year);
        reports.submit(code, chosen, request == null || request.answers() == null ? null : request.toMap());
        return ReportDto.of(reports.report(code, chosen));
    }

    @POST
    @Path("{ar}/lan/{lan}/aterlamning")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted report to the county for changes, with a reason (administrators)")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    @APIResponse(responseCode = "409", description = "The report is not submitted")
    public VersionDto returnForChanges(@PathParam("ar") String year, @PathParam("lan") String county,
                                       ReturnRequest request) {
        return VersionDto.of(reports.returnForChanges(county(county), year(year), body(request).reason()));
    }

    @GET
    @Path("{ar}/lan/{lan}/versioner/{nr}")
    @Operation(summary = "One submitted version with its frozen answers (the county's editors and administrators)")
    @APIResponse(responseCode = "404", description = "No such version")
    public VersionDetailDto version(@PathParam("ar") String year, @PathParam("lan") String county,
                                    @PathParam("nr") int number) {
        return VersionDetailDto.of(reports.version(county(county), year(year), number));
    }

    // ---- national

    @GET
    @Path("{ar}/nationellt")
    @Operation(summary = "The national roll-up per question over the submitted reports, and every county's status "
            + "(administrators)")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public RollUpDto national(@PathParam("ar") String year) {
        return RollUpDto.of(reports.national(year(year)));
    }

    @GET
    @Path("{ar}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every county's status and submitted answers as CSV (semicolons, UTF-8) (administrators)")
    public Response exportCsv(@PathParam("ar") String year) {
        int chosen = year(year);
        return file(reports.exportCsv(chosen), "text/csv; charset=UTF-8", "arsrapporter-" + chosen + ".csv");
    }

    @GET
    @Path("{ar}/export.xlsx")
    @Produces(XLSX)
    @Operation(summary = "Every county's status and submitted answers as an Excel workbook (administrators)")
    public Response exportXlsx(@PathParam("ar") String year) {
        int chosen = year(year);
        return file(reports.exportXlsx(chosen), XLSX, "arsrapporter-" + chosen + ".xlsx");
    }

    // ---- helpers

    private static Response file(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }

    /** A year in a path: anything but four digits names nothing. */
    private static int year(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw new ProblemException(Status.NOT_FOUND, "problem.detail.404");
        }
        return Integer.parseInt(year);
    }

    private String county(String county) {
        return geography.countyCode(county)
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "problem.county.notFound", county));
    }
}
