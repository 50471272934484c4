package se.kunskapsnav.history.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.history.HistoricalCsv;
import se.kunskapsnav.platform.FileNames;

import java.io.IOException;

/** {@code /admin/historik/mall.csv}: the file to fill in, for the import page (the API serves it too). */
@WebServlet("/admin/historik/mall.csv")
public class TemplateServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] template = HistoricalCsv.template();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", FileNames.contentDisposition(false, "historik-mall.csv"));
        response.setContentLength(template.length);
        response.getOutputStream().write(template);
    }
}
