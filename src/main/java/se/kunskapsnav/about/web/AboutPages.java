package se.kunskapsnav.about.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.about.ProblemReport;
import se.kunskapsnav.about.ProblemReportService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.PortalConfig;
import se.kunskapsnav.platform.web.Faces;

import java.util.Map;

/**
 * The pages about the portal ({@code /om}, {@code /kontakt}, {@code /tillganglighet}, {@code /personuppgifter},
 * {@code /kakor}): the configured contact address and retention period, and the accessibility statement's form
 * for reporting a problem, which ends in a receipt on the same page.
 */
@Named
@RequestScoped
public class AboutPages {

    @Inject
    PortalConfig config;

    @Inject
    ProblemReportService problemReports;

    private String description;
    private String page;
    private String email;
    private boolean sent;

    /** The contact address as a mailto link, for sentences written with {@code h:outputFormat escape="false"}. */
    public String getContactEmailLink() {
        String address = config.contactEmail().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
        return "<a href=\"mailto:" + address + "\">" + address + "</a>";
    }

    /** The period {@code RetentionJob} erases unused accounts after, as configured. */
    public int getRetentionMonths() {
        return config.retentionMonths();
    }

    public void send() {
        ProblemReport report = new ProblemReport(description, page, email);
        try {
            problemReports.send(report);
            sent = true;
            email = report.email();
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("description", "rapport:beskrivning", "page", "rapport:sida",
                    "email", "rapport:epost"));
        }
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
