package se.kunskapsnav.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An SMTP server inside the portal for demo mode when no SMTP server is configured: mail really goes out
 * over SMTP, lands here, and administrators read it on {@code /admin/e-post}. Listens on loopback only.
 */
@ApplicationScoped
public class DemoMailServer {

    /**
     * A received message as the administrator page shows it: its first file by name, type and text (the calendar
     * file of course and meeting mails), and all its files.
     */
    public record ReceivedMail(String to, String subject, String body, String attachmentName,
                               String attachmentType, String attachmentText, List<ReceivedFile> files,
                               Instant receivedAt) {

        // Jakarta EL 5 (Jakarta EE 10) reads bean getters, not record accessors.

        public String getTo() {
            return to;
        }

        public String getSubject() {
            return subject;
        }

        public String getBody() {
            return body;
        }

        public String getAttachmentName() {
            return attachmentName;
        }
    }

    /** A file sent with a message. */
    public record ReceivedFile(String name, String type, String disposition, byte[] content) {
    }

    private GreenMail greenMail;

    synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
        }
    }

    /** The SMTP port while running. */
    synchronized Optional<Integer> port() {
        return Optional.ofNullable(greenMail).map(mail -> mail.getSmtp().getPort());
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    /** Received messages, newest first. */
    public synchronized List<ReceivedMail> received() {
        if (greenMail == null) {
            return List.of();
        }
        List<ReceivedMail> messages = new ArrayList<>(Arrays.stream(greenMail.getReceivedMessages())
                .map(DemoMailServer::read).toList());
        Collections.reverse(messages);
        return messages;
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            String body;
            List<ReceivedFile> files = new ArrayList<>();
            if (message.getContent() instanceof Multipart parts) {
                body = String.valueOf(parts.getBodyPart(0).getContent());
                for (int i = 1; i < parts.getCount(); i++) {
                    BodyPart file = parts.getBodyPart(i);
                    files.add(new ReceivedFile(file.getFileName(), file.getContentType(), file.getDisposition(),
                            file.getInputStream().readAllBytes()));
                }
            } else {
                body = String.valueOf(message.getContent());
            }
            ReceivedFile first = files.isEmpty() ? null : files.getFirst();
            return new ReceivedMail(String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString)
                    .toList()), message.getSubject(), body.trim(), first == null ? null : first.name(),
                    first == null ? null : first.type(),
                    first == null ? null : new String(first.content(), StandardCharsets.UTF_8), List.copyOf(files),
                    message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant());
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable demo mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
