package se.kunskapsnav.reach.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TableExport;
import se.kunskapsnav.reach.ReachOptions;
import se.kunskapsnav.reach.ReachQueries;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.ReachService;
import se.kunskapsnav.reach.ReachTables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report of {@code /uppfoljning} as files, with the page's parameters: {@code /uppfoljning/rapport.csv}
 * (the tables one after the other), {@code /uppfoljning/rapport.xlsx} (a sheet per table) and
 * {@code /uppfoljning/rapport.pdf} (with the map and charts, {@link ReachPdf}). Served to the
 * browser's session, so a logged-in editor gets the exact figures the page shows them, or to a script's API key
 * (authenticated as under /api when the request carries one), and everyone else the figures with small counts
 * hidden.
 */
@WebServlet({"/uppfoljning/rapport.csv", "/uppfoljning/rapport.xlsx", "/uppfoljning/rapport.pdf"})
public class ReachFilesServlet extends HttpServlet {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReachService reach;

    @Inject
    ReachQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        String extension = path.substring(path.lastIndexOf('.') + 1);
        Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        ReachOptions options = reach.options();
        ReachReport report;
        try {
            report = reach.report(queries.parameters(options).query(parameters));
        } catch (InvalidInputException e) {
            refuse(response, e);
            return;
        }
        byte[] file = switch (extension) {
            case "csv" -> TableExport.csv(ReachTables.of(report, options));
            case "xlsx" -> TableExport.xlsx(ReachTables.of(report, options));
            default -> ReachPdf.of(report, options);
        };
        response.setContentType(switch (extension) {
            case "csv" -> "text/csv; charset=UTF-8";
            case "xlsx" -> XLSX;
            default -> "application/pdf";
        });
        response.setContentLength(file.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(report) + "." + extension + "\"");
        // the figures depend on who asks: never kept by a shared cache
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file);
    }

    /** "uppfoljning-2026" or "uppfoljning-2026-03-01-2026-06-30". */
    private static String fileName(ReachReport report) {
        var query = report.query();
        return "uppfoljning-" + (query.wholeYears() && query.from().getYear() == query.to().getYear()
                ? String.valueOf(query.from().getYear()) : query.from() + "-" + query.to());
    }

    /** 400 with each bad parameter's Swedish message on a line of its own. */
    private static void refuse(HttpServletResponse response, InvalidInputException e) throws IOException {
        String text = Messages.get("reachpages.files.refused") + "\n" + e.fieldMessageKeys().entrySet().stream()
                .map(problem -> problem.getKey() + ": " + Messages.get(problem.getValue()))
                .collect(Collectors.joining("\n")) + "\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
