package se.kunskapsnav.yearlyreport.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.yearlyreport.YearlyReportService;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national export for logged-in administrators' browsers ({@code /api} takes no cookies):
 * {@code /uppfoljning/nationellt/{ar}.csv} and {@code .xlsx}. The page itself, {@code /uppfoljning/nationellt/{ar}},
 * is forwarded to its view before it reaches this servlet; web.xml asks for a login, the service for an
 * administrator.
 */
@WebServlet("/uppfoljning/nationellt/*")
public class YearlyReportFilesServlet extends HttpServlet {

    private static final Pattern EXPORT = Pattern.compile("/(\\d{4})\\.(csv|xlsx)");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    YearlyReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher export = EXPORT.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!export.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        int year = Integer.parseInt(export.group(1));
        boolean csv = export.group(2).equals("csv");
        try {
            byte[] file = csv ? reports.exportCsv(year) : reports.exportXlsx(year);
            response.setContentType(csv ? "text/csv; charset=UTF-8" : XLSX);
            response.setContentLength(file.length);
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"arsrapporter-" + year + "." + export.group(2) + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(file);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
