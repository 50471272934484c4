package se.kunskapsnav.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import se.kunskapsnav.platform.PortalConfig;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends mail over SMTP after the transaction that asked for it commits, so no mail tells about a change
 * that was rolled back. The server is the configured one, else the demo server in demo mode.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    DemoMailServer demoServer;

    /** Starts the demo SMTP server when demo mode is on and no SMTP server is configured. */
    public void startDemoServerIfNeeded() {
        if (config.smtpHost().isEmpty() && config.demo()) {
            demoServer.start();
            LOG.info(() -> "Demo mode: mail goes to the portal's own SMTP server on 127.0.0.1:"
                    + demoServer.port().orElseThrow() + "; read it on /admin/e-post");
        }
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
        Optional<Session> session = session();
        if (session.isEmpty()) {
            LOG.warning(() -> "No SMTP server configured; not sent: '" + mail.subject() + "'");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session.get());
            message.setFrom(new InternetAddress(config.mailFrom()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (MessagingException e) {
            // the change is committed; the person can ask for the mail again
            LOG.log(Level.SEVERE, "Could not send mail '" + mail.subject() + "'", e);
        }
    }

    private Optional<Session> session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (config.smtpHost().isPresent()) {
            properties.put("mail.smtp.host", config.smtpHost().get());
            properties.put("mail.smtp.port", String.valueOf(config.smtpPort()));
            properties.put("mail.smtp.starttls.enable", String.valueOf(config.smtpStartTls()));
            if (config.smtpUser().isPresent()) {
                properties.put("mail.smtp.auth", "true");
                return Optional.of(Session.getInstance(properties, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(config.smtpUser().get(), config.smtpPassword().orElse(""));
                    }
                }));
            }
            return Optional.of(Session.getInstance(properties));
        }
        return demoServer.port().map(port -> {
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(port));
            return Session.getInstance(properties);
        });
    }
}
