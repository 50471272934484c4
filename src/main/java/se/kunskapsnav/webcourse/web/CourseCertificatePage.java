package se.kunskapsnav.webcourse.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.webcourse.WebCourseService;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code /webbkurs/intyg}: the logged-in person's web course certificate as a PDF download once they have
 * completed the course; before that, a page that says what is left to do.
 */
@Named
@RequestScoped
public class CourseCertificatePage {

    @Inject
    WebCourseService webCourse;

    private String refusal;

    /** View action: sends the PDF and ends the request, or keeps the reason for the page. */
    public void load() {
        byte[] pdf;
        try {
            pdf = webCourse.myCertificate();
        } catch (RefusedException e) {
            refusal = Messages.get(e.messageKey(), e.arguments());
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"intyg-webbkurs.pdf\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try {
            external.getResponseOutputStream().write(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Why there is no certificate yet. */
    public String getRefusal() {
        return refusal;
    }
}
