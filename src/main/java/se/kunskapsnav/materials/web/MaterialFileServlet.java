package se.kunskapsnav.materials.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.NotFoundException;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /material/filer/{version}/{name}}: a file of a material (the name is only for people and is not
 * read). Someone not logged in who asks for a file for logged-in people is sent to log in and back.
 */
@WebServlet("/material/filer/*")
public class MaterialFileServlet extends HttpServlet {

    private static final Pattern VERSION = Pattern.compile("/(\\d{1,18})(/[^/]*)?");

    @Inject
    FileDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher matcher = VERSION.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            downloads.send(Long.parseLong(matcher.group(1)), request, response);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (AccessDeniedException e) {
            if (request.getUserPrincipal() == null) {
                String back = request.getRequestURI().substring(request.getContextPath().length());
                response.sendRedirect(request.getContextPath() + "/logga-in?tillbaka="
                        + URLEncoder.encode(back, StandardCharsets.UTF_8));
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        }
    }
}
