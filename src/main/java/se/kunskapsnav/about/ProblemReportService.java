package se.kunskapsnav.about;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.kunskapsnav.notification.MailMessage;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.PortalConfig;

/**
 * Sends a report of an accessibility problem to the administrators' address ({@code kunskapsnav.contact.email})
 * through the mail outbox, which stores it in the same transaction, so a report is not lost when the mail
 * server is away.
 */
@ApplicationScoped
public class ProblemReportService {

    @Inject
    PortalConfig config;

    @Inject
    Event<MailMessage> mail;

    @Transactional
    public void send(ProblemReport report) {
        ProblemReport checked = report.checked();
        String none = Messages.get("problemReport.mail.none");
        mail.fire(new MailMessage(config.contactEmail(), Messages.get("problemReport.mail.subject"),
                Messages.get("problemReport.mail.body", checked.description(),
                        checked.page().isEmpty() ? none : checked.page(),
                        checked.email().isEmpty() ? none : checked.email())));
    }
}
