package se.kunskapsnav.networks.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.networks.MeetingDocument;
import se.kunskapsnav.networks.MeetingService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.NotFoundException;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /natverk/dokument/{id}}: a meeting's document for members, the owning counties' editors and
 * administrators (the service decides; web.xml asks for a login first), always as a download with the media
 * type it was stored with, so a browser never renders an uploaded file as a page of the portal.
 */
@WebServlet("/natverk/dokument/*")
public class MeetingDocumentServlet extends HttpServlet {

    private static final Pattern DOCUMENT = Pattern.compile("/(\\d{1,18})");

    @Inject
    MeetingService meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = DOCUMENT.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MeetingDocument document;
        try {
            document = meetings.document(Long.parseLong(matcher.group(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] content = document.getContent();
        response.setContentType(document.getMediaType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", FileNames.contentDisposition(false, document.getFileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}
