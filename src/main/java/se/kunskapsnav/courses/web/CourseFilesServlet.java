package se.kunskapsnav.courses.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.courses.CourseDocuments;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Course files for logged-in browsers: {@code /intyg/{registrationId}} an attendee's certificate (PDF),
 * {@code /admin/anmalningslistor/{id}.csv} and {@code .xlsx} the registration list for editors. The
 * services decide who may have which file; web.xml asks for a login first.
 */
@WebServlet({"/intyg/*", "/admin/anmalningslistor/*"})
public class CourseFilesServlet extends HttpServlet {

    private static final Pattern CERTIFICATE = Pattern.compile("/intyg/(\\d{1,18})");
    private static final Pattern REGISTRATIONS = Pattern.compile("/admin/anmalningslistor/(\\d{1,18})\\.(csv|xlsx)");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CourseDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            Matcher certificate = CERTIFICATE.matcher(path);
            Matcher registrations = REGISTRATIONS.matcher(path);
            if (certificate.matches()) {
                long registrationId = Long.parseLong(certificate.group(1));
                send(response, documents.certificate(registrationId), "application/pdf",
                        "intyg-" + registrationId + ".pdf");
            } else if (registrations.matches()) {
                long courseId = Long.parseLong(registrations.group(1));
                boolean csv = registrations.group(2).equals("csv");
                send(response, csv ? documents.registrationsCsv(courseId) : documents.registrationsXlsx(courseId),
                        csv ? "text/csv; charset=UTF-8" : XLSX,
                        "anmalningar-kurs-" + courseId + "." + registrations.group(2));
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RefusedException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
        }
    }

    private static void send(HttpServletResponse response, byte[] file, String contentType, String fileName)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(file.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(file);
    }
}
