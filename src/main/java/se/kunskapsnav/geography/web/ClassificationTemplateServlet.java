package se.kunskapsnav.geography.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.geography.ClassificationService;
import se.kunskapsnav.platform.FileNames;

import java.io.IOException;

/** {@code /admin/kommungrupper/mall.csv}: the file to fill in, for the import page (the API serves it too). */
@WebServlet("/admin/kommungrupper/mall.csv")
public class ClassificationTemplateServlet extends HttpServlet {

    @Inject
    ClassificationService classifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] template = classifications.template();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", FileNames.contentDisposition(false, "kommungrupper-mall.csv"));
        response.setContentLength(template.length);
        response.getOutputStream().write(template);
    }
}
