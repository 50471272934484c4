package se.kunskapsnav.notification;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import se.kunskapsnav.platform.PortalConfig;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mail goes out through the outbox: a {@link MailMessage} event is stored in the transaction that fired it,
 * and after that transaction commits the outbox is sent in the background, so no mail tells about a change
 * that was rolled back and a crash after commit loses no mail ({@link MailRetryJob} picks it up). The
 * SMTP server is the configured one, else the demo server in demo mode.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    DemoMailServer demoServer;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /**
     * Threads from the application's thread factory, not the managed executor: a task submitted to the
     * managed executor takes the submitting request's invocation with it, and Payara then closes that
     * request's non-transactional EntityManager when the task ends.
     */
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService executor;

    private static final int BATCH = 50;
    private final ReentrantLock sending = new ReentrantLock();
    private final AtomicBoolean lookAgain = new AtomicBoolean();

    @PostConstruct
    void startSender() {
        executor = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stopSender() {
        executor.shutdownNow();
    }

    /** Starts the demo SMTP server when demo mode is on and no SMTP server is configured. */
    public void startDemoServerIfNeeded() {
        if (config.smtpHost().isEmpty() && config.demo()) {
            demoServer.start();
            LOG.info(() -> "Demo mode: mail goes to the portal's own SMTP server on 127.0.0.1:"
                    + demoServer.port().orElseThrow() + "; read it on /admin/e-post");
        }
    }

    void store(@Observes MailMessage mail) {
        outbox.store(mail);
    }

    void store(@Observes MailEvents events) {
        outbox.store(events);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
        sendPendingInBackground();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailEvents events) {
        sendPendingInBackground();
    }

    /** Starts a sending pass unless one is running; a running pass is told to look again. */
    public void sendPendingInBackground() {
        lookAgain.set(true);
        if (!sending.isLocked()) {
            executor.execute(this::sendPending);
        }
    }

    /** Sends everything waiting in the outbox; one pass at a time in this instance. */
    private void sendPending() {
        if (!sending.tryLock()) {
            return;
        }
        try {
            Optional<Session> session = session();
            if (session.isEmpty()) {
                lookAgain.set(false);
                LOG.warning("No SMTP server configured; mail waits in the outbox");
                return;
            }
            boolean reachable = true;
            while (reachable && lookAgain.getAndSet(false)) {
                MailOutbox.Claimed batch;
                while (reachable && !(batch = outbox.claim(BATCH)).mails().isEmpty()) {
                    reachable = sendBatch(session.get(), batch);
                }
            }
        } finally {
            sending.unlock();
        }
        if (lookAgain.get()) {
            // asked again between the last look and the unlock
            executor.execute(this::sendPending);
        }
    }

    /**
     * Sends a batch over one SMTP connection, each mail marked sent as soon as it has gone. When the server cannot
     * be reached the rest is released and the pass stops; the retry job tries again in a minute.
     */
    private boolean sendBatch(Session session, MailOutbox.Claimed batch) {
        List<Long> done = new ArrayList<>();
        Set<Long> held = batch.mails().keySet();
        Instant renewed = clock.instant();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (Map.Entry<Long, MailOutbox.Pending> mail : batch.mails().entrySet()) {
                if (clock.instant().isAfter(renewed.plus(MailOutbox.RENEW))) {
                    held = outbox.renew(batch.pass());
                    renewed = clock.instant();
                }
                long id = mail.getKey();
                if (held.contains(id)) {
                    sendOne(session, transport, id, mail.getValue());
                }
                done.add(id);
            }
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not reach the SMTP server; mail waits in the outbox", e);
            batch.mails().keySet().stream().filter(id -> !done.contains(id)).forEach(outbox::failed);
            return false;
        }
    }

    /** Sends one claimed mail, written first if it was stored as an event, and marks it sent. */
    private void sendOne(Session session, Transport transport, long id, MailOutbox.Pending pending) {
        Optional<MailMessage> message;
        try {
            message = pending.mail() != null ? Optional.of(pending.mail()) : outbox.render(pending.event());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write mail " + id + " (" + pending.event().kind() + "); will try again",
                    e);
            outbox.failed(id);
            return;
        }
        if (message.isEmpty() || deliver(session, transport, id, message.get())) {
            outbox.sent(id); // an event with nothing to send is done too
        }
    }

    private boolean deliver(Session session, Transport transport, long id, MailMessage mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(config.mailFrom()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            if (mail.attachments().isEmpty()) {
                message.setText(mail.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.body(), StandardCharsets.UTF_8.name());
                parts.addBodyPart(text);
                for (MailMessage.MailAttachment attachment : mail.attachments()) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                            attachment.contentType())));
                    file.setFileName(attachment.fileName());
                    // a picture is shown in the mail, other files are offered to save or open
                    file.setDisposition(attachment.contentType().startsWith("image/") ? Part.INLINE : Part.ATTACHMENT);
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
            }
            message.setSentDate(new Date());
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail " + id + " '" + mail.subject() + "'; will try again", e);
            outbox.failed(id);
            return false;
        }
    }

    private Optional<Session> session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
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
